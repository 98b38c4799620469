package com.calldesk.partners;

import com.calldesk.appointments.Appointment;
import com.calldesk.appointments.AppointmentBook;
import com.calldesk.appointments.AppointmentKind;
import com.calldesk.appointments.NewAppointment;
import com.calldesk.appointments.Place;
import com.calldesk.bookings.Booking;
import com.calldesk.bookings.BookingDesk;
import com.calldesk.bookings.NewBooking;
import com.calldesk.complaints.Complaint;
import com.calldesk.complaints.ComplaintChannel;
import com.calldesk.complaints.ComplaintIntake;
import com.calldesk.complaints.ComplaintTarget;
import com.calldesk.complaints.NewComplaint;
import com.calldesk.customers.CustomerRegistry;
import com.calldesk.customers.CustomerSummary;
import com.calldesk.leads.Lead;
import com.calldesk.leads.LeadDesk;
import com.calldesk.leads.LeadResult;
import com.calldesk.messaging.InboundMessageHandler;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.ContractViolation;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.PartnerRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Partner systems' requests on calldesk.partner.requests: an appointment, a booking, a complaint,
 * filed by the partner account ({@link #ACCOUNT}) with the partner's id and reference, through the
 * same code an agent's screen uses (the same checks, the same history, the same calls raised). The
 * record and its {@code request.accepted} answer commit together. A business rule that refuses the
 * request (a full slot, a product not on offer, a reference the partner used before) rolls it all
 * back, and the partner is answered {@code request.rejected} (see {@link PartnerReplies}).
 */
@ApplicationScoped
class PartnerRequests implements InboundMessageHandler {

  /** The employee account partner-filed records belong to (V10 migration). */
  static final String ACCOUNT = "PARTNER";

  @PersistenceContext private EntityManager em;
  @Inject private CustomerRegistry registry;
  @Inject private EmployeeRepository employees;
  @Inject private AppointmentBook appointments;
  @Inject private BookingDesk bookings;
  @Inject private ComplaintIntake complaints;
  @Inject private PartnerReplies replies;
  @Inject private LeadDesk leads;
  @Inject private Clock clock;

  @Override
  public CallDeskQueue queue() {
    return CallDeskQueue.PARTNER_REQUESTS;
  }

  @Override
  public Set<String> types() {
    return Set.of("appointment.request", "booking.request", "complaint.request", "lead.result");
  }

  @Override
  public void handle(Envelope message) {
    handle(message, null);
  }

  /** The payload has passed its schema before this. */
  @Override
  public void handle(Envelope message, jakarta.jms.Message jms) {
    if (message.version() != 1) {
      throw new ContractViolation(message.type() + " version " + message.version() + " not taken");
    }
    JsonObject p = message.payload();
    if (message.type().equals("lead.result")) {
      leadResult(message, jms);
      return;
    }
    PartnerRef partner = new PartnerRef(p.getString("partnerId"), p.getString("partnerRef"));
    Employee account =
        employees
            .findByEmployeeNo(ACCOUNT)
            .orElseThrow(() -> new IllegalStateException("no partner account (V10 migration)"));
    Long customerId = customer(p.getJsonObject("customer"), partner);
    Instant now = clock.instant();
    switch (message.type()) {
      case "appointment.request" -> {
        refuseReusedRef("Appointment", partner);
        Appointment a =
            appointments.book(
                new NewAppointment(
                    customerId,
                    null,
                    AppointmentKind.valueOf(p.getString("kind")),
                    p.getJsonNumber("slotId").longValue(),
                    Place.valueOf(p.getString("place")),
                    p.getString("address", null),
                    p.getString("specialist", null),
                    p.getString("notes", null)),
                null,
                null,
                Appointment.Channel.PARTNER,
                partner,
                account,
                now);
        replies.accepted(
            jms,
            message,
            partner.partnerId(),
            partner.partnerRef(),
            "APPOINTMENT",
            a.getAppointmentNo(),
            a.getState().name(),
            JsonObject.EMPTY_JSON_OBJECT);
      }
      case "booking.request" -> {
        refuseReusedRef("Booking", partner);
        Booking b =
            bookings.book(
                new NewBooking(
                    customerId,
                    null,
                    LocalDate.parse(p.getString("travelFrom")),
                    LocalDate.parse(p.getString("travelTo")),
                    p.getInt("partySize"),
                    p.getJsonArray("travellers").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .collect(Collectors.joining(", ")),
                    p.getString("language"),
                    p.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .map(
                            l ->
                                new NewBooking.Line(
                                    l.getJsonNumber("productId").longValue(), l.getInt("quantity")))
                        .toList()),
                null,
                Booking.Channel.PARTNER,
                partner,
                account,
                LocalDate.ofInstant(now, ZoneId.systemDefault()),
                now);
        replies.accepted(
            jms,
            message,
            partner.partnerId(),
            partner.partnerRef(),
            "BOOKING",
            b.getBookingNo(),
            b.getState().name(),
            Json.createObjectBuilder()
                .add("total", b.getTotal().toPlainString())
                .add("currency", b.getCurrency())
                .build());
      }
      case "complaint.request" -> {
        refuseReusedRef("Complaint", partner);
        Complaint c =
            complaints.receive(
                new NewComplaint(
                    customerId,
                    null,
                    ComplaintChannel.PARTNER,
                    p.getString("category"),
                    ComplaintTarget.valueOf(p.getString("targetType")),
                    p.getString("target"),
                    p.getString("content"),
                    null),
                null,
                account,
                partner);
        replies.accepted(
            jms,
            message,
            partner.partnerId(),
            partner.partnerRef(),
            "COMPLAINT",
            c.getComplaintNo(),
            c.getState().name(),
            JsonObject.EMPTY_JSON_OBJECT);
      }
      default -> throw new ContractViolation(message.type() + " is not a partner request");
    }
  }

  /**
   * A sales owner's system reports a lead's result: only for a lead of its own region; any other
   * lead number is answered as unknown, so trying numbers reveals nothing.
   */
  private void leadResult(Envelope message, jakarta.jms.Message jms) {
    JsonObject p = message.payload();
    String partnerId = p.getString("partnerId");
    String leadNo = p.getString("leadNo");
    Lead lead =
        em.createQuery(
                "select l from Lead l, SalesRegion r where r.code = l.regionCode"
                    + " and l.leadNo = :no and r.ownerSystem = :system",
                Lead.class)
            .setParameter("no", leadNo)
            .setParameter("system", partnerId)
            .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new BusinessException(
                        "lead.unknown", "leadNo", partnerId + " has no lead " + leadNo));
    leads.report(
        lead,
        LeadResult.valueOf(p.getString("result")),
        p.getString("note", null),
        "partner:" + partnerId,
        clock.instant());
    replies.accepted(
        jms,
        message,
        partnerId,
        leadNo,
        "LEAD",
        leadNo,
        lead.getState().name(),
        JsonObject.EMPTY_JSON_OBJECT);
  }

  /**
   * The customer with this phone, registered if new (named if given), in the request's own
   * transaction: a refused request leaves no customer behind.
   */
  private Long customer(JsonObject c, PartnerRef partner) {
    CustomerSummary found =
        registry.identifyWithin(c.getString("phone"), "partner:" + partner.partnerId());
    String name = c.getString("name", null);
    if (name != null && found.fullName() == null) {
      em.createNativeQuery(
              "UPDATE cd_customer SET full_name = ? WHERE id = ? AND full_name IS NULL")
          .setParameter(1, name)
          .setParameter(2, found.id())
          .executeUpdate();
    }
    return found.id();
  }

  /** A partner's reference names one record: a second request with it is refused. */
  private void refuseReusedRef(String entity, PartnerRef partner) {
    long used =
        em.createQuery(
                "select count(x) from "
                    + entity
                    + " x where x.partnerId = :partner and x.partnerRef = :ref",
                Long.class)
            .setParameter("partner", partner.partnerId())
            .setParameter("ref", partner.partnerRef())
            .getSingleResult();
    if (used > 0) {
      throw new BusinessException(
          "partner.refUsed",
          "partnerRef",
          partner.partnerId() + " already used the reference " + partner.partnerRef());
    }
  }
}
