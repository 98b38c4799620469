package com.calldesk.messaging;

import com.calldesk.messaging.contract.Envelope;

/**
 * Handles the {@code dispatch.result} messages about the dispatch tasks one room sent (rescue
 * cases, work orders). {@link DispatchResultRouter} asks each which task is theirs.
 */
public interface DispatchResultHandler {

  /** Whether this room sent the dispatch task with this id. */
  boolean sent(String taskId);

  /** Runs inside the consumer's transaction, after the payload passed its schema. */
  void handle(Envelope message);
}
