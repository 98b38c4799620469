package com.calldesk.calls;

import com.calldesk.security.Roles;
import com.calldesk.shared.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reading the call log: my calls, the call I am on, the waiting queue. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class CallLog {

  /** A page of history; older calls are reached by narrowing the dates. */
  public static final int MAX_ROWS = 200;

  @PersistenceContext private EntityManager em;
  @Inject private CallFlow flow;
  @Inject private CallNotices notices;
  @Resource private SessionContext context;

  /**
   * The caller's own calls, newest first.
   *
   * @param from inclusive, or null
   * @param until exclusive, or null
   * @param callerNumber part of the caller number, or null/blank for all
   */
  public List<CallSummary> myCalls(Instant from, Instant until, String callerNumber) {
    if (from != null && until != null && !from.isBefore(until)) {
      throw new BusinessException("calls.history.badRange", "from", "from must be before until");
    }
    String digits = callerNumber == null ? "" : callerNumber.strip();
    if (!digits.matches("\\+?[0-9]{0,20}")) {
      throw new BusinessException("calls.history.badNumber", "caller", "digits only");
    }
    StringBuilder jpql =
        new StringBuilder(
            "select new com.calldesk.calls.CallSummary(c.callId, c.callerNumber, k.customerNo,"
                + " c.channel, c.agentNo, c.status, c.offeredAt, c.answeredAt, c.endedAt,"
                + " c.talkSeconds, c.disposition) from PhoneCall c left join Customer k"
                + " on k.id = c.customerId where c.agentNo = :me");
    if (from != null) {
      jpql.append(" and c.offeredAt >= :from");
    }
    if (until != null) {
      jpql.append(" and c.offeredAt < :until");
    }
    if (!digits.isEmpty()) {
      jpql.append(" and c.callerNumber like :caller");
    }
    jpql.append(" order by c.offeredAt desc");
    TypedQuery<CallSummary> q =
        em.createQuery(jpql.toString(), CallSummary.class).setParameter("me", me());
    if (from != null) {
      q.setParameter("from", from);
    }
    if (until != null) {
      q.setParameter("until", until);
    }
    if (!digits.isEmpty()) {
      q.setParameter("caller", "%" + digits + "%");
    }
    return q.setMaxResults(MAX_ROWS).getResultList();
  }

  /** The card of the call the caller is on, as the screen pop showed it (JSON), if any. */
  public Optional<String> currentCard(String callId) {
    return flow.find(callId)
        .filter(c -> c.isOpen() && me().equals(c.getAgentNo()))
        .map(c -> notices.card(c).add("kind", "pop").build().toString());
  }

  /**
   * The caller's call a record is being made for: one they took (on the line now or earlier).
   * Someone else's call, or an unknown one, is refused: a record is never linked to a call its
   * author did not take.
   */
  public CallLink linkFor(String callId) {
    return flow.find(callId)
        .filter(c -> me().equals(c.getAgentNo()))
        .map(c -> new CallLink(c.getId(), c.getCallId(), c.getCustomerId()))
        .orElseThrow(
            () -> new BusinessException("calls.notYours", "callId", "not your call: " + callId));
  }

  /**
   * The telephone side's id of the call a record is linked to (its call-log row), or null for a
   * record made outside a call.
   */
  public String callIdOf(Long callRowId) {
    return callRowId == null
        ? null
        : em.createQuery("select c.callId from PhoneCall c where c.id = :id", String.class)
            .setParameter("id", callRowId)
            .getSingleResult();
  }

  public long waiting() {
    return flow.waiting();
  }

  private String me() {
    return context.getCallerPrincipal().getName();
  }
}
