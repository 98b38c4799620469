package com.calldesk.it;

import com.calldesk.messaging.OutboundMessages;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;

/** A business change that saves a row and sends a message in one transaction, as services do. */
@Stateless
public class TransactionalSender {

  @Inject private AuditTrail audit;
  @Inject private OutboundMessages outbound;

  @PermitAll
  public void saveAndSend(String correlationId, boolean failAfterSending) {
    audit.record("TEST_SAVE", TestHandlers.SUBJECT, correlationId, null);
    outbound.send(
        CallDeskQueue.PARTNER_EVENTS,
        Envelope.create(
            "test.saved", 1, correlationId, Instant.now(), Json.createObjectBuilder().build()),
        correlationId);
    if (failAfterSending) {
      throw new BusinessException("test.refused", null, "refused after sending");
    }
  }
}
