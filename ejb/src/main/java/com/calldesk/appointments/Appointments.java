package com.calldesk.appointments;

import com.calldesk.calls.CallLink;
import com.calldesk.calls.CallLog;
import com.calldesk.customers.CustomerCard;
import com.calldesk.customers.Customers;
import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.RecordAccess;
import com.calldesk.security.Roles;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Appointments (预约, SPEC §6) as agents take them on the phone: the free slots, booking a place (the
 * last place goes to exactly one of two agents; the other is told so with the next free slots), the
 * confirmation and the reminder raised in the same transaction, no-shows with their reason and
 * their re-booking in one step, cancellations that free the place.
 *
 * <p>An appointment is seen by its author and the author's supervisor; anyone else is told it does
 * not exist.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class Appointments {

  static final int ROWS = 50;

  @PersistenceContext private EntityManager em;
  @Inject private AppointmentBook book;
  @Inject private Customers customers;
  @Inject private CallLog calls;
  @Inject private EmployeeRepository employees;
  @Inject private RecordAccess access;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** The next free slots of a kind, soonest first. */
  public List<SlotView> freeSlots(AppointmentKind kind) {
    return book.freeSlots(kind, clock.instant());
  }

  /**
   * Books a place for the customer.
   *
   * @throws InvalidInput listing every field that is wrong; nothing is saved
   * @throws BusinessException {@code appointment.slotFull} on field {@code slot} when the slot
   *     filled meanwhile, naming the next free slots
   */
  public AppointmentView book(NewAppointment in) {
    Long callRowId = null;
    if (in.callId() != null && !in.callId().isBlank()) {
      CallLink call = calls.linkFor(in.callId());
      new InvalidInput.Check()
          .require(
              in.customerId() == null || in.customerId().equals(call.customerId()),
              "customer",
              "appointment.otherCustomer")
          .throwIfAny();
      callRowId = call.callRowId();
    }
    Appointment a =
        book.book(in, callRowId, null, Appointment.Channel.PHONE, null, author(), clock.instant());
    return view(a);
  }

  /**
   * Cancels a booked appointment: the place is free again, the reminder withdrawn, a repair's work
   * order cancelled.
   *
   * @param version the version the screen shows: a stale screen is refused
   */
  public AppointmentView cancel(Long id, long version, String reason) {
    Appointment a = findForUpdate(id, version);
    book.cancel(a, reason, clock.instant());
    return view(a);
  }

  /**
   * The customer did not come: recorded with the reason, and re-booked into {@code rebookSlotId} in
   * the same step when one is given.
   *
   * @return the new appointment when re-booked, otherwise the no-show
   */
  public AppointmentView noShow(Long id, long version, String reason, Long rebookSlotId) {
    Appointment a = findForUpdate(id, version);
    Appointment next = book.noShow(a, reason, rebookSlotId, author(), clock.instant());
    return view(next == null ? a : next);
  }

  /** The customer came. */
  public AppointmentView attended(Long id, long version) {
    Appointment a = findForUpdate(id, version);
    book.attended(a, clock.instant());
    return view(a);
  }

  public AppointmentView view(Long id) {
    return view(visible(id == null ? null : em.find(Appointment.class, id), id));
  }

  /** Mine, soonest slot first among the booked ones, then the rest newest first. */
  public List<AppointmentRow> mine() {
    return book.rows(
        em.createQuery(
                "select a, s, k.customerNo, k.fullName from Appointment a, AppointmentSlot s,"
                    + " Customer k where s.id = a.slotId and k.id = a.customerId and a.agentId = :me"
                    + " order by case when a.state = :booked then 0 else 1 end, s.startsAt desc",
                Object[].class)
            .setParameter("me", author().getId())
            .setParameter("booked", AppointmentState.BOOKED)
            .setMaxResults(ROWS)
            .getResultList());
  }

  AppointmentView view(Appointment a) {
    CustomerCard customer = customers.card(a.getCustomerId());
    return book.view(a, customer);
  }

  private Appointment findForUpdate(Long id, long version) {
    Appointment a =
        visible(
            id == null ? null : em.find(Appointment.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    if (a.getVersion() != version) {
      throw new BusinessException(
          "appointment.changedMeanwhile", null, "appointment changed meanwhile");
    }
    return a;
  }

  private Appointment visible(Appointment a, Long id) {
    if (a == null || !access.maySee(a.getAgentId(), RecordAccess.Admins.DO_NOT_SEE)) {
      throw new BusinessException("appointment.notFound", null, "no appointment " + id);
    }
    return a;
  }

  private Employee author() {
    return employees.findByEmployeeNo(context.getCallerPrincipal().getName()).orElseThrow();
  }
}
