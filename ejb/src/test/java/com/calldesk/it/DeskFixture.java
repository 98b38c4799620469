package com.calldesk.it;

import com.calldesk.customers.CustomerRegistry;
import com.calldesk.inquiries.Inquiry;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Sets up customers and calls for the desk tests, and plays someone trying to change a saved
 * inquiry behind the service's back: each attempt runs in its own transaction.
 */
@Stateless
@PermitAll
public class DeskFixture {

  @PersistenceContext private EntityManager em;
  @Inject private CustomerRegistry registry;

  /** A customer, as the first call from this number creates them. */
  public Long customer(String callerNumber) {
    return registry.identify(callerNumber, "test").id();
  }

  /** An ended call of this customer taken by this agent; returns its call id. */
  public String endedCall(Long customerId, String agentNo) {
    String callId = "desk-" + UUID.randomUUID();
    Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
    em.createNativeQuery(
            "INSERT INTO cd_call (id, call_id, caller_number, channel, customer_id, status,"
                + " agent_id, agent_no, offered_at, answered_at, ended_at, talk_seconds,"
                + " disposition, ended_by) SELECT cd_call_seq.NEXTVAL, ?, '4000000000', 'hotline',"
                + " ?, 'ENDED', id, employee_no, ?, ?, ?, 42, 'COMPLETED', 'AGENT'"
                + " FROM cd_employee WHERE employee_no = ?")
        .setParameter(1, callId)
        .setParameter(2, customerId)
        .setParameter(3, now)
        .setParameter(4, now)
        .setParameter(5, now)
        .setParameter(6, agentNo)
        .executeUpdate();
    return callId;
  }

  /** An unanswered inquiry recorded by another agent, as their own desk would have saved it. */
  public Long inquiryBy(String agentNo, Long customerId, String question) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
    Long id =
        ((Number) em.createNativeQuery("SELECT cd_inquiry_seq.NEXTVAL FROM dual").getSingleResult())
            .longValue();
    em.createNativeQuery(
            "INSERT INTO cd_inquiry (id, customer_id, category_code, question, answered, agent_id,"
                + " agent_no, created_at) SELECT ?, ?, 'PRODUCT', ?, 0, id, employee_no, ?"
                + " FROM cd_employee WHERE employee_no = ?")
        .setParameter(1, id)
        .setParameter(2, customerId)
        .setParameter(3, question)
        .setParameter(4, now)
        .setParameter(5, agentNo)
        .executeUpdate();
    return id;
  }

  /** Puts an employee on a supervisor's team, or on none (null). */
  public void team(String employeeNo, String supervisorNo) {
    em.createNativeQuery(
            "UPDATE cd_employee SET supervisor_id = (SELECT s.id FROM cd_employee s"
                + " WHERE s.employee_no = ?) WHERE employee_no = ?")
        .setParameter(1, supervisorNo)
        .setParameter(2, employeeNo)
        .executeUpdate();
  }

  public long repliesTo(Long inquiryId) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM cd_inquiry_reply WHERE inquiry_id = ?")
                .setParameter(1, inquiryId)
                .getSingleResult())
        .longValue();
  }

  /**
   * Merges a changed copy of the inquiry (as a careless service editing a detached record would)
   * and flushes.
   */
  public void changeQuestionThroughTheEntity(Long inquiryId, String question) throws Exception {
    Inquiry copy = em.find(Inquiry.class, inquiryId);
    em.detach(copy);
    Field field = Inquiry.class.getDeclaredField("question");
    field.setAccessible(true);
    field.set(copy, question);
    em.merge(copy);
    em.flush();
  }

  /** A JPQL bulk UPDATE, which skips entity callbacks and goes straight to the database. */
  public int changeQuestionWithJpql(Long inquiryId, String question) {
    return em.createQuery("update Inquiry i set i.question = :q where i.id = :id")
        .setParameter("q", question)
        .setParameter("id", inquiryId)
        .executeUpdate();
  }

  public int changeAnsweredWithSql(Long inquiryId) {
    return em.createNativeQuery("UPDATE cd_inquiry SET answered = 1, answer = 'x' WHERE id = ?")
        .setParameter(1, inquiryId)
        .executeUpdate();
  }

  public int deleteRepliesWithSql(Long inquiryId) {
    return em.createNativeQuery("DELETE FROM cd_inquiry_reply WHERE inquiry_id = ?")
        .setParameter(1, inquiryId)
        .executeUpdate();
  }

  /** The question as stored, read past the persistence context. */
  public String storedQuestion(Long inquiryId) {
    return (String)
        em.createNativeQuery("SELECT question FROM cd_inquiry WHERE id = ?")
            .setParameter(1, inquiryId)
            .getSingleResult();
  }

  public long auditCount(String action, String subjectId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM cd_audit_log WHERE action = ? AND subject_id = ?")
                .setParameter(1, action)
                .setParameter(2, subjectId)
                .getSingleResult())
        .longValue();
  }

  public long rows(String table) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
        .longValue();
  }

  /** A RECEIVED complaint recorded by another agent, as their own desk would have saved it. */
  public Long complaintBy(String agentNo, Long customerId, String content) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
    Long id =
        ((Number)
                em.createNativeQuery("SELECT cd_complaint_seq.NEXTVAL FROM dual").getSingleResult())
            .longValue();
    em.createNativeQuery(
            "INSERT INTO cd_complaint (id, complaint_no, customer_id, channel, category_code,"
                + " target_type, target, content, received_at, state, due_at, agent_id, agent_no,"
                + " updated_by, updated_at) SELECT ?, ?, ?, 'PHONE', 'OTHER', 'SERVICE', 'fixture',"
                + " ?, ?, 'RECEIVED', ?, id, employee_no, employee_no, ? FROM cd_employee"
                + " WHERE employee_no = ?")
        .setParameter(1, id)
        .setParameter(2, "FX" + id)
        .setParameter(3, customerId)
        .setParameter(4, content)
        .setParameter(5, now)
        .setParameter(
            6,
            Timestamp.valueOf(
                LocalDateTime.ofInstant(Instant.now().plusSeconds(72 * 3600), ZoneOffset.UTC)))
        .setParameter(7, now)
        .setParameter(8, agentNo)
        .executeUpdate();
    return id;
  }

  /** Makes a finished complaint look closed that many days ago. */
  public void closedDaysAgo(Long complaintId, int days) {
    em.createNativeQuery("UPDATE cd_complaint SET closed_at = ? WHERE id = ?")
        .setParameter(
            1,
            Timestamp.valueOf(
                LocalDateTime.ofInstant(
                    Instant.now().minusSeconds(days * 86_400L), ZoneOffset.UTC)))
        .setParameter(2, complaintId)
        .executeUpdate();
  }

  /** An OPEN rescue case recorded by another agent. */
  public Long rescueCaseBy(String agentNo, Long customerId) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
    Long id =
        ((Number) em.createNativeQuery("SELECT cd_rescue_seq.NEXTVAL FROM dual").getSingleResult())
            .longValue();
    em.createNativeQuery(
            "INSERT INTO cd_rescue_case (id, case_no, customer_id, called_at, vehicle_model,"
                + " plate_no, contact_person, contact_phone, fault_location, fault_symptom, state,"
                + " agent_id, agent_no, created_at) SELECT ?, ?, ?, ?, 'Passat', '京A12345',"
                + " 'Wang', '13800138000', 'G4 km 12', 'flat tyre', 'OPEN', id, employee_no, ?"
                + " FROM cd_employee WHERE employee_no = ?")
        .setParameter(1, id)
        .setParameter(2, "FX" + id)
        .setParameter(3, customerId)
        .setParameter(4, now)
        .setParameter(5, now)
        .setParameter(6, agentNo)
        .executeUpdate();
    return id;
  }

  /** Rows of a table belonging to one record (e.g. cd_rescue_dispatch, case_id). */
  public long rowsOf(String table, String column, Long id) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?")
                .setParameter(1, id)
                .getSingleResult())
        .longValue();
  }

  /** Complaints received in [start, end) by state, counted straight from the table. */
  public java.util.Map<String, Long> complaintsByState(Instant start, Instant end) {
    java.util.Map<String, Long> counts = new java.util.TreeMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT state, COUNT(*) FROM cd_complaint WHERE received_at >= ? AND received_at < ?"
                    + " GROUP BY state")
            .setParameter(1, Timestamp.valueOf(LocalDateTime.ofInstant(start, ZoneOffset.UTC)))
            .setParameter(2, Timestamp.valueOf(LocalDateTime.ofInstant(end, ZoneOffset.UTC)))
            .getResultList()) {
      Object[] r = (Object[]) row;
      counts.put((String) r[0], ((Number) r[1]).longValue());
    }
    return counts;
  }

  // --- callbacks -------------------------------------------------------------------------------

  /** No callback tasks, attempts or day quotas: each callback test starts from a clean floor. */
  public void clearCallbacks() {
    em.createNativeQuery("UPDATE cd_complaint SET followup_task_id = NULL").executeUpdate();
    em.createNativeQuery("DELETE FROM cd_callback_attempt").executeUpdate();
    em.createNativeQuery("DELETE FROM cd_callback_task").executeUpdate();
    em.createNativeQuery("DELETE FROM cd_callback_quota").executeUpdate();
    em.createNativeQuery("UPDATE cd_employee SET callback_quota = 0").executeUpdate();
    // The callback timer may run during a test: leave it no expiry to raise a task for today.
    em.createNativeQuery("UPDATE cd_customer SET expires_on = NULL").executeUpdate();
  }

  /** A waiting callback task another agent raised by hand, due {@code due}. */
  public Long callbackRaisedBy(String agentNo, Long customerId, LocalDate due) {
    Long id =
        ((Number)
                em.createNativeQuery("SELECT cd_callback_seq.NEXTVAL FROM dual").getSingleResult())
            .longValue();
    Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
    em.createNativeQuery(
            "INSERT INTO cd_callback_task (id, customer_id, source, reason, urgency, due_on,"
                + " state, created_by_id, created_by, created_at, updated_by, updated_at)"
                + " SELECT ?, ?, 'MANUAL', 'raised by ' || employee_no, 0, ?, 'WAITING', id,"
                + " employee_no, ?, employee_no, ? FROM cd_employee WHERE employee_no = ?")
        .setParameter(1, id)
        .setParameter(2, customerId)
        .setParameter(3, java.sql.Date.valueOf(due))
        .setParameter(4, now)
        .setParameter(5, now)
        .setParameter(6, agentNo)
        .executeUpdate();
    return id;
  }

  /** Who a callback task is assigned to (null while it waits). */
  public String callbackAgent(Long taskId) {
    return (String)
        em.createNativeQuery("SELECT assigned_to_no FROM cd_callback_task WHERE id = ?")
            .setParameter(1, taskId)
            .getSingleResult();
  }

  /** Moves an agent's tasks of today back to yesterday's list, as if the day had ended. */
  public int callbacksOfYesterday(String agentNo, LocalDate today) {
    return em.createNativeQuery(
            "UPDATE cd_callback_task SET assigned_on = ? WHERE assigned_to_no = ?"
                + " AND assigned_on = ?")
        .setParameter(1, java.sql.Date.valueOf(today.minusDays(1)))
        .setParameter(2, agentNo)
        .setParameter(3, java.sql.Date.valueOf(today))
        .executeUpdate();
  }

  /** Closes a complaint in the table, with its follow-up callback due on {@code due}. */
  public void followUpDue(Long complaintId, LocalDate due) {
    em.createNativeQuery(
            "UPDATE cd_complaint SET state = 'CLOSED', closed_at = CURRENT_TIMESTAMP,"
                + " followup_due_on = ? WHERE id = ?")
        .setParameter(1, java.sql.Date.valueOf(due))
        .setParameter(2, complaintId)
        .executeUpdate();
  }

  public void expiresOn(Long customerId, LocalDate day) {
    em.createNativeQuery("UPDATE cd_customer SET expires_on = ? WHERE id = ?")
        .setParameter(1, java.sql.Date.valueOf(day))
        .setParameter(2, customerId)
        .executeUpdate();
  }

  /** source key → due date, of the tasks whose key starts with {@code prefix}. */
  /** The customer's callback tasks: reason → due date. */
  public java.util.Map<String, LocalDate> callbacksOf(Long customerId) {
    java.util.Map<String, LocalDate> tasks = new java.util.TreeMap<>();
    for (Object r :
        em.createNativeQuery("SELECT reason, due_on FROM cd_callback_task WHERE customer_id = ?")
            .setParameter(1, customerId)
            .getResultList()) {
      Object[] row = (Object[]) r;
      tasks.put(
          (String) row[0],
          ((java.util.Date) row[1])
              .toInstant()
              .atZone(java.time.ZoneId.systemDefault())
              .toLocalDate());
    }
    return tasks;
  }

  /** The task's last dial was sent that many seconds ago. */
  public void dialSentAgo(Long taskId, long seconds) {
    em.createNativeQuery("UPDATE cd_callback_task SET dial_sent_at = ? WHERE id = ?")
        .setParameter(
            1,
            java.sql.Timestamp.valueOf(
                java.time.LocalDateTime.ofInstant(
                    java.time.Instant.now().minusSeconds(seconds), java.time.ZoneOffset.UTC)))
        .setParameter(2, taskId)
        .executeUpdate();
  }

  /** The task's retry time has come (a minute ago). */
  public void retryNow(Long taskId) {
    em.createNativeQuery("UPDATE cd_callback_task SET next_try_at = ? WHERE id = ?")
        .setParameter(
            1,
            java.sql.Timestamp.valueOf(
                java.time.LocalDateTime.ofInstant(
                    java.time.Instant.now().minusSeconds(60), java.time.ZoneOffset.UTC)))
        .setParameter(2, taskId)
        .executeUpdate();
  }

  public java.util.Map<String, LocalDate> callbackKeys(String prefix) {
    java.util.Map<String, LocalDate> keys = new java.util.TreeMap<>();
    for (Object r :
        em.createNativeQuery(
                "SELECT source_key, due_on FROM cd_callback_task WHERE source_key LIKE ?")
            .setParameter(1, prefix + "%")
            .getResultList()) {
      Object[] row = (Object[]) r;
      // An Oracle DATE (and H2's in Oracle mode) comes back as a timestamp.
      keys.put(
          (String) row[0],
          ((java.util.Date) row[1])
              .toInstant()
              .atZone(java.time.ZoneId.systemDefault())
              .toLocalDate());
    }
    return keys;
  }

  public Long followUpTaskOf(Long complaintId) {
    Object id =
        em.createNativeQuery("SELECT followup_task_id FROM cd_complaint WHERE id = ?")
            .setParameter(1, complaintId)
            .getSingleResult();
    return id == null ? null : ((Number) id).longValue();
  }

  /** The urgency of the task with this source key, or null if there is none. */
  public Integer callbackUrgency(String sourceKey) {
    java.util.List<?> found =
        em.createNativeQuery("SELECT urgency FROM cd_callback_task WHERE source_key = ?")
            .setParameter(1, sourceKey)
            .getResultList();
    return found.isEmpty() ? null : ((Number) found.get(0)).intValue();
  }
}
