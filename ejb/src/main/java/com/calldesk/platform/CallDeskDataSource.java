package com.calldesk.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one database, declared by the application so that a plain {@code asadmin
 * deploy} needs no server-side JDBC setup. XA, so a database change and the JMS message it sends
 * commit together.
 *
 * <p>Every value comes from MicroProfile Config (defaults in {@code
 * META-INF/microprofile-config.properties}: an embedded H2 file database in Oracle mode). A site
 * points it at Oracle with {@code asadmin set-config-property} or environment variables, without
 * rebuilding: see the README.
 */
@DataSourceDefinition(
    name = CallDeskDataSource.JNDI_NAME,
    className = "${MPCONFIG=calldesk.db.datasource-class}",
    url = "${MPCONFIG=calldesk.db.url}",
    user = "${MPCONFIG=calldesk.db.user}",
    password = "${MPCONFIG=calldesk.db.password}",
    // Sized for one call center on one server; bound warnings appear without explicit sizes.
    initialPoolSize = 2,
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300)
@Singleton
public class CallDeskDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/calldesk";
}
