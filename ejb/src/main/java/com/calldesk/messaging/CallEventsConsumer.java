package com.calldesk.messaging;

import com.calldesk.messaging.contract.CallDeskQueue;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/** Consumes call events from the telephone side (offered, queued, answered, transferred, ended). */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = CallDeskQueue.Names.CALL_EVENTS),
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
public class CallEventsConsumer extends QueueConsumer {

  @Override
  protected CallDeskQueue queue() {
    return CallDeskQueue.CALL_EVENTS;
  }
}
