package com.calldesk.rescue;

import com.calldesk.calls.CallLink;
import com.calldesk.calls.CallLog;
import com.calldesk.customers.CustomerCard;
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
import com.calldesk.shared.PhoneNumbers;
import com.calldesk.shared.SerialNumbers;
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
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Roadside rescue dispatch (救援, SPEC §5): the case the agent records, the units admins keep, and
 * Notify, which sends a dispatch task to the telephone side in the same transaction as the process
 * record's entry. The units' answers come back through {@link DispatchResults}.
 *
 * <p>A case is seen by its author and the author's supervisor; anyone else is told it does not
 * exist.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class Rescue {

  static final String SUBJECT = "RescueCase";

  /** The version of dispatch.task CallDesk sends. */
  public static final int TASK_VERSION = 1;

  /**
   * A mainland licence plate: province, letter, then five (or six for new-energy vehicles) letters
   * or digits, without I and O; the last may be 挂, 学, 警, 港 or 澳.
   */
  static final Pattern PLATE =
      Pattern.compile(
          "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]"
              + "[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]");

  static final int ROWS = 50;

  @PersistenceContext private EntityManager em;
  @Inject private Customers customers;
  @Inject private CallLog calls;
  @Inject private EmployeeRepository employees;
  @Inject private AuditTrail audit;
  @Inject private RecordAccess access;
  @Inject private SerialNumbers serials;
  @Inject private OutboundMessages outbound;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /**
   * Saves a rescue case, with the customer and the time of the call it came in on.
   *
   * @throws InvalidInput listing every field that is wrong; nothing is saved
   */
  public RescueCaseView open(NewRescueCase raw) {
    NewRescueCase in =
        new NewRescueCase(
            raw.customerId(),
            raw.callId(),
            InvalidInput.clean(raw.vehicleModel()),
            plate(raw.plateNo()),
            InvalidInput.clean(raw.contactPerson()),
            PhoneNumbers.normalise(raw.contactPhone()),
            InvalidInput.clean(raw.faultLocation()),
            InvalidInput.clean(raw.serviceArea()),
            InvalidInput.clean(raw.faultSymptom()));
    InvalidInput.Check check = new InvalidInput.Check();
    check
        .require(in.customerId() != null, "customer", "rescue.noCustomer")
        .text(in.vehicleModel(), true, 60, "vehicleModel")
        .text(in.plateNo(), true, 10, "plateNo")
        .text(in.contactPerson(), true, 60, "contactPerson")
        .text(in.contactPhone(), true, 20, "contactPhone")
        .text(in.faultLocation(), true, 200, "faultLocation")
        .text(in.serviceArea(), false, 60, "serviceArea")
        .text(in.faultSymptom(), true, 1000, "faultSymptom");
    if (check.ok("plateNo")) {
      check.require(PLATE.matcher(in.plateNo()).matches(), "plateNo", "rescue.badPlate");
    }
    if (check.ok("contactPhone")) {
      check.require(PhoneNumbers.dialable(in.contactPhone()), "contactPhone", "rescue.badPhone");
    }
    CallLink call = null;
    Instant calledAt = clock.instant();
    if (in.callId() != null && !in.callId().isBlank()) {
      call = calls.linkFor(in.callId());
      check.require(
          in.customerId() == null || in.customerId().equals(call.customerId()),
          "customer",
          "rescue.otherCustomer");
      calledAt =
          em.createQuery("select c.offeredAt from PhoneCall c where c.id = :id", Instant.class)
              .setParameter("id", call.callRowId())
              .getSingleResult();
    }
    check.throwIfAny();
    CustomerCard customer = customers.card(in.customerId());
    Employee me = employees.findByEmployeeNo(me()).orElseThrow();
    Instant now = clock.instant();
    RescueCase rescue =
        new RescueCase(
            String.format("JY%08d", serials.next(SerialNumbers.RESCUE_NO)),
            customer.id(),
            call == null ? null : call.callRowId(),
            calledAt,
            in,
            me.getId(),
            me.getEmployeeNo(),
            now);
    em.persist(rescue);
    em.flush();
    step(rescue, "OPENED", in.plateNo() + " · " + in.faultLocation(), now);
    audit.record(
        "RESCUE_OPENED",
        SUBJECT,
        rescue.getId(),
        rescue.getCaseNo()
            + ", customer "
            + customer.customerNo()
            + (call == null ? "" : ", call " + call.callId()));
    return view(rescue);
  }

  /**
   * Notify (通知): sends the unit a dispatch task on the dispatch queue, and writes it in the process
   * record, in one transaction: if anything fails, neither happens.
   *
   * @param version the version of the case the screen shows: a stale screen is refused
   */
  public RescueCaseView notifyUnit(Long caseId, long version, Long unitId) {
    RescueCase rescue = findForUpdate(caseId);
    if (rescue.getVersion() != version) {
      throw new BusinessException("rescue.changedMeanwhile", null, "case changed meanwhile");
    }
    if (rescue.getState() != RescueState.OPEN) {
      throw new BusinessException(
          "rescue.notNow", null, "case is " + rescue.getState(), rescue.getState().name());
    }
    RescueUnit unit = unitId == null ? null : em.find(RescueUnit.class, unitId);
    if (unit == null || !unit.isActive()) {
      new InvalidInput.Check().require(false, "unit", "rescue.badUnit").throwIfAny();
    }
    Instant now = clock.instant();
    String taskId = UUID.randomUUID().toString();
    RescueDispatch dispatch = new RescueDispatch(taskId, rescue.getId(), unit.getId(), me(), now);
    em.persist(dispatch);
    rescue.moveTo(RescueState.NOTIFIED, now);
    em.flush();
    step(rescue, "NOTIFIED", unit.getName() + " · " + unit.getPhone(), now);
    outbound.send(
        CallDeskQueue.DISPATCH_TASKS,
        new Envelope(
            "dispatch.task", TASK_VERSION, taskId, taskId, now, task(taskId, rescue, unit)),
        rescue.getCaseNo());
    audit.record("RESCUE_NOTIFIED", SUBJECT, rescue.getId(), unit.getName() + ", task " + taskId);
    return view(rescue);
  }

  /** The agent writes a line in the process record (a call from the unit, the customer…). */
  public RescueCaseView note(Long caseId, String text) {
    RescueCase rescue = findForUpdate(caseId);
    String clean = InvalidInput.clean(text);
    new InvalidInput.Check().text(clean, true, 1000, "note").throwIfAny();
    step(rescue, "NOTE", clean, clock.instant());
    audit.record("RESCUE_NOTE", SUBJECT, rescue.getId(), null);
    return view(rescue);
  }

  public RescueCaseView view(Long caseId) {
    return view(find(caseId));
  }

  /** My cases, open ones first, newest first. */
  public List<RescueRow> mine() {
    Employee me = employees.findByEmployeeNo(me()).orElseThrow();
    return em
        .createQuery(
            "select r, k.customerNo from RescueCase r, Customer k where k.id = r.customerId"
                + " and r.agentId = :me order by r.closedAt desc nulls first, r.createdAt desc",
            Object[].class)
        .setParameter("me", me.getId())
        .setMaxResults(ROWS)
        .getResultList()
        .stream()
        .map(
            x -> {
              RescueCase r = (RescueCase) x[0];
              return new RescueRow(
                  r.getId(),
                  r.getCaseNo(),
                  (String) x[1],
                  r.getPlateNo(),
                  r.getFaultLocation(),
                  r.getState(),
                  r.getAgentNo(),
                  r.getCreatedAt());
            })
        .toList();
  }

  /** Active units to offer for a case: those serving its area first, then the others by name. */
  public List<RescueUnitView> unitsFor(String serviceArea) {
    return em
        .createQuery(
            "select u from RescueUnit u where u.active = true order by"
                + " case when u.serviceArea = :area then 0 else 1 end, u.serviceArea, u.name",
            RescueUnit.class)
        .setParameter("area", serviceArea == null ? "" : serviceArea)
        .getResultList()
        .stream()
        .map(RescueUnit::view)
        .toList();
  }

  /** The areas units serve (to pick a case's area from). */
  public List<String> areas() {
    return em.createQuery(
            "select distinct u.serviceArea from RescueUnit u where u.active = true"
                + " order by u.serviceArea",
            String.class)
        .getResultList();
  }

  /** Every unit, retired ones too, for admins. */
  @RolesAllowed(Roles.ADMIN)
  public List<RescueUnitView> allUnits() {
    return em
        .createQuery("select u from RescueUnit u order by u.serviceArea, u.name", RescueUnit.class)
        .getResultList()
        .stream()
        .map(RescueUnit::view)
        .toList();
  }

  /**
   * Creates or changes a unit.
   *
   * @throws InvalidInput field by field
   * @throws BusinessException {@code reference.changedMeanwhile} when another admin saved first
   */
  @RolesAllowed(Roles.ADMIN)
  public RescueUnitView saveUnit(RescueUnitView in) {
    String name = InvalidInput.clean(in.name());
    String phone = PhoneNumbers.normalise(in.phone());
    String area = InvalidInput.clean(in.serviceArea());
    InvalidInput.Check check =
        new InvalidInput.Check()
            .text(name, true, 100, "unitName")
            .text(phone, true, 20, "unitPhone")
            .text(area, true, 60, "unitArea");
    if (check.ok("unitPhone")) {
      check.require(PhoneNumbers.dialable(phone), "unitPhone", "rescue.badPhone");
    }
    if (check.ok("unitName")) {
      check.require(
          em.createQuery(
                      "select count(u) from RescueUnit u where u.name = :name and (:id is null or u.id"
                          + " <> :id)",
                      Long.class)
                  .setParameter("name", name)
                  .setParameter("id", in.id())
                  .getSingleResult()
              == 0,
          "unitName",
          "rescue.unitNameTaken");
    }
    check.throwIfAny();
    RescueUnit unit;
    if (in.id() == null) {
      unit = new RescueUnit(name);
      em.persist(unit);
    } else {
      unit = em.find(RescueUnit.class, in.id(), LockModeType.PESSIMISTIC_WRITE);
      if (unit == null) {
        throw new BusinessException("rescue.unitNotFound", null, "no unit " + in.id());
      }
      if (unit.getVersion() != in.version()) {
        throw new BusinessException("reference.changedMeanwhile", null, "unit changed meanwhile");
      }
    }
    unit.change(name, phone, area, in.active(), audit.currentActor(), clock.instant());
    em.flush();
    audit.record(
        in.id() == null ? "RESCUE_UNIT_CREATED" : "RESCUE_UNIT_CHANGED",
        "RescueUnit",
        unit.getId(),
        name + " " + phone + " " + area + (in.active() ? "" : " (retired)"));
    return unit.view();
  }

  void step(RescueCase rescue, String action, String detail, Instant at) {
    em.persist(new RescueStep(rescue.getId(), action, detail, audit.currentActor(), at));
  }

  static JsonObject task(String taskId, RescueCase rescue, RescueUnit unit) {
    var payload =
        Json.createObjectBuilder()
            .add("taskId", taskId)
            .add("kind", "RESCUE")
            .add("reference", rescue.getCaseNo())
            .add(
                "unit",
                Json.createObjectBuilder()
                    .add("id", unit.getId())
                    .add("name", unit.getName())
                    .add("phone", unit.getPhone()))
            .add("location", rescue.getFaultLocation())
            .add("symptom", rescue.getFaultSymptom())
            .add(
                "vehicle",
                Json.createObjectBuilder()
                    .add("model", rescue.getVehicleModel())
                    .add("plate", rescue.getPlateNo()))
            .add(
                "contact",
                Json.createObjectBuilder()
                    .add("name", rescue.getContactPerson())
                    .add("phone", rescue.getContactPhone()));
    if (rescue.getServiceArea() != null) {
      payload.add("area", rescue.getServiceArea());
    }
    return payload.build();
  }

  RescueCaseView view(RescueCase r) {
    CustomerCard customer = customers.card(r.getCustomerId());
    String callId = calls.callIdOf(r.getCallRowId());
    List<RescueDispatch> dispatches =
        em.createQuery(
                "select d from RescueDispatch d where d.caseId = :id order by d.notifiedAt, d.id",
                RescueDispatch.class)
            .setParameter("id", r.getId())
            .getResultList();
    Map<Long, RescueUnit> units =
        dispatches.isEmpty()
            ? Map.of()
            : em
                .createQuery("select u from RescueUnit u where u.id in :ids", RescueUnit.class)
                .setParameter("ids", dispatches.stream().map(RescueDispatch::getUnitId).toList())
                .getResultList()
                .stream()
                .collect(Collectors.toMap(RescueUnit::getId, Function.identity()));
    return new RescueCaseView(
        r.getId(),
        r.getCaseNo(),
        customer.id(),
        customer.customerNo(),
        customer.fullName(),
        callId,
        r.getCalledAt(),
        r.getVehicleModel(),
        r.getPlateNo(),
        r.getContactPerson(),
        r.getContactPhone(),
        r.getFaultLocation(),
        r.getServiceArea(),
        r.getFaultSymptom(),
        r.getState(),
        r.getAgentNo(),
        r.getCreatedAt(),
        r.getClosedAt(),
        r.getVersion(),
        dispatches.stream()
            .map(
                d -> {
                  RescueUnit u = units.get(d.getUnitId());
                  return new RescueCaseView.DispatchView(
                      d.getTaskId(),
                      d.getUnitId(),
                      u.getName(),
                      u.getPhone(),
                      d.getNotifiedBy(),
                      d.getNotifiedAt(),
                      d.getOutcome(),
                      d.getEtaMinutes(),
                      d.getReason(),
                      d.getAnsweredAt(),
                      d.getAckSeconds(),
                      d.getArrivedAt(),
                      d.getCompletedAt());
                })
            .toList(),
        em
            .createQuery(
                "select s from RescueStep s where s.caseId = :id order by s.doneAt, s.id",
                RescueStep.class)
            .setParameter("id", r.getId())
            .getResultList()
            .stream()
            .map(
                s ->
                    new RescueCaseView.StepView(
                        s.getAction(), s.getDetail(), s.getDoneBy(), s.getDoneAt()))
            .toList());
  }

  private RescueCase find(Long id) {
    return visible(id == null ? null : em.find(RescueCase.class, id), id);
  }

  private RescueCase findForUpdate(Long id) {
    return visible(
        id == null ? null : em.find(RescueCase.class, id, LockModeType.PESSIMISTIC_WRITE), id);
  }

  private RescueCase visible(RescueCase r, Long id) {
    if (r == null || !access.maySee(r.getAgentId(), RecordAccess.Admins.DO_NOT_SEE)) {
      throw new BusinessException("rescue.notFound", null, "no rescue case " + id);
    }
    return r;
  }

  /** Upper case without spaces or dots: "京a·12345" is 京A12345. */
  static String plate(String raw) {
    String v = InvalidInput.clean(raw);
    return v == null ? null : v.replaceAll("[\\s·.\\-]", "").toUpperCase(java.util.Locale.ROOT);
  }

  private String me() {
    return context.getCallerPrincipal().getName();
  }
}
