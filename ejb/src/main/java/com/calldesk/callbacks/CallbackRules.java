package com.calldesk.callbacks;

import com.calldesk.shared.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that raise callback tasks (admin-managed in {@code cd_callback_rule}): new customers
 * twice in their first month, regular customers monthly, before a customer's expiry date, after
 * every closed complaint. Each task carries a key naming its rule and occasion, and a rule skips
 * occasions that already have their task: running the rules again raises nothing new.
 */
@ApplicationScoped
class CallbackRules {

  /**
   * The most tasks one rule raises in one run: a site's first monthly run over every customer is
   * spread over the following runs (a quarter of an hour apart) instead of one long transaction.
   */
  static final int BATCH = 500;

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;

  /**
   * @return how many tasks were raised
   */
  int raise(LocalDate today, Instant now) {
    // One rule run at a time (the timer, a closed complaint): the hand-out row is the lock.
    em.createNativeQuery("SELECT id FROM cd_callback_handout WHERE id = 1 FOR UPDATE")
        .getResultList();
    Map<String, Integer> active = activeRules();
    int raised = 0;
    if (active.containsKey("COMPLAINT")) {
      raised += complaintFollowUps(null, now);
    }
    if (active.containsKey("NEW_CUSTOMER")) {
      raised += newCustomers(active.get("NEW_CUSTOMER"), today, now);
    }
    if (active.containsKey("REGULAR")) {
      raised += regularCustomers(active.get("REGULAR"), today, now);
    }
    if (active.containsKey("EXPIRY")) {
      raised += expiries(active.get("EXPIRY"), null, today, now);
    }
    em.flush();
    return raised;
  }

  /**
   * The rules' tasks of one occasion, in the transaction that made it: a complaint closed, a
   * customer's expiry date set. The quarter-hourly run would find them too; raised now, they are
   * there with the change, and the same key keeps them from being raised twice.
   *
   * @param complaintId the complaint just closed, or null
   * @param customerId the customer whose expiry date was just set, or null
   */
  int raiseFor(Long complaintId, Long customerId, LocalDate today, Instant now) {
    em.createNativeQuery("SELECT id FROM cd_callback_handout WHERE id = 1 FOR UPDATE")
        .getResultList();
    Map<String, Integer> active = activeRules();
    int raised = 0;
    if (complaintId != null && active.containsKey("COMPLAINT")) {
      raised += complaintFollowUps(complaintId, now);
    }
    if (customerId != null && active.containsKey("EXPIRY")) {
      raised += expiries(active.get("EXPIRY"), customerId, today, now);
    }
    em.flush();
    return raised;
  }

  private Map<String, Integer> activeRules() {
    Map<String, Integer> rules = new HashMap<>();
    for (Object[] r :
        CallbackDay.rows(
            em.createNativeQuery("SELECT code, days FROM cd_callback_rule WHERE active = 1")
                .getResultList())) {
      rules.put((String) r[0], ((Number) r[1]).intValue());
    }
    return rules;
  }

  /**
   * The follow-up a closed complaint recorded ({@code followup_due_on}), linked back to it.
   *
   * @param only one complaint's, or null for every one without its task yet
   */
  private int complaintFollowUps(Long only, Instant now) {
    var query =
        em.createNativeQuery(
            "SELECT id, customer_id, followup_due_on, complaint_no FROM cd_complaint"
                + " WHERE followup_due_on IS NOT NULL AND followup_task_id IS NULL"
                + (only == null ? "" : " AND id = ?"));
    if (only != null) {
      query.setParameter(1, only);
    }
    List<Object[]> due = CallbackDay.rows(query.setMaxResults(BATCH).getResultList());
    for (Object[] r : due) {
      long complaintId = ((Number) r[0]).longValue();
      CallbackTask task =
          raise(
              ((Number) r[1]).longValue(),
              CallbackSource.COMPLAINT,
              "COMPLAINT:" + complaintId,
              "complaint " + r[3],
              CallbackDay.localDate(r[2]),
              now);
      // Native: the complaint's version stays, so an open complaint screen is not made stale.
      em.createNativeQuery("UPDATE cd_complaint SET followup_task_id = ? WHERE id = ?")
          .setParameter(1, task.getId())
          .setParameter(2, complaintId)
          .executeUpdate();
    }
    return due.size();
  }

  /** Twice in the first month: {@code days} and twice {@code days} after joining. */
  private int newCustomers(int days, LocalDate today, Instant now) {
    int raised = 0;
    Timestamp since = Timestamp.valueOf(today.minusDays(2L * days).atStartOfDay());
    for (int n = 1; n <= 2; n++) {
      String prefix = "NEW_CUSTOMER:";
      String suffix = ":" + n;
      for (Object[] r :
          CallbackDay.rows(
              em.createNativeQuery(
                      "SELECT c.id, c.created_at FROM cd_customer c WHERE c.created_at >= ?"
                          + " AND NOT EXISTS (SELECT 1 FROM cd_callback_task t"
                          + "  WHERE t.source_key = ? || CAST(c.id AS VARCHAR2(20)) || ?)")
                  .setParameter(1, since)
                  .setParameter(2, prefix)
                  .setParameter(3, suffix)
                  .setMaxResults(BATCH)
                  .getResultList())) {
        long id = ((Number) r[0]).longValue();
        LocalDate joined = ((Timestamp) r[1]).toLocalDateTime().toLocalDate();
        LocalDate due = joined.plusDays((long) days * n);
        raise(
            id, CallbackSource.NEW_CUSTOMER, prefix + id + suffix, "new customer #" + n, due, now);
        raised++;
      }
    }
    return raised;
  }

  /** Monthly, on day {@code day} of the month, for customers who joined before this month. */
  private int regularCustomers(int day, LocalDate today, Instant now) {
    YearMonth month = YearMonth.from(today);
    LocalDate due = month.atDay(Math.min(day, month.lengthOfMonth()));
    String key = "REGULAR:";
    String suffix = ":" + month;
    List<Object[]> customers =
        CallbackDay.rows(
            em.createNativeQuery(
                    "SELECT c.id, 0 FROM cd_customer c WHERE c.created_at < ?"
                        + " AND NOT EXISTS (SELECT 1 FROM cd_callback_task t"
                        + "  WHERE t.source_key = ? || CAST(c.id AS VARCHAR2(20)) || ?)")
                .setParameter(1, Timestamp.valueOf(month.atDay(1).atStartOfDay()))
                .setParameter(2, key)
                .setParameter(3, suffix)
                .setMaxResults(BATCH)
                .getResultList());
    for (Object[] r : customers) {
      long id = ((Number) r[0]).longValue();
      raise(id, CallbackSource.REGULAR, key + id + suffix, "monthly " + month, due, now);
    }
    return customers.size();
  }

  /**
   * {@code days} before the customer's contract, membership or warranty expires.
   *
   * @param only one customer's, or null for every customer
   */
  private int expiries(int days, Long only, LocalDate today, Instant now) {
    var query =
        em.createNativeQuery(
                "SELECT c.id, c.expires_on FROM cd_customer c"
                    + " WHERE c.expires_on >= ? AND c.expires_on <= ?"
                    + (only == null ? "" : " AND c.id = ?")
                    + " AND NOT EXISTS (SELECT 1 FROM cd_callback_task t WHERE t.source_key ="
                    + "  'EXPIRY:' || CAST(c.id AS VARCHAR2(20)) || ':'"
                    + "  || TO_CHAR(c.expires_on, 'YYYY-MM-DD'))")
            .setParameter(1, Date.valueOf(today))
            .setParameter(2, Date.valueOf(today.plusDays(days)));
    if (only != null) {
      query.setParameter(3, only);
    }
    List<Object[]> customers = CallbackDay.rows(query.setMaxResults(BATCH).getResultList());
    for (Object[] r : customers) {
      long id = ((Number) r[0]).longValue();
      LocalDate expires = CallbackDay.localDate(r[1]);
      LocalDate due = expires.minusDays(days).isBefore(today) ? today : expires.minusDays(days);
      raise(
          id,
          CallbackSource.EXPIRY,
          "EXPIRY:" + id + ":" + expires,
          "expires " + expires,
          due,
          now);
    }
    return customers.size();
  }

  private CallbackTask raise(
      long customerId,
      CallbackSource source,
      String key,
      String reason,
      LocalDate due,
      Instant now) {
    CallbackTask task =
        new CallbackTask(customerId, source, key, reason, 0, due, null, AuditTrail.SYSTEM, now);
    em.persist(task);
    em.flush();
    audit.recordAs(AuditTrail.SYSTEM, "CALLBACK_RAISED", Callbacks.SUBJECT, task.getId(), key);
    return task;
  }
}
