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

  @Override
  public void handle(Envelope message) {
    try {
      flow.controlResult(message.payload());
    } catch (NullPointerException | ClassCastException | IllegalArgumentException e) {
      throw new ContractViolation("call.control-result payload does not follow the contract: " + e);
    }
  }
}
