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

  // --- a larger team, for the break rules ----------------------------------------------------

  /**
   * A supervisor {@code no} with agents {@code no-01} … {@code no-NN}, created once (password
   * unusable), all OFFLINE and without break requests.
   *
   * @return the supervisor's row id (the team's id)
   */
  public Long team(String no, int size) {
    employee(no, "SUPERVISOR", null);
    Long supervisor = idOf(no);
    for (int i = 1; i <= size; i++) {
      employee(member(no, i), "AGENT", supervisor);
    }
    em.createNativeQuery(
            "UPDATE cd_break_request SET state = 'CANCELLED', decided_at = ?, decided_by = 'test'"
                + " WHERE state IN ('WAITING', 'GRANTED') AND employee_no LIKE ?")
        .setParameter(1, utc(Instant.now()))
        .setParameter(2, no + "-%")
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE cd_agent_seat SET state = 'OFFLINE', current_call_id = NULL, login_at = NULL"
                + " WHERE employee_id IN (SELECT id FROM cd_employee WHERE supervisor_id = ?)")
        .setParameter(1, supervisor)
        .executeUpdate();
    return supervisor;
  }

  public static String member(String team, int i) {
    return team + String.format("-%02d", i);
  }

  /** The agent's seat is in this state now (READY, BREAK, TALKING…). */
  public void seat(String agentNo, String state) {
    ready(agentNo, Instant.now().minusSeconds(60));
    em.createNativeQuery(
            "UPDATE cd_agent_seat SET state = ? WHERE employee_id ="
                + " (SELECT id FROM cd_employee WHERE employee_no = ?)")
        .setParameter(1, state)
        .setParameter(2, agentNo)
        .executeUpdate();
  }

  public String seatState(String agentNo) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT s.state FROM cd_agent_seat s JOIN cd_employee e ON e.id = s.employee_id"
                    + " WHERE e.employee_no = ?")
            .setParameter(1, agentNo)
            .getResultList();
    return rows.isEmpty() ? "OFFLINE" : rows.get(0).toString();
  }

  /** The agent asked for a break of this kind at that time (as Breaks.ask records it). */
  public Long asked(String agentNo, String kind, Instant at) {
    Long id =
        ((Number) em.createNativeQuery("SELECT cd_floor_seq.NEXTVAL FROM dual").getSingleResult())
            .longValue();
    em.createNativeQuery(
            "INSERT INTO cd_break_request (id, employee_id, employee_no, team_id, kind, state,"
                + " requested_at, version) SELECT ?, id, employee_no, supervisor_id, ?, 'WAITING', ?, 0"
                + " FROM cd_employee WHERE employee_no = ?")
        .setParameter(1, id)
        .setParameter(2, kind)
        .setParameter(3, utc(at))
        .setParameter(4, agentNo)
        .executeUpdate();
    return id;
  }

  /** The agent is on a granted meal break that is up at {@code endsAt}. */
  public Long onMealBreak(String agentNo, Instant endsAt) {
    seat(agentNo, "BREAK");
    Long id = asked(agentNo, "MEAL", endsAt.minusSeconds(1800));
    em.createNativeQuery(
            "UPDATE cd_break_request SET state = 'GRANTED', decided_at = ?, decided_by = 'test',"
                + " ends_at = ? WHERE id = ?")
        .setParameter(1, utc(endsAt.minusSeconds(1800)))
        .setParameter(2, utc(endsAt))
        .setParameter(3, id)
        .executeUpdate();
    return id;
  }

  public String breakState(Long id) {
    return em.createNativeQuery("SELECT state FROM cd_break_request WHERE id = ?")
        .setParameter(1, id)
        .getSingleResult()
        .toString();
  }

  /**
   * A call of today, offered {@code agoSeconds} ago, answered after {@code waitMs} (null: never),
   * ended with {@code disposition}.
   */
  public void pastCall(String callId, long agoSeconds, Long waitMs, String disposition) {
    Instant offered = Instant.now().minusSeconds(agoSeconds);
    em.createNativeQuery(
            "INSERT INTO cd_call (id, call_id, caller_number, channel, status, offered_at,"
                + " answered_at, answer_wait_ms, ended_at, disposition, ended_by, version)"
                + " VALUES (cd_call_seq.NEXTVAL, ?, '13800000000', 'HOTLINE', 'ENDED', ?, ?, ?, ?,"
                + " ?, 'CALLER', 0)")
        .setParameter(1, callId)
        .setParameter(2, utc(offered))
        .setParameter(3, waitMs == null ? null : utc(offered.plusMillis(waitMs)))
        .setParameter(4, waitMs)
        .setParameter(5, utc(offered.plusSeconds(30)))
        .setParameter(6, disposition)
        .executeUpdate();
  }

  /** Rows in a table of this test's choosing (a constant name, never input). */
  public long count(String table) {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
        .longValue();
  }

  /** The notice expired a minute ago (a DBA's change: the entity itself never changes). */
  public void expireNotice(Long id) {
    em.createNativeQuery("UPDATE cd_notice SET expires_at = ? WHERE id = ?")
        .setParameter(1, utc(Instant.now().minusSeconds(60)))
        .setParameter(2, id)
        .executeUpdate();
  }

  private void employee(String no, String role, Long supervisor) {
    if (idOf(no) != null) {
      return;
    }
    em.createNativeQuery(
            "INSERT INTO cd_employee (id, employee_no, full_name, password_hash, agent_level, active,"
                + " failed_logins, version, created_at, updated_at, supervisor_id)"
                + " VALUES (cd_employee_seq.NEXTVAL, ?, ?, 'unusable', 'NORMAL', 1, 0, 0, ?, ?, ?)")
        .setParameter(1, no)
        .setParameter(2, "Test " + no)
        .setParameter(3, utc(Instant.now()))
        .setParameter(4, utc(Instant.now()))
        .setParameter(5, supervisor)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO cd_employee_role (employee_id, role_name) SELECT id, ? FROM cd_employee"
                + " WHERE employee_no = ?")
        .setParameter(1, role)
        .setParameter(2, no)
        .executeUpdate();
  }

  private Long idOf(String no) {
    List<?> ids =
        em.createNativeQuery("SELECT id FROM cd_employee WHERE employee_no = ?")
            .setParameter(1, no)
            .getResultList();
    return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
  }

  private static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }
}
