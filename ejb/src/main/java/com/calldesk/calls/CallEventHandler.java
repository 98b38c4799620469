package com.calldesk.calls;

import com.calldesk.messaging.InboundMessageHandler;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.ContractViolation;
import com.calldesk.messaging.contract.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Call events from the telephone side (calldesk.call.events) into the call flow. */
@ApplicationScoped
public class CallEventHandler implements InboundMessageHandler {

  @Inject private CallFlow flow;

  @Override
  public CallDeskQueue queue() {
    return CallDeskQueue.CALL_EVENTS;
  }

  @Override
  public Set<String> types() {
    return Set.of("call.offered", "call.queued", "call.answered", "call.transferred", "call.ended");
  }

  /** The payload has passed its published schema (required fields, patterns) before this. */
  @Override
  public void handle(Envelope message) {
    if (message.version() != 1) {
      throw new ContractViolation(message.type() + " version " + message.version() + " not taken");
    }
    switch (message.type()) {
      case "call.offered" -> flow.offered(message.payload());
      case "call.queued" -> flow.queued(message.payload());
      case "call.answered" -> flow.answered(message.payload());
      case "call.transferred" -> flow.transferred(message.payload());
      case "call.ended" -> flow.ended(message.payload());
      default -> throw new ContractViolation(message.type() + " is not a call event");
    }
  }
}
