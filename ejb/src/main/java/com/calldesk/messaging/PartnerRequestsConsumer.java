package com.calldesk.messaging;

import com.calldesk.messaging.contract.CallDeskQueue;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/** Consumes partner systems' requests to create bookings, appointments and complaints. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = CallDeskQueue.Names.PARTNER_REQUESTS),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(
          propertyName = "connectorClassName",
          propertyValue = MessagingResources.NETTY_CONNECTOR),
      @ActivationConfigProperty(
          propertyName = "connectionParameters",
          propertyValue = "${ENV=CALLDESK_BROKER_CONNECTION:host=127.0.0.1;port=61616}"),
      @ActivationConfigProperty(
          propertyName = "user",
          propertyValue = "${ENV=CALLDESK_BROKER_USER:calldesk}"),
      @ActivationConfigProperty(
          propertyName = "password",
          propertyValue = "${ENV=CALLDESK_BROKER_PASSWORD:calldesk}"),
      // Concurrent consumers; per-call ordering is kept by message groups.
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
    })
public class PartnerRequestsConsumer extends QueueConsumer {

  @Override
  protected CallDeskQueue queue() {
    return CallDeskQueue.PARTNER_REQUESTS;
  }
}
