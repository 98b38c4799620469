package com.calldesk.messaging;

import jakarta.ejb.Singleton;
import jakarta.jms.JMSConnectionFactoryDefinition;

/**
 * The JMS connection factory, declared once for the whole application and backed by the Artemis
 * resource adapter embedded in the EAR (module {@code artemis-rar}), so sends are XA and join the
 * business transaction.
 *
 * <p>The broker's address and credentials come from the environment of the server process, resolved
 * by Payara when the resources are created: it does not resolve {@code ${MPCONFIG=...}} in MDB
 * activation properties, and one mechanism for both directions is easier to run.
 */
@JMSConnectionFactoryDefinition(
    name = MessagingResources.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = "#artemis-rar",
    properties = {
      // The RA ignores connectionParameters unless the connector class is named too.
      "connectorClassName=" + MessagingResources.NETTY_CONNECTOR,
      "connectionParameters=" + MessagingResources.BROKER_CONNECTION,
      "UserName=" + MessagingResources.BROKER_USER,
      "Password=" + MessagingResources.BROKER_PASSWORD
    },
    minPoolSize = 1,
    maxPoolSize = 20)
@Singleton
public class MessagingResources {
  public static final String CONNECTION_FACTORY = "java:app/jms/CallDeskConnectionFactory";

  /** Artemis connection parameters, e.g. {@code host=mq.example;port=61616}. */
  public static final String BROKER_CONNECTION =
      "${ENV=CALLDESK_BROKER_CONNECTION:host=127.0.0.1;port=61616}";

  public static final String BROKER_USER = "${ENV=CALLDESK_BROKER_USER:calldesk}";
  public static final String BROKER_PASSWORD = "${ENV=CALLDESK_BROKER_PASSWORD:calldesk}";

  public static final String NETTY_CONNECTOR =
      "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory";
}
