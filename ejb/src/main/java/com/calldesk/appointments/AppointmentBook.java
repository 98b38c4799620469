package com.calldesk.appointments;

import com.calldesk.callbacks.AutomaticCalls;
import com.calldesk.callbacks.CallbackSource;
import com.calldesk.callbacks.CallbackTask;
import com.calldesk.customers.CustomerCard;
import com.calldesk.customers.Customers;
import com.calldesk.security.Employee;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import com.calldesk.shared.PartnerRef;
import com.calldesk.shared.SerialNumbers;
import com.calldesk.shared.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The appointment book itself, for every way in (an agent's screen, a partner's request): the
 * checks, the slot's capacity, the history, the automatic confirmation and reminder, and the events
 * the work-order room follows. Runs in the caller's transaction; anything refused rolls it all
 * back.
 */
@ApplicationScoped
public class AppointmentBook {

  static final String SUBJECT = "Appointment";

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @PersistenceContext private EntityManager em;
  @Inject private SerialNumbers serials;
  @Inject private AutomaticCalls automatic;
  @Inject private AuditTrail audit;
  @Inject private AppointmentSettings settings;
  @Inject private Customers customers;
  @Inject private Event<RepairBooked> repairBooked;
  @Inject private Event<AppointmentChanged> changed;

  /** The next free slots of a kind, soonest first (at most the configured number). */
  public List<SlotView> freeSlots(AppointmentKind kind, Instant now) {
    return em
        .createNativeQuery(AppointmentSlot.FREE_SQL, AppointmentSlot.class)
        .setParameter(1, kind.name())
        .setParameter(2, UtcInstantConverter.timestamp(now))
        .setMaxResults(settings.offeredSlots())
        .getResultList()
        .stream()
        .map(x -> ((AppointmentSlot) x).view())
        .toList();
  }

  /** The next three free slots after a full one: at its location, or anywhere if none is left. */
  private List<SlotView> nextFree(AppointmentSlot full, Instant now) {
    List<SlotView> here =
        em
            .createNativeQuery(AppointmentSlot.FREE_AT_SQL, AppointmentSlot.class)
            .setParameter(1, full.getKind().name())
            .setParameter(2, full.getLocation())
            .setParameter(3, UtcInstantConverter.timestamp(now))
            .setMaxResults(3)
            .getResultList()
            .stream()
            .map(x -> ((AppointmentSlot) x).view())
            .toList();
    return here.isEmpty() ? freeSlots(full.getKind(), now).stream().limit(3).toList() : here;
  }

  /**
   * Checks and books. The slot row is locked before its places are counted, so of two bookings of
   * the last place exactly one gets it; the other waits for the lock, finds the slot full and is
   * refused with the next free slots (one that reads the slot full already is refused without
   * waiting). The number is taken after the place, so refused bookings do not queue on the number
   * counter.
   *
   * @throws InvalidInput listing every field that is wrong
   * @throws BusinessException {@code appointment.slotFull} on field {@code slot}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Appointment book(
      NewAppointment raw,
      Long callRowId,
      Long rebookedFromId,
      Appointment.Channel channel,
      PartnerRef partner,
      Employee author,
      Instant now) {
    NewAppointment in =
        new NewAppointment(
            raw.customerId(),
            raw.callId(),
            raw.kind(),
            raw.slotId(),
            raw.place(),
            raw.place() == Place.ON_SITE ? InvalidInput.clean(raw.address()) : null,
            InvalidInput.clean(raw.specialist()),
            InvalidInput.clean(raw.notes()));
    InvalidInput.Check check =
        new InvalidInput.Check()
            .require(in.customerId() != null, "customer", "appointment.noCustomer")
            .require(in.kind() != null, "kind", "input.required")
            .require(in.slotId() != null, "slot", "appointment.noSlot")
            .require(in.place() != null, "place", "input.required")
            .text(in.address(), in.place() == Place.ON_SITE, 200, "address")
            .text(in.specialist(), false, 60, "specialist")
            .text(in.notes(), in.kind() == AppointmentKind.REPAIR, 1000, "notes");
    AppointmentSlot slot = null;
    if (check.ok("slot")) {
      // Read first without a lock: a slot that is full already is refused at once, so those who
      // lost the last place do not queue on its row behind the one who got it.
      slot =
          em.find(
              AppointmentSlot.class,
              in.slotId(),
              java.util.Map.of(
                  "jakarta.persistence.cache.retrieveMode",
                  jakarta.persistence.CacheRetrieveMode.BYPASS));
      check.require(
          slot != null && (in.kind() == null || slot.getKind() == in.kind()),
          "slot",
          "appointment.badSlot");
    }
    if (check.ok("customer")) {
      check.require(
          em.createQuery("select count(k) from Customer k where k.id = :id", Long.class)
                  .setParameter("id", in.customerId())
                  .getSingleResult()
              == 1,
          "customer",
          "appointment.noCustomer");
    }
    check.throwIfAny();
    if (slot.hasRoom(now)) {
      // Re-read under the row lock (refresh, not lock: the version read above may be stale by now,
      // which is the point, and must not fail as an optimistic-lock conflict).
      em.refresh(slot, LockModeType.PESSIMISTIC_WRITE);
    }
    if (!slot.hasRoom(now)) {
      throw new BusinessException(
          "appointment.slotFull",
          "slot",
          "slot " + slot.getId() + " has no place left",
          nextFree(slot, now).stream()
              .map(s -> WHEN.format(s.startsAt().atZone(settings.zone())) + " " + s.location())
              .collect(Collectors.joining(", ")));
    }
    slot.take(author.getEmployeeNo(), now);
    Appointment a =
        new Appointment(
            String.format("YY%08d", serials.next(SerialNumbers.APPOINTMENT_NO)),
            in,
            callRowId,
            rebookedFromId,
            channel,
            author.getId(),
            author.getEmployeeNo(),
            now);
    if (partner != null) {
      a.fromPartner(partner.partnerId(), partner.partnerRef());
    }
    em.persist(a);
    em.flush();
    String when = WHEN.format(slot.getStartsAt().atZone(settings.zone()));
    step(a, "BOOKED", when + " · " + slot.getLocation() + placeText(a), now);
    audit.record(
        "APPOINTMENT_BOOKED",
        SUBJECT,
        a.getId(),
        a.getAppointmentNo() + " " + a.getKind() + ", slot " + slot.getId() + " " + when);
    raiseCalls(a, slot, now);
    if (a.getKind() == AppointmentKind.REPAIR) {
      repairBooked.fire(
          new RepairBooked(
              a.getId(),
              a.getAppointmentNo(),
              a.getCustomerId(),
              a.getNotes(),
              a.getAgentId(),
              a.getRebookedFromId()));
    }
    return a;
  }

  /** Cancels: frees the place, withdraws the calls still to come. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void cancel(Appointment a, String rawReason, Instant now) {
    String reason = reason(rawReason);
    requireBooked(a);
    a.end(AppointmentState.CANCELLED, reason, audit.currentActor(), now);
    em.find(AppointmentSlot.class, a.getSlotId(), LockModeType.PESSIMISTIC_WRITE)
        .free(audit.currentActor(), now);
    withdrawCalls(a, now);
    step(a, "CANCELLED", reason, now);
    audit.record("APPOINTMENT_CANCELLED", SUBJECT, a.getId(), reason);
    changed.fire(new AppointmentChanged(a.getId(), AppointmentState.CANCELLED, reason, null));
  }

  /**
   * Records a no-show, and re-books it into another slot in the same transaction when one is given.
   *
   * @return the new appointment, or null when not re-booked
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Appointment noShow(
      Appointment a, String rawReason, Long rebookSlotId, Employee author, Instant now) {
    String reason = reason(rawReason);
    requireBooked(a);
    a.end(AppointmentState.NO_SHOW, reason, audit.currentActor(), now);
    withdrawCalls(a, now);
    step(a, "NO_SHOW", reason, now);
    audit.record("APPOINTMENT_NO_SHOW", SUBJECT, a.getId(), reason);
    Appointment next = null;
    if (rebookSlotId != null) {
      next =
          book(
              new NewAppointment(
                  a.getCustomerId(),
                  null,
                  a.getKind(),
                  rebookSlotId,
                  a.getPlace(),
                  a.getAddress(),
                  a.getSpecialist(),
                  a.getNotes()),
              null,
              a.getId(),
              a.getChannel(),
              a.getPartnerId() == null ? null : new PartnerRef(a.getPartnerId(), a.getPartnerRef()),
              author,
              now);
      step(a, "REBOOKED", next.getAppointmentNo(), now);
    }
    changed.fire(
        new AppointmentChanged(
            a.getId(), AppointmentState.NO_SHOW, reason, next == null ? null : next.getId()));
    return next;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void attended(Appointment a, Instant now) {
    requireBooked(a);
    a.end(AppointmentState.ATTENDED, null, audit.currentActor(), now);
    step(a, "ATTENDED", null, now);
    audit.record("APPOINTMENT_ATTENDED", SUBJECT, a.getId(), null);
    changed.fire(new AppointmentChanged(a.getId(), AppointmentState.ATTENDED, null, null));
  }

  /** The appointment with its slot and history. */
  public AppointmentView view(Appointment a, CustomerCard customer) {
    AppointmentSlot slot = em.find(AppointmentSlot.class, a.getSlotId());
    String fromNo =
        a.getRebookedFromId() == null
            ? null
            : em.find(Appointment.class, a.getRebookedFromId()).getAppointmentNo();
    return new AppointmentView(
        a.getId(),
        a.getAppointmentNo(),
        a.getKind(),
        customer.id(),
        customer.customerNo(),
        customer.fullName(),
        slot.view(),
        a.getPlace(),
        a.getAddress(),
        a.getSpecialist(),
        a.getNotes(),
        a.getState(),
        a.getReason(),
        fromNo,
        a.getChannel(),
        a.getAgentNo(),
        a.getCreatedAt(),
        a.getVersion(),
        steps(a.getId()));
  }

  /** The history of an appointment, oldest first. */
  public List<AppointmentView.StepView> steps(Long appointmentId) {
    return em
        .createQuery(
            "select s from AppointmentStep s where s.appointmentId = :id order by s.doneAt, s.id",
            AppointmentStep.class)
        .setParameter("id", appointmentId)
        .getResultList()
        .stream()
        .map(
            s ->
                new AppointmentView.StepView(
                    s.getAction(), s.getDetail(), s.getDoneBy(), s.getDoneAt()))
        .toList();
  }

  /** Rows of {@code select a, s, k.customerNo, k.fullName}. */
  public List<AppointmentRow> rows(List<Object[]> found) {
    return found.stream()
        .map(
            x -> {
              Appointment a = (Appointment) x[0];
              AppointmentSlot s = (AppointmentSlot) x[1];
              return new AppointmentRow(
                  a.getId(),
                  a.getAppointmentNo(),
                  a.getKind(),
                  (String) x[2],
                  (String) x[3],
                  s.getStartsAt(),
                  s.getLocation(),
                  a.getPlace(),
                  a.getState(),
                  a.getAgentNo());
            })
        .toList();
  }

  /** Every appointment of a customer with its history, newest first (the business query). */
  public List<AppointmentView> ofCustomer(Long customerId) {
    CustomerCard customer = customers.card(customerId);
    return em
        .createQuery(
            "select a from Appointment a where a.customerId = :id order by a.createdAt desc",
            Appointment.class)
        .setParameter("id", customerId)
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(a -> view(a, customer))
        .toList();
  }

  void step(Appointment a, String action, String detail, Instant at) {
    em.persist(new AppointmentStep(a.getId(), action, detail, audit.currentActor(), at));
  }

  /**
   * The confirmation now, and the reminder the day before the slot (none when the slot is tomorrow
   * or sooner: the confirmation is the reminder then).
   */
  private void raiseCalls(Appointment a, AppointmentSlot slot, Instant now) {
    String when = WHEN.format(slot.getStartsAt().atZone(settings.zone()));
    String where = a.getPlace() == Place.ON_SITE ? a.getAddress() : slot.getLocation();
    LocalDate today = LocalDate.ofInstant(now, settings.zone());
    LocalDate day = slot.getStartsAt().atZone(settings.zone()).toLocalDate();
    automatic.raise(
        a.getCustomerId(),
        CallbackSource.APPOINTMENT,
        "APPT-CONFIRM:" + a.getId(),
        CallbackTask.Purpose.CONFIRMATION,
        "您的预约" + a.getAppointmentNo() + "已确认:" + when + ",地点:" + where + "。",
        today,
        now);
    if (day.minusDays(1).isAfter(today)) {
      automatic.raise(
          a.getCustomerId(),
          CallbackSource.APPOINTMENT,
          "APPT-REMIND:" + a.getId(),
          CallbackTask.Purpose.REMINDER,
          "提醒您明天的预约" + a.getAppointmentNo() + ":" + when + ",地点:" + where + "。",
          day.minusDays(1),
          now);
    }
  }

  private void withdrawCalls(Appointment a, Instant now) {
    automatic.withdraw("APPT-REMIND:" + a.getId(), now);
  }

  private static String placeText(Appointment a) {
    return a.getPlace() == Place.ON_SITE ? " · " + a.getAddress() : "";
  }

  private static String reason(String raw) {
    String reason = InvalidInput.clean(raw);
    new InvalidInput.Check().text(reason, true, 500, "reason").throwIfAny();
    return reason;
  }

  private static void requireBooked(Appointment a) {
    if (a.getState() != AppointmentState.BOOKED) {
      throw new BusinessException(
          "appointment.notNow", null, "appointment is " + a.getState(), a.getState().name());
    }
  }
}
