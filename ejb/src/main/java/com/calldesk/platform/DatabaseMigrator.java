package com.calldesk.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything touches the database: every start-up bean that uses
 * JPA is {@code @DependsOn("DatabaseMigrator")}. EclipseLink never generates schema; the versioned
 * scripts in the database module are the schema, and a DBA can apply the same scripts by hand
 * (README).
 *
 * <p>Bean-managed transactions: Flyway commits each migration itself.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = CallDeskDataSource.JNDI_NAME)
  private DataSource dataSource;

  /** Demo users for trying CallDesk; the run command and the tests switch it on, sites never. */
  @Inject
  @ConfigProperty(name = "calldesk.demo-data", defaultValue = "false")
  private boolean demoData;

  /** 120 load-test agents (B001…); only benchmark/run switches it on. */
  @Inject
  @ConfigProperty(name = "calldesk.benchmark-data", defaultValue = "false")
  private boolean benchmarkData;

  /**
   * Which database-specific scripts apply (db/vendor/h2 or db/vendor/oracle): the few things the
   * two cannot share, such as triggers.
   */
  private String vendor() {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("oracle")) {
        return "oracle";
      }
      if (product.contains("h2")) {
        return "h2";
      }
      throw new IllegalStateException(
          "CallDesk runs on Oracle or H2, not on " + c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database to migrate it", e);
    }
  }

  /** Where the H2 database lives, without user or password: for the start-up warning. */
  private String h2Location() {
    try (Connection c = dataSource.getConnection()) {
      String url = c.getMetaData().getURL();
      int options = url.indexOf(';');
      return options < 0 ? url : url.substring(0, options);
    } catch (SQLException e) {
      return "unknown location";
    }
  }

  @PostConstruct
  void migrate() {
    String vendor = vendor();
    if ("h2".equals(vendor)) {
      LOG.warning(
          "CallDesk is using its embedded H2 database ("
              + h2Location()
              + "). That is for trying it and for small sites; production sites set"
              + " calldesk.db.* to their Oracle database (docs/operations.md).");
    }
    List<String> locations =
        new ArrayList<>(List.of("classpath:db/migration", "classpath:db/vendor/" + vendor));
    if (demoData) {
      locations.add("classpath:db/demo");
    }
    if (benchmarkData) {
      locations.add("classpath:db/benchmark");
    }
    Flyway flyway =
        Flyway.configure(Thread.currentThread().getContextClassLoader())
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            // Demo and benchmark data are optional repeatable scripts: switching them off later
            // must not stop the application. A missing versioned migration still does.
            .ignoreMigrationPatterns("*:future", "repeatable:missing")
            .load();
    MigrateResult result = flyway.migrate();
    var current = flyway.info().current();
    LOG.info(
        () ->
            "Database schema at version "
                + (current == null ? "(empty)" : current.getVersion())
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, demo data "
                + (demoData ? "on" : "off")
                + ")");
  }
}
