package com.calldesk.notices;

import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.Role;
import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import com.calldesk.shared.InvalidInput;
import com.calldesk.shared.UtcInstantConverter;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Notices (通知): a supervisor or admin writes to everyone, to a supervisor's team or to one agent,
 * optionally until a time. They reach the recipients' info bar at once (push) and stay there until
 * they expire; each recipient marks them read, and the sender sees who has.
 */
@Stateless
public class Notices {

  static final String SUBJECT = "Notice";
  private static final int SHOWN = 20;

  @PersistenceContext private EntityManager em;
  @Inject private EmployeeRepository employees;
  @Inject private AuditTrail audit;
  @Inject private DeskChannel desks;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /**
   * Sends a notice. Supervisors write to their own team or one of its agents; everyone may be
   * written to by supervisors and admins; admins may write to any one agent.
   *
   * @throws InvalidInput for a missing audience or text, a text over 1,000 characters, an expiry
   *     not in the future, or an agent the sender may not write to ({@code notice.noSuchAgent})
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public NoticeView send(NewNotice n) {
    Employee me = me();
    boolean admin = context.isCallerInRole(Roles.ADMIN);
    Instant now = clock.instant();
    String body = n == null ? null : InvalidInput.clean(n.body());
    Audience audience = n == null ? null : n.audience();
    InvalidInput.Check check =
        new InvalidInput.Check()
            .require(audience != null, "audience", "notice.audienceRequired")
            .text(body, true, 1000, "body")
            .require(
                n == null || n.expiresAt() == null || n.expiresAt().isAfter(now),
                "expiresAt",
                "notice.expiryPast");
    String audienceNo = null;
    if (audience == Audience.TEAM) {
      check.require(!admin || me.hasRole(Role.SUPERVISOR), "audience", "notice.noTeam");
      audienceNo = me.getEmployeeNo();
    } else if (audience == Audience.AGENT) {
      String agentNo = InvalidInput.clean(n.agentNo());
      Employee agent = agentNo == null ? null : employees.findByEmployeeNo(agentNo).orElse(null);
      boolean allowed =
          agent != null
              && agent.isActive()
              && (admin || me.getId().equals(agent.getSupervisorId()));
      check.require(allowed, "agent", "notice.noSuchAgent");
      audienceNo = allowed ? agent.getEmployeeNo() : null;
    }
    check.throwIfAny();
    Notice notice = new Notice(audience, audienceNo, body, n.expiresAt(), me.getEmployeeNo(), now);
    em.persist(notice);
    em.flush();
    audit.record(
        "NOTICE_SENT",
        SUBJECT,
        notice.getId(),
        "to " + audience + (audienceNo == null ? "" : " " + audienceNo) + ": " + abbreviated(body));
    String json =
        Json.createObjectBuilder()
            .add("kind", "notice")
            .add("id", notice.getId())
            .add("from", me.getEmployeeNo())
            .add("body", body)
            .build()
            .toString();
    List<Employee> to = recipients(notice);
    if (audience == Audience.ALL) {
      desks.publish(DeskNotice.toEveryone(json));
    } else {
      to.forEach(e -> desks.publish(DeskNotice.to(e.getEmployeeNo(), json)));
    }
    return new NoticeView(
        notice.getId(),
        audience,
        audienceNo,
        body,
        me.getEmployeeNo(),
        now,
        notice.getExpiresAt(),
        false,
        0,
        to.size());
  }

  /** The notices for the caller that have not expired, newest first (the last 20). */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public List<NoticeView> mine() {
    Employee me = me();
    String supervisorNo = employees.supervisorNoOf(me.getEmployeeNo()).orElse("");
    List<Notice> notices =
        em.createQuery(
                "select n from Notice n where (n.expiresAt is null or n.expiresAt > :now) and ("
                    + " n.audience = :all"
                    + " or (n.audience = :team and n.audienceNo = :supervisor)"
                    + " or (n.audience = :agent and n.audienceNo = :me))"
                    + " order by n.createdAt desc, n.id desc",
                Notice.class)
            .setParameter("now", clock.instant())
            .setParameter("all", Audience.ALL)
            .setParameter("team", Audience.TEAM)
            .setParameter("agent", Audience.AGENT)
            .setParameter("supervisor", supervisorNo)
            .setParameter("me", me.getEmployeeNo())
            .setMaxResults(SHOWN)
            .getResultList();
    Set<Long> read = readBy(me.getEmployeeNo(), notices);
    List<NoticeView> views = new ArrayList<>();
    for (Notice n : notices) {
      views.add(view(n, read.contains(n.getId()), 0, 0));
    }
    return views;
  }

  /**
   * The caller has read the notice: a receipt with the time, once (marking it again changes
   * nothing). The sender's open pages are told.
   *
   * @throws BusinessException "not found" for a notice not addressed to the caller
   */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public void markRead(Long id) {
    Employee me = me();
    Notice notice = id == null ? null : em.find(Notice.class, id);
    if (notice == null || !addressedTo(notice, me)) {
      throw new BusinessException("notice.notFound", null, "no notice " + id);
    }
    int inserted =
        em.createNativeQuery(
                "INSERT INTO cd_notice_read (notice_id, employee_no, read_at) SELECT ?, ?, ?"
                    + " FROM dual WHERE NOT EXISTS (SELECT 1 FROM cd_notice_read"
                    + " WHERE notice_id = ? AND employee_no = ?)")
            .setParameter(1, id)
            .setParameter(2, me.getEmployeeNo())
            .setParameter(3, UtcInstantConverter.timestamp(clock.instant()))
            .setParameter(4, id)
            .setParameter(5, me.getEmployeeNo())
            .executeUpdate();
    if (inserted > 0) {
      desks.publish(
          DeskNotice.to(
              notice.getCreatedBy(),
              Json.createObjectBuilder()
                  .add("kind", "notice-read")
                  .add("id", id)
                  .add("by", me.getEmployeeNo())
                  .build()
                  .toString()));
    }
  }

  /**
   * The notices the caller sent (admins: everyone's), newest first (the last 20), with how many of
   * their recipients read them.
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<NoticeView> sent() {
    boolean admin = context.isCallerInRole(Roles.ADMIN);
    var query =
        em.createQuery(
            "select n from Notice n"
                + (admin ? "" : " where n.createdBy = :me")
                + " order by n.createdAt desc, n.id desc",
            Notice.class);
    if (!admin) {
      query.setParameter("me", me().getEmployeeNo());
    }
    List<NoticeView> views = new ArrayList<>();
    for (Notice n : query.setMaxResults(SHOWN).getResultList()) {
      List<NoticeReader> readers = readersOf(n);
      views.add(
          view(n, false, readers.stream().filter(r -> r.readAt() != null).count(), readers.size()));
    }
    return views;
  }

  /**
   * Who a sent notice went to and when each read it (unread last).
   *
   * @throws BusinessException "not found" for a notice the caller did not send (admins: any)
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  public List<NoticeReader> readers(Long id) {
    Notice n = id == null ? null : em.find(Notice.class, id);
    if (n == null
        || !(context.isCallerInRole(Roles.ADMIN)
            || n.getCreatedBy().equals(me().getEmployeeNo()))) {
      throw new BusinessException("notice.notFound", null, "no notice " + id);
    }
    return readersOf(n);
  }

  private List<NoticeReader> readersOf(Notice n) {
    Map<String, Instant> readAt = new HashMap<>();
    for (Object[] r :
        rows(
            em.createNativeQuery(
                    "SELECT employee_no, read_at FROM cd_notice_read WHERE notice_id = ?")
                .setParameter(1, n.getId())
                .getResultList())) {
      readAt.put((String) r[0], UtcInstantConverter.instant((Timestamp) r[1]));
    }
    List<NoticeReader> readers = new ArrayList<>();
    for (Employee e : recipients(n)) {
      readers.add(
          new NoticeReader(e.getEmployeeNo(), e.getFullName(), readAt.get(e.getEmployeeNo())));
    }
    readers.sort(
        (a, b) ->
            a.readAt() == null
                ? (b.readAt() == null ? a.employeeNo().compareTo(b.employeeNo()) : 1)
                : (b.readAt() == null ? -1 : a.readAt().compareTo(b.readAt())));
    return readers;
  }

  /** Whether the notice is for this employee (expired ones no longer are). */
  private boolean addressedTo(Notice n, Employee e) {
    if (n.getExpiresAt() != null && !n.getExpiresAt().isAfter(clock.instant())) {
      return false;
    }
    return switch (n.getAudience()) {
      case ALL -> true;
      case TEAM ->
          n.getAudienceNo().equals(employees.supervisorNoOf(e.getEmployeeNo()).orElse(null));
      case AGENT -> n.getAudienceNo().equals(e.getEmployeeNo());
    };
  }

  /** Everyone the notice is addressed to, as they are now. */
  private List<Employee> recipients(Notice n) {
    return switch (n.getAudience()) {
      case ALL ->
          em.createQuery(
                  "select distinct e from Employee e join e.roles r where e.active = true"
                      + " and r = :agent order by e.employeeNo",
                  Employee.class)
              .setParameter("agent", Role.AGENT)
              .getResultList();
      case TEAM ->
          em.createQuery(
                  "select e from Employee e, Employee s where s.employeeNo = :no"
                      + " and e.supervisorId = s.id and e.active = true order by e.employeeNo",
                  Employee.class)
              .setParameter("no", n.getAudienceNo())
              .getResultList();
      case AGENT -> employees.findByEmployeeNo(n.getAudienceNo()).stream().toList();
    };
  }

  private Set<Long> readBy(String employeeNo, List<Notice> notices) {
    Set<Long> read = new HashSet<>();
    if (notices.isEmpty()) {
      return read;
    }
    long oldest = notices.stream().mapToLong(Notice::getId).min().orElseThrow();
    for (Object id :
        em.createNativeQuery(
                "SELECT notice_id FROM cd_notice_read WHERE employee_no = ? AND notice_id >= ?")
            .setParameter(1, employeeNo)
            .setParameter(2, oldest)
            .getResultList()) {
      read.add(((Number) id).longValue());
    }
    return read;
  }

  private static NoticeView view(Notice n, boolean read, long readers, long recipients) {
    return new NoticeView(
        n.getId(),
        n.getAudience(),
        n.getAudienceNo(),
        n.getBody(),
        n.getCreatedBy(),
        n.getCreatedAt(),
        n.getExpiresAt(),
        read,
        readers,
        recipients);
  }

  private static String abbreviated(String body) {
    return body.length() <= 80 ? body : body.substring(0, 80) + "…";
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(List<?> result) {
    return (List<Object[]>) result;
  }

  private Employee me() {
    String name = context.getCallerPrincipal().getName();
    return employees
        .findByEmployeeNo(name)
        .orElseThrow(() -> new IllegalStateException("no employee " + name));
  }
}
