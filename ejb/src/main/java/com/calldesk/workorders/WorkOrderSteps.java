package com.calldesk.workorders;

import com.calldesk.appointments.Appointment;
import com.calldesk.appointments.AppointmentSlot;
import com.calldesk.customers.CustomerCard;
import com.calldesk.shared.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** A work order's history lines, and the order as screens and the business query show it. */
@ApplicationScoped
class WorkOrderSteps {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;

  void add(WorkOrder w, String action, String detail, Instant at) {
    add(w, action, detail, audit.currentActor(), at);
  }

  void add(WorkOrder w, String action, String detail, String by, Instant at) {
    em.persist(new WorkOrderStep(w.getId(), action, detail, by, at));
  }

  WorkOrderView view(WorkOrder w, CustomerCard customer) {
    Appointment a = em.find(Appointment.class, w.getAppointmentId());
    AppointmentSlot slot = em.find(AppointmentSlot.class, a.getSlotId());
    WorkArea area = w.getWorkAreaId() == null ? null : em.find(WorkArea.class, w.getWorkAreaId());
    Technician tech =
        w.getTechnicianId() == null ? null : em.find(Technician.class, w.getTechnicianId());
    return new WorkOrderView(
        w.getId(),
        w.getOrderNo(),
        customer.id(),
        customer.customerNo(),
        customer.fullName(),
        customer.phoneNumbers().isEmpty() ? null : customer.phoneNumbers().get(0),
        a.getId(),
        a.getAppointmentNo(),
        slot.getStartsAt(),
        slot.getEndsAt(),
        slot.getLocation(),
        a.getAddress(),
        w.getRequest(),
        w.getState(),
        w.getWorkAreaId(),
        area == null ? null : area.getName(),
        w.getTechnicianId(),
        tech == null ? null : tech.getName(),
        w.getDispatchCount(),
        w.getHandling(),
        w.getSentBackReason(),
        w.getCreatedAt(),
        w.getCompletedAt(),
        w.getAuditedAt(),
        w.getVersion(),
        em
            .createQuery(
                "select s from WorkOrderStep s where s.workOrderId = :id order by s.doneAt, s.id",
                WorkOrderStep.class)
            .setParameter("id", w.getId())
            .getResultList()
            .stream()
            .map(
                s ->
                    new WorkOrderView.StepView(
                        s.getAction(), s.getDetail(), s.getDoneBy(), s.getDoneAt()))
            .toList());
  }
}
