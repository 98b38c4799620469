package com.calldesk.partners;

import com.calldesk.appointments.Appointment;
import com.calldesk.appointments.AppointmentChanged;
import com.calldesk.bookings.Booking;
import com.calldesk.bookings.BookingMoved;
import com.calldesk.bookings.BookingState;
import com.calldesk.complaints.Complaint;
import com.calldesk.complaints.ComplaintMoved;
import com.calldesk.leads.Lead;
import com.calldesk.leads.LeadMoved;
import com.calldesk.leads.SalesRegion;
import com.calldesk.messaging.OutboundMessages;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.Envelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Tells a partner of every status change of a record it filed, and a region's sales owner system of
 * every lead forwarded to it, on calldesk.partner.events, in the transaction of the change (a
 * change rolled back is never reported). The record's number is the correlation id and the message
 * group, so one record's events are taken in order.
 */
@ApplicationScoped
class PartnerEvents {

  @PersistenceContext private EntityManager em;
  @Inject private OutboundMessages outbound;
  @Inject private Clock clock;

  void appointment(@Observes AppointmentChanged change) {
    Appointment a = em.find(Appointment.class, change.appointmentId());
    if (a == null || a.getPartnerId() == null) {
      return;
    }
    JsonObjectBuilder p = payload(a.getPartnerId(), a.getPartnerRef(), a.getAppointmentNo());
    p.add("state", change.state().name());
    if (change.reason() != null) {
      p.add("detail", change.reason());
    }
    if (change.rebookedToId() != null) {
      p.add("rebookedAs", em.find(Appointment.class, change.rebookedToId()).getAppointmentNo());
    }
    send("appointment.changed", a.getAppointmentNo(), a.getPartnerId(), p);
  }

  void booking(@Observes BookingMoved moved) {
    Booking b = em.find(Booking.class, moved.bookingId());
    if (b == null || b.getPartnerId() == null) {
      return;
    }
    JsonObjectBuilder p = payload(b.getPartnerId(), b.getPartnerRef(), b.getBookingNo());
    p.add("state", moved.state().name());
    String detail =
        moved.state() == BookingState.CONFIRMED ? b.getConfirmationText() : moved.detail();
    if (detail != null) {
      p.add("detail", detail);
    }
    send("booking.changed", b.getBookingNo(), b.getPartnerId(), p);
  }

  void complaint(@Observes ComplaintMoved moved) {
    Complaint c = em.find(Complaint.class, moved.complaintId());
    if (c == null || c.getPartnerId() == null) {
      return;
    }
    JsonObjectBuilder p = payload(c.getPartnerId(), c.getPartnerRef(), c.getComplaintNo());
    p.add("state", moved.state().name());
    if (moved.detail() != null) {
      p.add(
          "detail",
          moved.detail().length() <= 2000
              ? moved.detail()
              : moved.detail().substring(0, 1999) + "…");
    }
    send("complaint.changed", c.getComplaintNo(), c.getPartnerId(), p);
  }

  void lead(@Observes LeadMoved moved) {
    Lead l = em.find(Lead.class, moved.leadId());
    SalesRegion r = em.find(SalesRegion.class, l.getRegionCode());
    Object[] customer =
        (Object[])
            em.createNativeQuery(
                    "SELECT c.customer_no, c.full_name, (SELECT MIN(p.phone_number) FROM"
                        + " cd_customer_phone p WHERE p.customer_id = c.id) FROM cd_customer c"
                        + " WHERE c.id = ?")
                .setParameter(1, l.getCustomerId())
                .getSingleResult();
    var who = Json.createObjectBuilder().add("customerNo", (String) customer[0]);
    if (customer[1] != null) {
      who.add("name", (String) customer[1]);
    }
    if (customer[2] != null) {
      who.add("phone", (String) customer[2]);
    }
    JsonObjectBuilder p =
        Json.createObjectBuilder()
            .add("partnerId", r.getOwnerSystem())
            .add("leadNo", l.getLeadNo())
            .add("action", moved.action())
            .add("state", l.getState().name())
            .add("region", r.getCode())
            .add("need", l.getNeed())
            .add("interest", l.getInterest().name())
            .add("timing", l.getTiming().name())
            .add("customer", who)
            .add("forwardedAt", l.getForwardedAt().toString())
            .add(
                "feedbackDue",
                l.getForwardedAt()
                    .plus(java.time.Duration.ofHours(r.getFeedbackHours()))
                    .toString())
            .add("chaseCount", l.getChaseCount());
    if (l.getResult() != null) {
      p.add("result", l.getResult().name());
    }
    if (l.getResultNote() != null) {
      p.add("resultNote", l.getResultNote());
    }
    send("lead.changed", l.getLeadNo(), r.getOwnerSystem(), p);
  }

  private JsonObjectBuilder payload(String partnerId, String partnerRef, String number) {
    return Json.createObjectBuilder()
        .add("partnerId", partnerId)
        .add("partnerRef", partnerRef)
        .add("number", number);
  }

  private void send(String type, String number, String partnerId, JsonObjectBuilder payload) {
    Instant now = clock.instant();
    outbound.sendToPartner(
        CallDeskQueue.PARTNER_EVENTS,
        new Envelope(
            type,
            1,
            UUID.randomUUID().toString(),
            number,
            now,
            payload.add("changedAt", now.toString()).build()),
        number,
        partnerId);
  }
}
