package com.calldesk.messaging;

import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.ContractViolation;
import com.calldesk.messaging.contract.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * The one handler of {@code dispatch.result}: hands each result to the room that sent its task
 * (rescue, work orders). A result for a task nobody sent can never succeed and is refused to the
 * dead-letter queue with its reason.
 */
@ApplicationScoped
public class DispatchResultRouter implements InboundMessageHandler {

  @Inject @Any private Instance<DispatchResultHandler> rooms;

  @Override
  public CallDeskQueue queue() {
    return CallDeskQueue.DISPATCH_RESULTS;
  }

  @Override
  public Set<String> types() {
    return Set.of("dispatch.result");
  }

  @Override
  public void handle(Envelope message) {
    if (message.version() != 1) {
      throw new ContractViolation(message.type() + " version " + message.version() + " not taken");
    }
    String taskId = message.payload().getString("taskId");
    for (DispatchResultHandler room : rooms) {
      if (room.sent(taskId)) {
        room.handle(message);
        return;
      }
    }
    throw new ContractViolation("no dispatch task " + taskId);
  }
}
