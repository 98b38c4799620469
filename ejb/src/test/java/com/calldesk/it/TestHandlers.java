package com.calldesk.it;

import com.calldesk.messaging.InboundMessageHandler;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.shared.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A handler on a real inbound queue, as a business module will add: {@code test.note} leaves one
 * audit entry per message (the visible effect), {@code test.poison} always fails and counts how
 * often it was tried.
 */
@ApplicationScoped
public class TestHandlers implements InboundMessageHandler {

  static final String NOTE = "test.note";
  static final String POISON = "test.poison";
  static final String SUBJECT = "TestNote";
  static final AtomicInteger POISON_ATTEMPTS = new AtomicInteger();

  @Inject private AuditTrail audit;

  @Override
  public CallDeskQueue queue() {
    return CallDeskQueue.PARTNER_REQUESTS;
  }

  @Override
  public Set<String> types() {
    return Set.of(NOTE, POISON);
  }

  @Override
  public void handle(Envelope message) {
    if (POISON.equals(message.type())) {
      POISON_ATTEMPTS.incrementAndGet();
      throw new IllegalStateException("poison message " + message.id());
    }
    audit.recordAs(AuditTrail.SYSTEM, "TEST_NOTE", SUBJECT, message.id(), null);
  }
}
