package com.calldesk.workorders;

import com.calldesk.appointments.AppointmentChanged;
import com.calldesk.appointments.AppointmentState;
import com.calldesk.appointments.RepairBooked;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.SerialNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Follows repair appointments, in their own transactions: a booking opens its work order (生成表单,
 * onto the to-dispatch list); a re-booking moves the no-show's order to the new appointment; a
 * cancellation cancels the order unless it is completed; a no-show not re-booked cancels an order
 * nobody was sent for yet.
 */
@ApplicationScoped
class WorkOrderOpening {

  @PersistenceContext private EntityManager em;
  @Inject private SerialNumbers serials;
  @Inject private WorkOrderSteps steps;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  void booked(@Observes RepairBooked repair) {
    Instant now = clock.instant();
    WorkOrder previous = repair.rebookedFromId() == null ? null : orderOf(repair.rebookedFromId());
    if (previous != null && previous.getState().active()) {
      previous.followAppointment(repair.appointmentId(), audit.currentActor(), now);
      em.flush();
      steps.add(previous, "REBOOKED", repair.appointmentNo(), now);
      audit.record(
          "WORK_ORDER_REBOOKED", WorkOrders.SUBJECT, previous.getId(), repair.appointmentNo());
      return;
    }
    WorkOrder w =
        new WorkOrder(
            String.format("GD%08d", serials.next(SerialNumbers.WORK_ORDER_NO)),
            repair.appointmentId(),
            repair.customerId(),
            repair.request(),
            repair.agentId(),
            audit.currentActor(),
            now);
    em.persist(w);
    em.flush();
    steps.add(w, "OPENED", repair.appointmentNo() + " · " + repair.request(), now);
    audit.record(
        "WORK_ORDER_OPENED",
        WorkOrders.SUBJECT,
        w.getId(),
        w.getOrderNo() + ", appointment " + repair.appointmentNo());
  }

  void changed(@Observes AppointmentChanged change) {
    if (change.rebookedToId() != null) {
      return; // the order followed the new appointment (booked above)
    }
    WorkOrder w = orderOf(change.appointmentId());
    if (w == null || !w.getState().active()) {
      return;
    }
    Instant now = clock.instant();
    boolean cancel =
        change.state() == AppointmentState.CANCELLED
                && w.getState().allows(WorkOrderState.Action.CANCEL)
            || change.state() == AppointmentState.NO_SHOW
                && (w.getState() == WorkOrderState.TO_DISPATCH
                    || w.getState() == WorkOrderState.SENT_BACK);
    if (cancel) {
      w.move(WorkOrderState.Action.CANCEL, audit.currentActor(), now);
      em.flush();
    }
    steps.add(w, cancel ? "CANCELLED" : "APPOINTMENT_" + change.state(), change.reason(), now);
    if (cancel) {
      audit.record("WORK_ORDER_CANCELLED", WorkOrders.SUBJECT, w.getId(), change.reason());
    }
  }

  private WorkOrder orderOf(Long appointmentId) {
    List<WorkOrder> found =
        em.createQuery("select w from WorkOrder w where w.appointmentId = :id", WorkOrder.class)
            .setParameter("id", appointmentId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }
}
