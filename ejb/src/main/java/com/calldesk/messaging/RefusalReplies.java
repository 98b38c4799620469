package com.calldesk.messaging;

import com.calldesk.messaging.contract.CallDeskQueue;
import jakarta.jms.Message;
import java.util.List;

/**
 * Answers the sender of a refused message, for a queue whose senders expect an answer (partner
 * requests): called inside the refusal's transaction, so the answer leaves exactly when the refusal
 * is recorded.
 */
public interface RefusalReplies {

  CallDeskQueue queue();

  void refused(Message original, List<Reason> reasons);

  /**
   * @param field the field the reason is about, or null
   * @param code a stable code: CONTRACT for a contract violation, else the business rule's key
   */
  record Reason(String field, String code, String message) {}
}
