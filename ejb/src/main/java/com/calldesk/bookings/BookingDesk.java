package com.calldesk.bookings;

import com.calldesk.callbacks.AutomaticCalls;
import com.calldesk.callbacks.CallbackSource;
import com.calldesk.callbacks.CallbackTask;
import com.calldesk.callbacks.RaisedCallbacks;
import com.calldesk.customers.CustomerCard;
import com.calldesk.security.Employee;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import com.calldesk.shared.PartnerRef;
import com.calldesk.shared.SerialNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bookings themselves, for every way in (an agent's screen, a partner's request, the daily
 * calendar): the checks, the exact prices and totals, the moves of the lifecycle with their history
 * and audit, the confirmation text, the pre-trip reminder and the post-trip follow-up. Runs in the
 * caller's transaction; anything refused rolls it all back.
 */
@ApplicationScoped
public class BookingDesk {

  static final String SUBJECT = "Booking";

  /** At most this many lines in one booking. */
  static final int MAX_LINES = 20;

  @PersistenceContext private EntityManager em;
  @Inject private SerialNumbers serials;
  @Inject private AutomaticCalls automatic;
  @Inject private RaisedCallbacks callbacks;
  @Inject private AuditTrail audit;
  @Inject private Event<BookingMoved> moved;

  /**
   * Checks, prices and saves a booking, REQUESTED.
   *
   * @throws InvalidInput listing every field that is wrong
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Booking book(
      NewBooking raw,
      Long callRowId,
      Booking.Channel channel,
      PartnerRef partner,
      Employee author,
      LocalDate today,
      Instant now) {
    String travellers = travellers(raw.travellers());
    NewBooking in =
        new NewBooking(
            raw.customerId(),
            raw.callId(),
            raw.travelFrom(),
            raw.travelTo(),
            raw.partySize(),
            travellers,
            raw.language() == null ? "zh" : raw.language(),
            raw.lines() == null ? List.of() : raw.lines());
    InvalidInput.Check check =
        new InvalidInput.Check()
            .require(in.customerId() != null, "customer", "booking.noCustomer")
            .require(in.travelFrom() != null, "travelFrom", "input.required")
            .require(in.travelTo() != null, "travelTo", "input.required")
            .require(in.partySize() >= 1 && in.partySize() <= 999, "partySize", "booking.badParty")
            .text(travellers, true, 1000, "travellers")
            .require(Set.of("zh", "en").contains(in.language()), "language", "booking.badLanguage")
            .require(
                !in.lines().isEmpty() && in.lines().size() <= MAX_LINES,
                "lines",
                "booking.noLines");
    if (check.ok("travelFrom")) {
      check.require(!in.travelFrom().isBefore(today), "travelFrom", "booking.past");
    }
    if (check.ok("travelFrom") && check.ok("travelTo")) {
      check.require(!in.travelTo().isBefore(in.travelFrom()), "travelTo", "booking.badDates");
    }
    if (check.ok("travellers") && check.ok("partySize")) {
      check.require(
          names(travellers).size() == in.partySize(), "travellers", "booking.namesForParty");
    }
    if (check.ok("customer")) {
      check.require(
          em.createQuery("select count(k) from Customer k where k.id = :id", Long.class)
                  .setParameter("id", in.customerId())
                  .getSingleResult()
              == 1,
          "customer",
          "booking.noCustomer");
    }
    Map<Long, Product> products = Map.of();
    if (check.ok("lines")) {
      Set<Long> ids = new HashSet<>();
      for (NewBooking.Line l : in.lines()) {
        check.require(l != null && l.productId() != null, "lines", "booking.badProduct");
        if (l != null && l.productId() != null) {
          ids.add(l.productId());
          check.require(l.quantity() >= 1 && l.quantity() <= 9999, "lines", "booking.badQuantity");
        }
      }
      products =
          ids.isEmpty()
              ? Map.of()
              : em
                  .createQuery("select p from Product p where p.id in :ids", Product.class)
                  .setParameter("ids", ids)
                  .getResultList()
                  .stream()
                  .collect(Collectors.toMap(Product::getId, Function.identity()));
      Map<Long, Product> found = products;
      check.require(
          ids.stream().allMatch(id -> found.containsKey(id) && found.get(id).isActive()),
          "lines",
          "booking.badProduct");
      check.require(
          found.values().stream().map(Product::getCurrency).distinct().count() <= 1,
          "lines",
          "booking.oneCurrency");
    }
    check.throwIfAny();
    String currency = products.values().iterator().next().getCurrency();
    List<BigDecimal> lineTotals = new ArrayList<>();
    for (NewBooking.Line l : in.lines()) {
      lineTotals.add(
          Money.lineTotal(products.get(l.productId()).getUnitPrice(), l.quantity(), currency));
    }
    Booking b =
        new Booking(
            String.format("YD%08d", serials.next(SerialNumbers.BOOKING_NO)),
            in.customerId(),
            callRowId,
            in,
            currency,
            Money.total(lineTotals, currency),
            channel,
            author.getId(),
            author.getEmployeeNo(),
            now);
    if (partner != null) {
      b.fromPartner(partner.partnerId(), partner.partnerRef());
    }
    em.persist(b);
    em.flush();
    int lineNo = 1;
    for (NewBooking.Line l : in.lines()) {
      Product p = products.get(l.productId());
      em.persist(
          new BookingLine(
              b.getId(),
              lineNo,
              p.getId(),
              l.quantity(),
              p.getUnitPrice(),
              lineTotals.get(lineNo - 1)));
      lineNo++;
    }
    em.flush();
    step(
        b,
        "REQUESTED",
        in.travelFrom() + ".." + in.travelTo() + " · " + currency + " " + b.getTotal(),
        now);
    audit.record(
        "BOOKING_REQUESTED",
        SUBJECT,
        b.getId(),
        b.getBookingNo() + ", " + in.lines().size() + " lines, " + currency + " " + b.getTotal());
    moved.fire(new BookingMoved(b.getId(), b.getBookingNo(), b.getState(), null));
    return b;
  }

  /**
   * The supplier confirmed: the confirmation text is made in the customer's language and kept, and
   * the reminder the day before travel is raised.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void confirm(
      Booking b, String rawSupplierRef, CustomerCard customer, ZoneId zone, Instant now) {
    String supplierRef = InvalidInput.clean(rawSupplierRef);
    new InvalidInput.Check().text(supplierRef, false, 60, "supplierRef").throwIfAny();
    allowed(b, BookingState.Action.CONFIRM);
    String text =
        BookingConfirmation.text(
            customer.fullName(),
            b.getBookingNo(),
            b.getTravelFrom(),
            b.getTravelTo(),
            b.getPartySize(),
            b.getTravellers(),
            b.getCurrency(),
            b.getTotal(),
            supplierRef,
            lines(b.getId()),
            b.getLanguage());
    b.move(BookingState.Action.CONFIRM, audit.currentActor(), now);
    b.confirmed(supplierRef, text.length() <= 2000 ? text : text.substring(0, 1999) + "…");
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate dayBefore = b.getTravelFrom().minusDays(1);
    if (dayBefore.isAfter(today)) {
      automatic.raise(
          b.getCustomerId(),
          CallbackSource.BOOKING,
          "BOOKING-REMIND:" + b.getId(),
          CallbackTask.Purpose.REMINDER,
          "en".equals(b.getLanguage())
              ? "A reminder of your trip " + b.getBookingNo() + " tomorrow. " + text
              : "提醒您明天出行（预订" + b.getBookingNo() + "）。" + text,
          dayBefore,
          now);
    }
    after(b, "CONFIRMED", supplierRef, now);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void pay(Booking b, Instant now) {
    move(b, BookingState.Action.PAY, "PAID", null, now);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void depart(Booking b, Instant now) {
    move(b, BookingState.Action.DEPART, "TRAVELLING", null, now);
  }

  /** The trip is over: the follow-up call is raised for the day after. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void complete(Booking b, ZoneId zone, Instant now) {
    allowed(b, BookingState.Action.COMPLETE);
    b.move(BookingState.Action.COMPLETE, audit.currentActor(), now);
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate due =
        b.getTravelTo().plusDays(1).isAfter(today) ? b.getTravelTo().plusDays(1) : today;
    callbacks.raise(
        b.getCustomerId(),
        CallbackSource.BOOKING,
        "BOOKING-FOLLOWUP:" + b.getId(),
        "trip follow-up " + b.getBookingNo(),
        due,
        now);
    after(b, "COMPLETED", null, now);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void followedUp(Booking b, String rawNote, Instant now) {
    String note = InvalidInput.clean(rawNote);
    new InvalidInput.Check().text(note, true, 1000, "note").throwIfAny();
    move(b, BookingState.Action.FOLLOW_UP, "FOLLOWED_UP", note, now);
  }

  /** Cancels before travel, with the reason; the reminder is withdrawn. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void cancel(Booking b, String rawReason, Instant now) {
    String reason = InvalidInput.clean(rawReason);
    new InvalidInput.Check().text(reason, true, 500, "reason").throwIfAny();
    allowed(b, BookingState.Action.CANCEL);
    b.move(BookingState.Action.CANCEL, audit.currentActor(), now);
    b.cancelled(reason);
    automatic.withdraw("BOOKING-REMIND:" + b.getId(), now);
    after(b, "CANCELLED", reason, now);
  }

  private void move(
      Booking b, BookingState.Action action, String step, String detail, Instant now) {
    allowed(b, action);
    b.move(action, audit.currentActor(), now);
    after(b, step, detail, now);
  }

  private void after(Booking b, String action, String detail, Instant now) {
    em.flush();
    step(b, action, detail, now);
    audit.record("BOOKING_" + action, SUBJECT, b.getId(), detail);
    moved.fire(new BookingMoved(b.getId(), b.getBookingNo(), b.getState(), detail));
  }

  /** The booking with its lines and history. */
  public BookingView view(Booking b, CustomerCard customer) {
    return new BookingView(
        b.getId(),
        b.getBookingNo(),
        customer.id(),
        customer.customerNo(),
        customer.fullName(),
        b.getState(),
        b.getTravelFrom(),
        b.getTravelTo(),
        b.getPartySize(),
        b.getTravellers(),
        b.getCurrency(),
        b.getTotal(),
        b.getLanguage(),
        b.getSupplierRef(),
        b.getConfirmationText(),
        b.getReason(),
        b.getChannel(),
        b.getAgentNo(),
        b.getCreatedAt(),
        b.getVersion(),
        lines(b.getId()),
        em
            .createQuery(
                "select s from BookingStep s where s.bookingId = :id order by s.doneAt, s.id",
                BookingStep.class)
            .setParameter("id", b.getId())
            .getResultList()
            .stream()
            .map(
                s ->
                    new BookingView.StepView(
                        s.getAction(), s.getDetail(), s.getDoneBy(), s.getDoneAt()))
            .toList());
  }

  List<BookingView.LineView> lines(Long bookingId) {
    return em
        .createQuery(
            "select l, p from BookingLine l, Product p where p.id = l.productId"
                + " and l.bookingId = :id order by l.lineNo",
            Object[].class)
        .setParameter("id", bookingId)
        .getResultList()
        .stream()
        .map(
            x -> {
              BookingLine l = (BookingLine) x[0];
              Product p = (Product) x[1];
              return new BookingView.LineView(
                  l.getLineNo(),
                  p.getId(),
                  p.getNameZh(),
                  p.getNameEn(),
                  p.getUnitZh(),
                  p.getUnitEn(),
                  l.getQuantity(),
                  l.getUnitPrice(),
                  l.getLineTotal());
            })
        .toList();
  }

  void step(Booking b, String action, String detail, Instant at) {
    em.persist(new BookingStep(b.getId(), action, detail, audit.currentActor(), at));
  }

  static void allowed(Booking b, BookingState.Action action) {
    if (!b.getState().allows(action)) {
      throw new BusinessException(
          "booking.notNow",
          null,
          action + " not allowed on a " + b.getState() + " booking",
          b.getState().name());
    }
  }

  /** The names, one per line or separated by commas, trimmed, joined by "、". */
  static String travellers(String raw) {
    String v = InvalidInput.clean(raw);
    return v == null ? null : String.join("、", names(v));
  }

  static List<String> names(String v) {
    return v == null
        ? List.of()
        : Arrays.stream(v.split("[,，、;\\n]+"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
  }
}
