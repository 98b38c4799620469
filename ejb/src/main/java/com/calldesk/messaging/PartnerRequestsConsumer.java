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
          propertyValue = "${MPCONFIG=calldesk.broker.connection-parameters}"),
      @ActivationConfigProperty(
          propertyName = "user",
          propertyValue = "${MPCONFIG=calldesk.broker.user}"),
      @ActivationConfigProperty(
          propertyName = "password",
          propertyValue = "${MPCONFIG=calldesk.broker.password}"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${MPCONFIG=calldesk.broker.consumers-per-queue}")
    })
public class PartnerRequestsConsumer extends QueueConsumer {

  @Override
  protected CallDeskQueue queue() {
    return CallDeskQueue.PARTNER_REQUESTS;
  }
}
