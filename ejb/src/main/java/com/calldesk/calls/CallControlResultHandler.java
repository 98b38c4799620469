package com.calldesk.calls;

import com.calldesk.messaging.InboundMessageHandler;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.ContractViolation;
import com.calldesk.messaging.contract.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Results of call-control commands (calldesk.call.control.results). */
@ApplicationScoped
public class CallControlResultHandler implements InboundMessageHandler {

  @Inject private CallFlow flow;

  @Override
  public CallDeskQueue queue() {
    return CallDeskQueue.CALL_CONTROL_RESULTS;
  }

  @Override
  public Set<String> types() {
    return Set.of("call.control-result");
  }

  /** The payload has passed its published schema (required fields, outcome enum) before this. */
  @Override
  public void handle(Envelope message) {
    if (message.version() != 1) {
      throw new ContractViolation(message.type() + " version " + message.version() + " not taken");
    }
    flow.controlResult(message.payload());
  }
}
