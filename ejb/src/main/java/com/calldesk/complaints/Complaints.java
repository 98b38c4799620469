package com.calldesk.complaints;

import com.calldesk.calls.CallLink;
import com.calldesk.calls.CallLog;
import com.calldesk.customers.CustomerCard;
import com.calldesk.customers.Customers;
import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.RecordAccess;
import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.CodeName;
import com.calldesk.shared.InvalidInput;
import com.calldesk.shared.ReferenceLists;
import com.calldesk.shared.ReferenceView;
import com.calldesk.shared.SerialNumbers;
import com.calldesk.shared.UtcInstantConverter;
import com.calldesk.users.Department;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Complaints (投诉, SPEC §4): intake, the lifecycle as a state machine, due times that stop while the
 * case waits on the customer, repeat complaints linked to the earlier one, the lists and the
 * supervisors' statistics.
 *
 * <p>Who may see a complaint: its author, the author's supervisor, and every supervisor (the
 * supervisors' "all" list: a complaint is the center's matter, escalated across teams). Anyone else
 * is told it does not exist. Admins do not see complaints.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class Complaints {

  /** Instants bound into native SQL as the entities store them: UTC. */
  private static final UtcInstantConverter UTC = new UtcInstantConverter();

  static final String SUBJECT = "Complaint";

  /** Largest page a list may ask for. */
  public static final int MAX_PAGE = 200;

  @PersistenceContext private EntityManager em;
  @Inject private Customers customers;
  @Inject private CallLog calls;
  @Inject private EmployeeRepository employees;
  @Inject private AuditTrail audit;
  @Inject private RecordAccess access;
  @Inject private ReferenceLists referenceLists;
  @Inject private SerialNumbers serials;
  @Inject private ComplaintSettings settings;
  @Inject private ComplaintCounts monthlyCounts;
  @Inject private Clock clock;
  @Inject private jakarta.enterprise.event.Event<ComplaintClosed> closedEvents;
  @Inject private jakarta.enterprise.event.Event<ComplaintMoved> movedEvents;
  @Inject private ComplaintIntake intake;
  @Resource private SessionContext context;

  /**
   * Takes a complaint in: RECEIVED, due by its category's hours, linked to an earlier open (or
   * lately closed) complaint of the customer about the same target or in the same category.
   *
   * @throws InvalidInput listing every field that is wrong; nothing is saved
   */
  public ComplaintView receive(NewComplaint raw) {
    CallLink call =
        raw.callId() == null || raw.callId().isBlank() ? null : calls.linkFor(raw.callId());
    if (call != null) {
      new InvalidInput.Check()
          .require(
              raw.customerId() == null || raw.customerId().equals(call.customerId()),
              "customer",
              "complaint.otherCustomer")
          .throwIfAny();
    }
    return view(
        intake.receive(
            raw,
            call == null ? null : call.callRowId(),
            employees.findByEmployeeNo(me()).orElseThrow(),
            null));
  }

  /**
   * Moves a complaint on. Refused, changing nothing: a screen showing an older version (someone
   * moved it on meanwhile), a move the state machine does not allow from the current state, a
   * supervisor's move by an agent, missing or bad fields.
   */
  public ComplaintView move(ComplaintMove in) {
    Complaint c = findForUpdate(in.complaintId());
    if (c.getVersion() != in.version()) {
      throw new BusinessException(
          "complaint.changedMeanwhile",
          null,
          "complaint " + c.getId() + " changed meanwhile",
          c.getUpdatedBy());
    }
    ComplaintAction action = in.action();
    if (action == null || !action.allowedFrom(c.getState())) {
      throw new BusinessException(
          "complaint.illegalMove",
          null,
          action + " not allowed from " + c.getState(),
          action == null ? "?" : action.name(),
          c.getState().name());
    }
    if (action.supervisorOnly() && !context.isCallerInRole(Roles.SUPERVISOR)) {
      throw new BusinessException(
          "complaint.supervisorOnly", null, action + " needs a supervisor", action.name());
    }
    String text = InvalidInput.clean(in.text());
    InvalidInput.Check check = new InvalidInput.Check();
    switch (action) {
      case REJECT -> check.text(text, true, 1000, "text");
      case ACCEPT ->
          check
              .text(text, false, 1000, "text")
              .require(
                  referenceLists.isActive(Department.class, in.departmentCode()),
                  "department",
                  "complaint.badDepartment");
      case INVESTIGATE ->
          check
              .require(in.cause() != null, "cause", "input.required")
              .text(in.responsiblePerson(), true, 100, "responsiblePerson")
              .text(text, false, 1000, "text");
      case PROPOSE_PLAN, RESOLVE -> check.text(text, true, 2000, "text");
      case RETURN_PLAN, HOLD -> check.text(text, true, 500, "text");
      case CLOSE ->
          check
              .text(text, true, 2000, "text")
              .require(
                  in.satisfaction() != null && in.satisfaction() >= 1 && in.satisfaction() <= 5,
                  "satisfaction",
                  "complaint.badSatisfaction");
      case APPROVE_PLAN, RESUME -> check.text(text, false, 500, "text");
    }
    check.throwIfAny();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    // Out of the count it was in; into its new one below, once the move has set its fields.
    monthlyCounts.add(c, -1);
    switch (action) {
      case REJECT -> c.reject(text);
      case ACCEPT -> c.accept(in.departmentCode());
      case INVESTIGATE ->
          c.investigate(in.cause(), text, InvalidInput.clean(in.responsiblePerson()));
      case PROPOSE_PLAN -> c.proposePlan(text);
      case RESOLVE -> c.resolve(text);
      case CLOSE ->
          c.customerReplied(
              text,
              in.satisfaction(),
              LocalDate.ofInstant(now, settings.zone()).plusDays(settings.followupDays()));
      case HOLD -> c.hold(text);
      default -> {}
    }
    ComplaintState from = c.getState();
    c.move(action, me(), now);
    em.flush();
    monthlyCounts.add(c, 1);
    String detail = detailOf(action, in, text);
    step(c, action.name(), from, detail, now);
    audit.record("COMPLAINT_" + action.name(), SUBJECT, c.getId(), from + " -> " + c.getState());
    if (action == ComplaintAction.CLOSE) {
      closedEvents.fire(new ComplaintClosed(c.getId()));
    }
    movedEvents.fire(new ComplaintMoved(c.getId(), c.getComplaintNo(), c.getState(), detail));
    return view(c);
  }

  public ComplaintView view(Long id) {
    return view(find(id));
  }

  /**
   * A page of a list, filtered, sorted and paged in the database. Agents see their own; the team
   * and all lists are the supervisors'.
   */
  public ComplaintPage page(ComplaintFilter filter, int first, int size) {
    return new ComplaintPage(rows(filter, first, size), count(filter));
  }

  /**
   * The rows of one page of a list, without its total: a pager that asks for the total itself
   * ({@link #count}) does not have it counted twice.
   */
  public List<ComplaintRow> rows(ComplaintFilter filter, int first, int size) {
    Where where = where(filter, false);
    String sort =
        SORT_COLUMNS.getOrDefault(filter.sort() == null ? "" : filter.sort(), "received_at");
    String direction = filter.ascending() ? " ASC" : " DESC";
    // The page's ids in SQL with OFFSET/FETCH (Oracle 12c and H2 alike): the database stops at the
    // page, reading an index in order. The JPA paging of the Oracle platform wraps the query in
    // ROWNUM, and H2 then sorts every match first (0.9 s over 100,000 complaints).
    Query ids =
        em.createNativeQuery(
            "SELECT id FROM cd_complaint"
                + where.sql()
                + " ORDER BY "
                + sort
                + direction
                + ", id"
                + direction
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
    int i = 1;
    for (Object value : where.values()) {
      ids.setParameter(i++, value);
    }
    ids.setParameter(i++, Math.max(0, first));
    ids.setParameter(i, Math.max(1, Math.min(MAX_PAGE, size)));
    List<Long> pageIds =
        ((List<?>) ids.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
    Map<Long, Complaint> byId = new java.util.HashMap<>();
    Map<Long, String[]> names = new java.util.HashMap<>();
    if (!pageIds.isEmpty()) {
      em.createQuery("select c from Complaint c where c.id in :ids", Complaint.class)
          .setParameter("ids", pageIds)
          .getResultList()
          .forEach(c -> byId.put(c.getId(), c));
      em.createQuery(
              "select k.id, k.customerNo, k.fullName from Customer k where k.id in :ids",
              Object[].class)
          .setParameter(
              "ids", byId.values().stream().map(Complaint::getCustomerId).distinct().toList())
          .getResultList()
          .forEach(r -> names.put((Long) r[0], new String[] {(String) r[1], (String) r[2]}));
    }
    Instant now = clock.instant();
    Duration soon = settings.dueSoon();
    return pageIds.stream()
        .map(byId::get)
        .map(c -> row(names.get(c.getCustomerId()), c, now, soon))
        .toList();
  }

  /** Columns a list may be sorted by, as the screen names them. */
  private static final Map<String, String> SORT_COLUMNS =
      Map.of(
          "receivedAt", "received_at",
          "dueAt", "due_at",
          "complaintNo", "complaint_no",
          "state", "state",
          "agentNo", "agent_no");

  /** How many complaints a list has (the pager's total). */
  public long count(ComplaintFilter filter) {
    return count(where(filter, true));
  }

  private long count(Where where) {
    Query count = em.createNativeQuery("SELECT COUNT(*) FROM cd_complaint" + where.sql());
    int i = 1;
    for (Object value : where.values()) {
      count.setParameter(i++, value);
    }
    return ((Number) count.getSingleResult()).longValue();
  }

  /**
   * A list's condition in SQL: fixed text of this class with positional parameters, never user
   * text.
   */
  private record Where(String sql, List<Object> values) {}

  private Where where(ComplaintFilter filter, boolean forCount) {
    if (filter.scope() != ComplaintFilter.Scope.MINE && !context.isCallerInRole(Roles.SUPERVISOR)) {
      throw new BusinessException("complaint.supervisorOnly", null, "team lists", "LIST");
    }
    Employee me = employees.findByEmployeeNo(me()).orElseThrow();
    List<String> conditions = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    switch (filter.scope()) {
      case MINE -> {
        conditions.add("agent_id = ?");
        values.add(me.getId());
      }
      case TEAM -> {
        if (forCount) {
          // Counting: the team's ids, each a range of the agent index.
          List<Long> team = team(me);
          conditions.add(
              "agent_id IN (" + String.join(", ", Collections.nCopies(team.size(), "?")) + ")");
          values.addAll(team);
        } else {
          // A page: the newest complaints first, each checked against the team, so the database
          // reads the time index in order and stops at the page (the IN list made it sort all).
          conditions.add(
              "EXISTS (SELECT 1 FROM cd_employee e WHERE e.id = cd_complaint.agent_id"
                  + " AND (e.supervisor_id = ? OR e.id = ?))");
          values.add(me.getId());
          values.add(me.getId());
        }
      }
      case ALL -> {}
    }
    if (filter.state() != null) {
      conditions.add("state = ?");
      values.add(filter.state().name());
    }
    if (filter.categoryCode() != null && !filter.categoryCode().isBlank()) {
      conditions.add("category_code = ?");
      values.add(filter.categoryCode());
    }
    if (filter.departmentCode() != null && !filter.departmentCode().isBlank()) {
      conditions.add("department_code = ?");
      values.add(filter.departmentCode());
    }
    if (filter.agentNo() != null && !filter.agentNo().isBlank()) {
      conditions.add("agent_no = ?");
      values.add(filter.agentNo().strip());
    }
    if (filter.overdueOnly()) {
      Set<ComplaintState> open = openStates();
      conditions.add(
          "state IN ("
              + String.join(", ", Collections.nCopies(open.size(), "?"))
              + ") AND due_at < ? AND paused_since IS NULL");
      open.forEach(state -> values.add(state.name()));
      values.add(UTC.convertToDatabaseColumn(clock.instant()));
    }
    return new Where(
        conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
  }

  /** The supervisor and the agents reporting to them. */
  private List<Long> team(Employee supervisor) {
    return em.createQuery(
            "select e.id from Employee e where e.supervisorId = :me or e.id = :me", Long.class)
        .setParameter("me", supervisor.getId())
        .getResultList();
  }

  /** A list row from a query of (complaint, customer number, customer name). */
  private static ComplaintRow row(Object[] r, Instant now, Duration soon) {
    return row(new String[] {(String) r[1], (String) r[2]}, (Complaint) r[0], now, soon);
  }

  /**
   * @param customer the customer's number and name
   */
  private static ComplaintRow row(String[] customer, Complaint c, Instant now, Duration soon) {
    return new ComplaintRow(
        c.getId(),
        c.getComplaintNo(),
        customer[0],
        customer[1],
        c.getCategoryCode(),
        c.getTargetType(),
        c.getTarget(),
        c.getState(),
        c.getDepartmentCode(),
        c.getAgentNo(),
        c.getReceivedAt(),
        c.getDueAt(),
        c.overdueAt(now),
        c.dueSoonAt(now, soon),
        c.getRepeatOfId() != null || c.isRepeated());
  }

  /**
   * Complaints received from {@code from} to {@code to} (whole days, both included), counted by
   * category, department, cause and state.
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public ComplaintStatistics statistics(LocalDate from, LocalDate to) {
    new InvalidInput.Check()
        .require(from != null, "from", "input.required")
        .require(to != null, "to", "input.required")
        .require(from == null || to == null || !to.isBefore(from), "to", "complaint.badPeriod")
        .throwIfAny();
    Instant start = from.atStartOfDay(settings.zone()).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(settings.zone()).toInstant();
    Map<String, Long> byCategory = new LinkedHashMap<>();
    Map<String, Long> byDepartment = new LinkedHashMap<>();
    Map<String, Long> byCause = new LinkedHashMap<>();
    Map<String, Long> byState = new LinkedHashMap<>();
    long[] total = {0};
    java.util.function.Consumer<Object[]> add =
        r -> {
          long n = ((Number) r[4]).longValue();
          total[0] += n;
          byCategory.merge(code(r[0]), n, Long::sum);
          byDepartment.merge(code(r[1]), n, Long::sum);
          byCause.merge(code(r[2]), n, Long::sum);
          byState.merge(code(r[3]), n, Long::sum);
        };
    // Whole months from the monthly counts; the partial months at the edges from the complaints.
    LocalDate firstWhole = ComplaintCounts.monthOf(start);
    if (firstWhole.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().isBefore(start)) {
      firstWhole = firstWhole.plusMonths(1);
    }
    LocalDate endOfWhole = ComplaintCounts.monthOf(end);
    if (firstWhole.isBefore(endOfWhole)) {
      counted(start, firstWhole.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), add);
      monthlyCounts.months(firstWhole, endOfWhole, add);
      counted(endOfWhole.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), end, add);
    } else {
      counted(start, end, add);
    }
    return new ComplaintStatistics(
        from,
        to,
        total[0],
        counts(byCategory),
        counts(byDepartment),
        counts(byCause),
        counts(byState));
  }

  /** Complaints received in [start, end), counted from the complaints themselves. */
  private void counted(Instant start, Instant end, java.util.function.Consumer<Object[]> sink) {
    if (!start.isBefore(end)) {
      return;
    }
    em.createQuery(
            "select c.categoryCode, c.departmentCode, c.causeCode, c.state, count(c)"
                + " from Complaint c where c.receivedAt >= :start and c.receivedAt < :end"
                + " group by c.categoryCode, c.departmentCode, c.causeCode, c.state",
            Object[].class)
        .setParameter("start", start)
        .setParameter("end", end)
        .getResultList()
        .forEach(sink);
  }

  private static String code(Object value) {
    return value == null ? null : value.toString();
  }

  /** Most first; ties by code. */
  private static List<ComplaintStatistics.Count> counts(Map<String, Long> counted) {
    return counted.entrySet().stream()
        .map(e -> new ComplaintStatistics.Count(e.getKey(), e.getValue()))
        .sorted(
            java.util.Comparator.comparingLong(ComplaintStatistics.Count::count)
                .reversed()
                .thenComparing(
                    ComplaintStatistics.Count::code,
                    java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .toList();
  }

  /** Overdue and due-soon complaints of my team (a supervisor's info bar), most overdue first. */
  @RolesAllowed(Roles.SUPERVISOR)
  public List<ComplaintRow> alertsForMe() {
    Employee me = employees.findByEmployeeNo(me()).orElseThrow();
    Instant now = clock.instant();
    Duration soon = settings.dueSoon();
    return em
        .createQuery(
            "select c, k.customerNo, k.fullName from Complaint c, Customer k"
                + " where k.id = c.customerId and c.state in :open and c.pausedSince is null"
                + " and c.dueAt < :soon and c.agentId in :team order by c.dueAt",
            Object[].class)
        .setParameter("open", openStates())
        .setParameter("soon", now.plus(soon))
        .setParameter("team", team(me))
        .setMaxResults(20)
        .getResultList()
        .stream()
        .map(r -> row(r, now, soon))
        .toList();
  }

  /** The categories an agent may choose from. */
  public List<CodeName> categories() {
    return referenceLists.active(ComplaintCategory.class);
  }

  /** The departments a complaint can be made the responsibility of. */
  public List<CodeName> departments() {
    return referenceLists.active(Department.class);
  }

  /** Every category with its due hours, retired ones too, for admins. */
  @RolesAllowed(Roles.ADMIN)
  public List<ReferenceView> allCategories() {
    return referenceLists.all(ComplaintCategory.class);
  }

  /** The due hours of each category, by code. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  public Map<String, Integer> dueHours() {
    Map<String, Integer> hours = new LinkedHashMap<>();
    em.createQuery(
            "select c from ComplaintCategory c order by c.sortOrder", ComplaintCategory.class)
        .getResultList()
        .forEach(c -> hours.put(c.getCode(), c.getDueHours()));
    return hours;
  }

  /**
   * Creates or changes a complaint category with its due hours (new complaints only: a case keeps
   * the due time it was given).
   *
   * @throws InvalidInput for bad names, code or hours
   */
  @RolesAllowed(Roles.ADMIN)
  public ReferenceView saveCategory(ReferenceView in, int dueHours) {
    new InvalidInput.Check()
        .require(dueHours >= 1 && dueHours <= 8760, "dueHours", "complaint.badDueHours")
        .throwIfAny();
    ReferenceView saved =
        referenceLists.save(
            ComplaintCategory.class,
            "COMPLAINT_CATEGORY",
            ReferenceLists.UPPER_CODE,
            ComplaintCategory::new,
            in,
            "reference.changedMeanwhile");
    ComplaintCategory category = em.find(ComplaintCategory.class, saved.code());
    if (category.getDueHours() != dueHours) {
      category.setDueHours(dueHours);
      em.flush();
      audit.record(
          "COMPLAINT_CATEGORY_DUE", "ComplaintCategory", saved.code(), dueHours + " hours");
    }
    return category.view();
  }

  static Set<ComplaintState> openStates() {
    Set<ComplaintState> open = EnumSet.allOf(ComplaintState.class);
    open.removeIf(ComplaintState::finished);
    return open;
  }

  private String detailOf(ComplaintAction action, ComplaintMove in, String text) {
    return switch (action) {
      case ACCEPT -> in.departmentCode() + (text == null ? "" : ": " + text);
      case INVESTIGATE ->
          in.cause()
              + ", "
              + InvalidInput.clean(in.responsiblePerson())
              + (text == null ? "" : ": " + text);
      case CLOSE -> in.satisfaction() + "/5: " + text;
      default -> text;
    };
  }

  void step(Complaint c, String action, ComplaintState from, String detail, Instant at) {
    intake.step(c, action, from, detail, at);
  }

  private ComplaintView view(Complaint c) {
    Instant now = clock.instant();
    CustomerCard customer = customers.card(c.getCustomerId());
    String callId = calls.callIdOf(c.getCallRowId());
    String repeatOfNo =
        c.getRepeatOfId() == null
            ? null
            : em.find(Complaint.class, c.getRepeatOfId()).getComplaintNo();
    List<String> repeatedBy =
        c.isRepeated()
            ? em.createQuery(
                    "select r.complaintNo from Complaint r where r.repeatOfId = :id order by r.id",
                    String.class)
                .setParameter("id", c.getId())
                .getResultList()
            : List.of();
    List<ComplaintView.StepView> steps =
        em
            .createQuery(
                "select s from ComplaintStep s where s.complaintId = :id order by s.doneAt, s.id",
                ComplaintStep.class)
            .setParameter("id", c.getId())
            .getResultList()
            .stream()
            .map(
                s ->
                    new ComplaintView.StepView(
                        s.getAction(),
                        s.getFromState(),
                        s.getToState(),
                        s.getDetail(),
                        s.getDoneBy(),
                        s.getDoneAt()))
            .toList();
    Set<ComplaintAction> moves = ComplaintAction.from(c.getState());
    if (!context.isCallerInRole(Roles.SUPERVISOR)) {
      moves.removeIf(ComplaintAction::supervisorOnly);
    }
    return new ComplaintView(
        c.getId(),
        c.getComplaintNo(),
        customer.id(),
        customer.customerNo(),
        customer.fullName(),
        callId,
        c.getChannel(),
        c.getCategoryCode(),
        c.getTargetType(),
        c.getTarget(),
        c.getContent(),
        c.getReceivedAt(),
        c.getState(),
        c.getHeldFrom(),
        c.getHoldReason(),
        c.getDueAt(),
        c.getPausedSeconds(),
        c.overdueAt(now),
        c.dueSoonAt(now, settings.dueSoon()),
        c.getDepartmentCode(),
        c.getRejection(),
        c.getCauseCode(),
        c.getCause(),
        c.getResponsiblePerson(),
        c.getPlan(),
        c.getResolution(),
        c.getFeedback(),
        c.getSatisfaction(),
        repeatOfNo,
        c.getRepeatOfId(),
        repeatedBy,
        c.getAgentNo(),
        c.getClosedAt(),
        c.getFollowupDueOn(),
        c.getVersion(),
        moves,
        steps);
  }

  private Complaint find(Long id) {
    Complaint c = id == null ? null : em.find(Complaint.class, id);
    return visible(c, id);
  }

  private Complaint findForUpdate(Long id) {
    Complaint c = id == null ? null : em.find(Complaint.class, id, LockModeType.PESSIMISTIC_WRITE);
    return visible(c, id);
  }

  /** Author, author's supervisor, any supervisor; everyone else: "not found", as for a bad id. */
  private Complaint visible(Complaint c, Long id) {
    if (c == null
        || !(context.isCallerInRole(Roles.SUPERVISOR)
            || access.maySee(c.getAgentId(), RecordAccess.Admins.DO_NOT_SEE))) {
      throw new BusinessException("complaint.notFound", null, "no complaint " + id);
    }
    return c;
  }

  private String me() {
    return context.getCallerPrincipal().getName();
  }
}
