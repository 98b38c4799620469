package com.calldesk.it;

import com.calldesk.messaging.MessagingResources;
import jakarta.ejb.Singleton;
import jakarta.jms.JMSConnectionFactoryDefinition;

/**
 * The production {@link MessagingResources} names the RAR embedded in the EAR ({@code
 * #artemis-rar}); Payara Micro deploys the same RAR standalone as {@code artemis-rar}. Everything
 * else is identical.
 */
@JMSConnectionFactoryDefinition(
    name = MessagingResources.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = "artemis-rar",
    properties = {
      "connectorClassName=" + MessagingResources.NETTY_CONNECTOR,
      "connectionParameters=" + MessagingResources.BROKER_CONNECTION
    },
    minPoolSize = 1,
    maxPoolSize = 20)
@Singleton
public class TestMessagingResources {}
