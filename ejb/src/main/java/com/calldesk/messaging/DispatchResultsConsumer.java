package com.calldesk.messaging;

import com.calldesk.messaging.contract.CallDeskQueue;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/** Consumes rescue units' and work areas' answers to dispatch tasks. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = CallDeskQueue.Names.DISPATCH_RESULTS),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(
          propertyName = "connectorClassName",
          propertyValue = MessagingResources.NETTY_CONNECTOR),
      @ActivationConfigProperty(
          propertyName = "connectionParameters",
          propertyValue = MessagingResources.BROKER_CONNECTION),
      @ActivationConfigProperty(
          propertyName = "user",
          propertyValue = MessagingResources.BROKER_USER),
      @ActivationConfigProperty(
          propertyName = "password",
          propertyValue = MessagingResources.BROKER_PASSWORD),
      // Concurrent consumers; per-call ordering is kept by message groups.
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
    })
public class DispatchResultsConsumer extends QueueConsumer {

  @Override
  protected CallDeskQueue queue() {
    return CallDeskQueue.DISPATCH_RESULTS;
  }
}
