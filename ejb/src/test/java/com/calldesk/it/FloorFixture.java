package com.calldesk.it;

import com.calldesk.calls.CallStatus;
import com.calldesk.calls.PhoneCall;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Sets the floor up for a test and reads it back: which seats are READY since when, no call left
 * open by an earlier test. Writes straight to the tables, as a DBA's script would; the behaviour
 * under test never goes through here.
 */
@Stateless
@PermitAll
public class FloorFixture {

  static final List<String> AGENTS = List.of("1001", "1002", "1003", "2001");

  @PersistenceContext private EntityManager em;

  /** Every agent OFFLINE, every open call closed. */
  public void clear() {
    em.createNativeQuery(
            "UPDATE cd_call SET status = 'ENDED', disposition = 'ABANDONED', ended_by = 'SYSTEM',"
                + " ended_at = ? WHERE status <> 'ENDED'")
        .setParameter(1, utc(Instant.now()))
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE cd_agent_seat SET state = 'OFFLINE', current_call_id = NULL,"
                + " wrap_up_until = NULL, login_at = NULL")
        .executeUpdate();
  }

  /** The agent is logged in and READY, idle since the given time. */
  public void ready(String agentNo, Instant idleSince) {
    em.createNativeQuery(
            "DELETE FROM cd_agent_seat WHERE employee_id ="
                + " (SELECT id FROM cd_employee WHERE employee_no = ?)")
        .setParameter(1, agentNo)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO cd_agent_seat (employee_id, state, state_since, login_at, version,"
                + " calls_handled, talk_seconds) SELECT id, 'READY', ?, ?, 0, 0, 0"
                + " FROM cd_employee WHERE employee_no = ?")
        .setParameter(1, utc(idleSince))
        .setParameter(2, utc(idleSince))
        .setParameter(3, agentNo)
        .executeUpdate();
  }

  public PhoneCall call(String callId) {
    return em.createQuery("select c from PhoneCall c where c.callId = :id", PhoneCall.class)
        .setParameter("id", callId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public CallStatus status(String callId) {
    PhoneCall call = call(callId);
    return call == null ? null : call.getStatus();
  }

  public long calls(String callId) {
    return em.createQuery("select count(c) from PhoneCall c where c.callId = :id", Long.class)
        .setParameter("id", callId)
        .getSingleResult();
  }

  public long callVersion(String callId) {
    return ((Number)
            em.createNativeQuery("SELECT version FROM cd_call WHERE call_id = ?")
                .setParameter(1, callId)
                .getSingleResult())
        .longValue();
  }

  public List<String> timeline(String callId) {
    return em.createQuery(
            "select e.kind from CallEvent e, PhoneCall c where e.callRowId = c.id"
                + " and c.callId = :id order by e.occurredAt, e.id",
            String.class)
        .setParameter("id", callId)
        .getResultList();
  }

  public String customerNoOf(String callerNumber) {
    return em.createQuery(
            "select k.customerNo from Customer k, CustomerPhone p where p.customerId = k.id"
                + " and p.phoneNumber = :n",
            String.class)
        .setParameter("n", callerNumber)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  public long customersWithNumber(String callerNumber) {
    return em.createQuery(
            "select count(p) from CustomerPhone p where p.phoneNumber = :n", Long.class)
        .setParameter("n", callerNumber)
        .getSingleResult();
  }

  public String blacklistedBy(String number) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT added_by || ':' || reason FROM cd_blacklist WHERE phone_number = ?")
            .setParameter(1, number)
            .getResultList();
    return rows.isEmpty() ? null : rows.get(0).toString();
  }

  public String commandOutcome(String commandId) {
    List<?> rows =
        em.createNativeQuery("SELECT outcome FROM cd_call_command WHERE id = ?")
            .setParameter(1, commandId)
            .getResultList();
    return rows.isEmpty() ? null : rows.get(0).toString();
  }

  private static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
