package com.calldesk.workorders;

import com.calldesk.customers.Customers;
import com.calldesk.messaging.OutboundMessages;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.RecordAccess;
import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The work-order console (中心表单管理, SPEC §6): one list per state, paged in the database; dispatch to
 * a work area and a technician (a dispatch task to the telephone side, which dials the area, in the
 * same transaction); the area's handling, a send-back as misdispatched (反单) with its explanation,
 * dispatching again (重复派单), completion and the audit (审核) after which the order leaves the active
 * lists.
 *
 * <p>A work order is seen by the agent who booked its appointment and that agent's supervisor;
 * anyone else is told it does not exist. A supervisor's lists hold their team's orders (and their
 * own); the console is the supervisors'.
 */
@Stateless
@RolesAllowed(Roles.SUPERVISOR)
public class WorkOrders {

  static final String SUBJECT = "WorkOrder";

  /** The version of dispatch.task that carries work orders. */
  public static final int TASK_VERSION = 2;

  /** The most rows a page may ask for. */
  public static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;
  @Inject private Customers customers;
  @Inject private EmployeeRepository employees;
  @Inject private RecordAccess access;
  @Inject private AuditTrail audit;
  @Inject private OutboundMessages outbound;
  @Inject private WorkOrderSteps steps;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** One page of a state's list, oldest first (the longest waiting at the top). */
  public WorkOrderPage list(WorkOrderState state, int first, int max) {
    List<Long> authors = employees.selfAndTeam(me().getId());
    // The page's ids first, on the state index alone; then only those rows with what they show.
    List<Long> ids =
        em.createQuery(
                "select w.id from WorkOrder w where w.state = :state and w.agentId in :authors"
                    + " order by w.createdAt, w.id",
                Long.class)
            .setParameter("state", state)
            .setParameter("authors", authors)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(MAX_PAGE, max)))
            .getResultList();
    long total =
        em.createQuery(
                "select count(w) from WorkOrder w where w.state = :state and w.agentId in :authors",
                Long.class)
            .setParameter("state", state)
            .setParameter("authors", authors)
            .getSingleResult();
    if (ids.isEmpty()) {
      return new WorkOrderPage(List.of(), total);
    }
    List<WorkOrderRow> page =
        em
            .createQuery(
                "select w, k.customerNo, k.fullName, a.appointmentNo, s.startsAt, wa.name, t.name"
                    + " from WorkOrder w join Customer k on k.id = w.customerId"
                    + " join Appointment a on a.id = w.appointmentId"
                    + " join AppointmentSlot s on s.id = a.slotId"
                    + " left join WorkArea wa on wa.id = w.workAreaId"
                    + " left join Technician t on t.id = w.technicianId"
                    + " where w.id in :ids order by w.createdAt, w.id",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .map(
                x -> {
                  WorkOrder w = (WorkOrder) x[0];
                  return new WorkOrderRow(
                      w.getId(),
                      w.getOrderNo(),
                      (String) x[1],
                      (String) x[2],
                      (String) x[3],
                      (Instant) x[4],
                      w.getRequest(),
                      w.getState(),
                      (String) x[5],
                      (String) x[6],
                      w.getDispatchCount(),
                      w.getSentBackReason(),
                      w.getCreatedAt());
                })
            .toList();
    return new WorkOrderPage(page, total);
  }

  /** A work order with its history; agents may read the ones they booked. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public WorkOrderView view(Long id) {
    return view(visible(id == null ? null : em.find(WorkOrder.class, id), id));
  }

  /**
   * Dispatches (派单) the order to a work area and one of its technicians, or dispatches it again
   * after it was sent back (重复派单): a dispatch task goes to the telephone side in the same
   * transaction.
   *
   * @throws InvalidInput when the area or the technician is missing, retired or not the area's
   */
  public WorkOrderView dispatch(
      Long id, long version, Long workAreaId, Long technicianId, String rawNote) {
    WorkOrder w = findForUpdate(id, version);
    allowed(w, WorkOrderState.Action.DISPATCH);
    String note = InvalidInput.clean(rawNote);
    WorkArea area = workAreaId == null ? null : em.find(WorkArea.class, workAreaId);
    Technician tech = technicianId == null ? null : em.find(Technician.class, technicianId);
    InvalidInput.Check check =
        new InvalidInput.Check()
            .require(area != null && area.isActive(), "workArea", "workOrder.badArea")
            .require(
                tech != null
                    && tech.isActive()
                    && area != null
                    && tech.getWorkAreaId().equals(area.getId()),
                "technician",
                "workOrder.badTechnician")
            .text(note, false, 500, "dispatchNote");
    check.throwIfAny();
    Instant now = clock.instant();
    boolean again = w.getDispatchCount() > 0;
    String taskId = UUID.randomUUID().toString();
    w.dispatched(area.getId(), tech.getId(), taskId, me().getEmployeeNo(), now);
    em.persist(
        new WorkOrderDispatch(
            taskId, w.getId(), area.getId(), tech.getId(), me().getEmployeeNo(), now));
    em.flush();
    steps.add(
        w,
        again ? "REDISPATCHED" : "DISPATCHED",
        area.getName() + " · " + tech.getName() + (note == null ? "" : " · " + note),
        now);
    // One view of the dispatched order: the task is made from it, and the screen gets it back.
    em.flush();
    WorkOrderView dispatched = view(w);
    outbound.send(
        CallDeskQueue.DISPATCH_TASKS,
        new Envelope(
            "dispatch.task",
            TASK_VERSION,
            taskId,
            taskId,
            now,
            task(taskId, w, area, tech, dispatched)),
        w.getOrderNo());
    audit.record(
        again ? "WORK_ORDER_REDISPATCHED" : "WORK_ORDER_DISPATCHED",
        SUBJECT,
        w.getId(),
        area.getName() + ", " + tech.getName() + ", task " + taskId);
    return dispatched;
  }

  /** The work area's handling so far (处理情况), as it reports it; the order is in progress. */
  public WorkOrderView process(Long id, long version, String rawHandling) {
    WorkOrder w = findForUpdate(id, version);
    allowed(w, WorkOrderState.Action.PROCESS);
    String handling = required(rawHandling, 2000, "handling");
    Instant now = clock.instant();
    w.move(WorkOrderState.Action.PROCESS, me().getEmployeeNo(), now);
    w.handled(handling);
    return moved(w, "PROCESSED", handling, now);
  }

  /** The work area sends the order back as misdispatched (反单), with its explanation. */
  public WorkOrderView sendBack(Long id, long version, String rawExplanation) {
    WorkOrder w = findForUpdate(id, version);
    allowed(w, WorkOrderState.Action.SEND_BACK);
    String explanation = required(rawExplanation, 1000, "explanation");
    Instant now = clock.instant();
    w.sentBack(explanation, me().getEmployeeNo(), now);
    return moved(w, "SENT_BACK", explanation, now);
  }

  /** The work area finished the repair; the order waits for its audit. */
  public WorkOrderView complete(Long id, long version, String rawHandling) {
    WorkOrder w = findForUpdate(id, version);
    allowed(w, WorkOrderState.Action.COMPLETE);
    String handling = required(rawHandling, 2000, "handling");
    Instant now = clock.instant();
    w.move(WorkOrderState.Action.COMPLETE, me().getEmployeeNo(), now);
    w.handled(handling);
    return moved(w, "COMPLETED", handling, now);
  }

  /** The audit (审核) of a completed order: it leaves the active lists. */
  public WorkOrderView audit(Long id, long version, String rawRemark) {
    WorkOrder w = findForUpdate(id, version);
    allowed(w, WorkOrderState.Action.AUDIT);
    String remark = InvalidInput.clean(rawRemark);
    new InvalidInput.Check().text(remark, false, 1000, "auditRemark").throwIfAny();
    Instant now = clock.instant();
    w.move(WorkOrderState.Action.AUDIT, me().getEmployeeNo(), now);
    return moved(w, "AUDITED", remark, now);
  }

  /** Active work areas, by name. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public List<WorkAreaView> areas() {
    return em
        .createQuery(
            "select a from WorkArea a where a.active = true order by a.name", WorkArea.class)
        .getResultList()
        .stream()
        .map(WorkArea::view)
        .toList();
  }

  /** The active technicians of a work area, by name. */
  public List<TechnicianView> techniciansOf(Long workAreaId) {
    return em
        .createQuery(
            "select t from Technician t where t.workAreaId = :area and t.active = true"
                + " order by t.name",
            Technician.class)
        .setParameter("area", workAreaId)
        .getResultList()
        .stream()
        .map(Technician::view)
        .toList();
  }

  private WorkOrderView moved(WorkOrder w, String action, String detail, Instant now) {
    em.flush();
    steps.add(w, action, detail, now);
    audit.record("WORK_ORDER_" + action, SUBJECT, w.getId(), detail);
    return view(w);
  }

  WorkOrderView view(WorkOrder w) {
    return steps.view(w, customers.card(w.getCustomerId()));
  }

  static JsonObject task(
      String taskId, WorkOrder w, WorkArea area, Technician tech, WorkOrderView order) {
    var contact =
        Json.createObjectBuilder()
            .add("name", order.customerName() == null ? order.customerNo() : order.customerName());
    if (order.customerPhone() != null) {
      contact.add("phone", order.customerPhone());
    }
    return Json.createObjectBuilder()
        .add("taskId", taskId)
        .add("kind", "WORK_ORDER")
        .add("reference", w.getOrderNo())
        .add(
            "unit",
            Json.createObjectBuilder()
                .add("id", area.getId())
                .add("name", area.getName())
                .add("phone", area.getPhone()))
        .add(
            "technician",
            Json.createObjectBuilder()
                .add("id", tech.getId())
                .add("name", tech.getName())
                .add("phone", tech.getPhone()))
        .add("location", order.address() != null ? order.address() : order.location())
        .add("symptom", w.getRequest())
        .add("contact", contact)
        .add(
            "appointment",
            Json.createObjectBuilder()
                .add("startsAt", order.slotStartsAt().toString())
                .add("endsAt", order.slotEndsAt().toString()))
        .build();
  }

  private static void allowed(WorkOrder w, WorkOrderState.Action action) {
    if (!w.getState().allows(action)) {
      throw new BusinessException(
          "workOrder.notNow",
          null,
          action + " not allowed on a " + w.getState() + " work order",
          w.getState().name());
    }
  }

  private static String required(String raw, int max, String field) {
    String v = InvalidInput.clean(raw);
    new InvalidInput.Check().text(v, true, max, field).throwIfAny();
    return v;
  }

  private WorkOrder findForUpdate(Long id, long version) {
    WorkOrder w =
        visible(
            id == null ? null : em.find(WorkOrder.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    if (w.getVersion() != version) {
      throw new BusinessException(
          "workOrder.changedMeanwhile", null, "work order changed meanwhile");
    }
    return w;
  }

  private WorkOrder visible(WorkOrder w, Long id) {
    if (w == null || !access.maySee(w.getAgentId(), RecordAccess.Admins.DO_NOT_SEE)) {
      throw new BusinessException("workOrder.notFound", null, "no work order " + id);
    }
    return w;
  }

  private Employee me() {
    return employees.findByEmployeeNo(context.getCallerPrincipal().getName()).orElseThrow();
  }
}
