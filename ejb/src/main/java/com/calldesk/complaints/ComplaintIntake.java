package com.calldesk.complaints;

import com.calldesk.security.Employee;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.InvalidInput;
import com.calldesk.shared.PartnerRef;
import com.calldesk.shared.SerialNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Taking a complaint in (受理), for every way in: an agent's screen ({@link Complaints#receive}) and
 * a partner's request. Runs in the caller's transaction; anything refused rolls it all back.
 */
@ApplicationScoped
public class ComplaintIntake {

  static final String SUBJECT = Complaints.SUBJECT;

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private SerialNumbers serials;
  @Inject private ComplaintSettings settings;
  @Inject private ComplaintCounts monthlyCounts;
  @Inject private Clock clock;
  @Inject private Event<ComplaintMoved> moved;

  /**
   * Takes a complaint in: RECEIVED, due by its category's hours, linked to an earlier open (or
   * lately closed) complaint of the customer about the same target or in the same category.
   *
   * @param callRowId the call it came in on, already checked to be the customer's; or null
   * @param author whose record it is (the agent; for a partner's request, the partner account)
   * @param partner the partner and its reference for the complaint, or null
   * @throws InvalidInput listing every field that is wrong; nothing is saved
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Complaint receive(NewComplaint raw, Long callRowId, Employee author, PartnerRef partner) {
    String target = InvalidInput.clean(raw.target());
    String content = InvalidInput.clean(raw.content());
    // The database keeps microseconds: so does the view returned now.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Instant receivedAt =
        raw.receivedAt() == null ? now : raw.receivedAt().truncatedTo(ChronoUnit.MICROS);
    ComplaintCategory category =
        raw.categoryCode() == null ? null : em.find(ComplaintCategory.class, raw.categoryCode());
    InvalidInput.Check check = new InvalidInput.Check();
    check
        .require(raw.customerId() != null, "customer", "complaint.noCustomer")
        .require(raw.channel() != null, "channel", "input.required")
        .require(category != null && category.isActive(), "category", "complaint.badCategory")
        .require(raw.targetType() != null, "targetType", "input.required")
        .text(target, true, 200, "target")
        .text(content, true, 2000, "content")
        .require(!receivedAt.isAfter(now.plusSeconds(60)), "receivedAt", "complaint.futureTime")
        .require(
            !receivedAt.isBefore(now.minus(Duration.ofDays(366))),
            "receivedAt",
            "complaint.tooOld");
    check.throwIfAny();
    // Read here, not through the Customers bean: a partner's request runs without an agent's role.
    String customerNo =
        em.createQuery("select c.customerNo from Customer c where c.id = :id", String.class)
            .setParameter("id", raw.customerId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    new InvalidInput.Check()
        .require(customerNo != null, "customer", "complaint.noCustomer")
        .throwIfAny();
    String number = String.format("TS%08d", serials.next(SerialNumbers.COMPLAINT_NO));
    Complaint complaint =
        new Complaint(
            number,
            raw.customerId(),
            callRowId,
            raw.channel(),
            category.getCode(),
            raw.targetType(),
            target,
            content,
            receivedAt,
            receivedAt.plus(Duration.ofHours(category.getDueHours())),
            author.getId(),
            author.getEmployeeNo(),
            now);
    if (partner != null) {
      complaint.fromPartner(partner.partnerId(), partner.partnerRef());
    }
    em.persist(complaint);
    em.flush();
    monthlyCounts.add(complaint, 1);
    step(complaint, ComplaintStep.RECEIVED, null, content, now);
    earlierLike(complaint)
        .ifPresent(
            earlier -> {
              complaint.linkTo(earlier.getId());
              earlier.markRepeated();
              step(complaint, ComplaintStep.REPEAT, null, earlier.getComplaintNo(), now);
              step(earlier, ComplaintStep.REPEATED_BY, null, complaint.getComplaintNo(), now);
            });
    audit.record(
        "COMPLAINT_RECEIVED",
        SUBJECT,
        complaint.getId(),
        number
            + ", customer "
            + customerNo
            + (partner == null
                ? ""
                : ", partner " + partner.partnerId() + " " + partner.partnerRef())
            + (complaint.getRepeatOfId() == null
                ? ""
                : ", repeat of " + complaint.getRepeatOfId()));
    moved.fire(
        new ComplaintMoved(
            complaint.getId(), complaint.getComplaintNo(), complaint.getState(), null));
    return complaint;
  }

  private Optional<Complaint> earlierLike(Complaint complaint) {
    Instant since = clock.instant().minus(Duration.ofDays(settings.repeatDays()));
    return em
        .createQuery(
            "select c from Complaint c where c.customerId = :customer and c.id <> :id"
                + " and (c.categoryCode = :category"
                + " or (c.targetType = :targetType and lower(c.target) = :target))"
                + " and (c.closedAt is null or c.closedAt >= :since)"
                + " order by c.receivedAt desc, c.id desc",
            Complaint.class)
        .setParameter("customer", complaint.getCustomerId())
        .setParameter("id", complaint.getId())
        .setParameter("category", complaint.getCategoryCode())
        .setParameter("targetType", complaint.getTargetType())
        .setParameter("target", complaint.getTarget().toLowerCase(java.util.Locale.ROOT))
        .setParameter("since", since)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  void step(Complaint c, String action, ComplaintState from, String detail, Instant at) {
    em.persist(
        new ComplaintStep(c.getId(), action, from, c.getState(), detail, audit.currentActor(), at));
  }
}
