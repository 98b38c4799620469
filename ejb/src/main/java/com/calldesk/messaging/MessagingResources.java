package com.calldesk.messaging;

import jakarta.ejb.Singleton;
import jakarta.jms.JMSConnectionFactoryDefinition;

/**
 * The JMS connection factory, declared once for the whole application and backed by the Artemis
 * resource adapter embedded in the EAR (module {@code artemis-rar}), so sends are XA and join the
 * business transaction. Broker address from MicroProfile Config ({@code calldesk.broker.*}).
 */
@JMSConnectionFactoryDefinition(
    name = MessagingResources.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = "#artemis-rar",
    properties = {
      // The RA ignores connectionParameters unless the connector class is named too.
      "connectorClassName=" + MessagingResources.NETTY_CONNECTOR,
      "connectionParameters=${ENV=CALLDESK_BROKER_CONNECTION:host=127.0.0.1;port=61616}",
      "UserName=${ENV=CALLDESK_BROKER_USER:calldesk}",
      "Password=${ENV=CALLDESK_BROKER_PASSWORD:calldesk}"
    },
    minPoolSize = 1,
    maxPoolSize = 20)
@Singleton
public class MessagingResources {
  public static final String CONNECTION_FACTORY = "java:app/jms/CallDeskConnectionFactory";
  public static final String NETTY_CONNECTOR =
      "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory";
}
