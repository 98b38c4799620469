package com.calldesk.complaints;

import java.io.Serializable;

/**
 * One move of a complaint, as a screen asks for it: the version the screen was showing (a case
 * someone moved on meanwhile is refused) and the fields the move records.
 *
 * @param text the explanation (REJECT), plan (PROPOSE_PLAN), reason (RETURN_PLAN, HOLD), what was
 *     done (RESOLVE), the customer's feedback (CLOSE), a note (others)
 * @param departmentCode ACCEPT: the responsible department
 * @param cause INVESTIGATE: the cause found
 * @param responsiblePerson INVESTIGATE: who answers for it
 * @param satisfaction CLOSE: the customer's satisfaction, 1–5
 */
public record ComplaintMove(
    Long complaintId,
    long version,
    ComplaintAction action,
    String text,
    String departmentCode,
    ComplaintCause cause,
    String responsiblePerson,
    Integer satisfaction)
    implements Serializable {

  public static ComplaintMove of(Long id, long version, ComplaintAction action, String text) {
    return new ComplaintMove(id, version, action, text, null, null, null, null);
  }
}
