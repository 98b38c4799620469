package com.calldesk.web.health;

import com.calldesk.messaging.MessagingResources;
import com.calldesk.messaging.contract.CallDeskQueue;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code /health/ready}: the broker accepts CallDesk's connection (address and credentials
 * right) and knows its queues. Browsing opens a real session on a real queue without taking a
 * message.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

  @Resource(lookup = MessagingResources.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Override
  public HealthCheckResponse call() {
    String queue = CallDeskQueue.CALL_EVENTS.address();
    try (JMSContext jms = connectionFactory.createContext();
        QueueBrowser browser = jms.createBrowser(jms.createQueue(queue))) {
      browser.getEnumeration().hasMoreElements();
      return HealthCheckResponse.named("broker").up().build();
    } catch (JMSException | JMSRuntimeException e) {
      return HealthCheckResponse.named("broker")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
