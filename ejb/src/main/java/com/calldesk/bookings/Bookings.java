package com.calldesk.bookings;

import com.calldesk.calls.CallLink;
import com.calldesk.calls.CallLog;
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
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Bookings (预订, SPEC §7) as agents take them on the phone and follow them: products with their unit
 * prices, exact totals, the lifecycle from requested to followed up or cancelled before travel, the
 * confirmation text in the customer's language, the reminder and the follow-up.
 *
 * <p>A booking is seen by its author and the author's supervisor; anyone else is told it does not
 * exist. Lists hold the caller's own bookings, and a supervisor's their team's too.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
public class Bookings {

  /** The most rows a page may ask for. */
  public static final int MAX_PAGE = 100;

  @PersistenceContext private EntityManager em;
  @Inject private BookingDesk desk;
  @Inject private Customers customers;
  @Inject private CallLog calls;
  @Inject private EmployeeRepository employees;
  @Inject private RecordAccess access;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /** The products on offer, by kind and name. */
  public List<ProductView> products() {
    return em
        .createQuery(
            "select p from Product p where p.active = true order by p.kind, p.nameZh",
            Product.class)
        .getResultList()
        .stream()
        .map(Product::view)
        .toList();
  }

  /**
   * Takes a booking, REQUESTED.
   *
   * @throws InvalidInput listing every field that is wrong; nothing is saved
   */
  public BookingView book(NewBooking in) {
    Long callRowId = null;
    if (in.callId() != null && !in.callId().isBlank()) {
      CallLink call = calls.linkFor(in.callId());
      new InvalidInput.Check()
          .require(
              in.customerId() == null || in.customerId().equals(call.customerId()),
              "customer",
              "booking.otherCustomer")
          .throwIfAny();
      callRowId = call.callRowId();
    }
    Instant now = clock.instant();
    return view(
        desk.book(
            in,
            callRowId,
            Booking.Channel.PHONE,
            null,
            me(),
            LocalDate.ofInstant(now, zone()),
            now));
  }

  /** The supplier confirmed (with its reference): the confirmation text is made and kept. */
  public BookingView confirm(Long id, long version, String supplierRef) {
    Booking b = findForUpdate(id, version);
    desk.confirm(b, supplierRef, customers.card(b.getCustomerId()), zone(), clock.instant());
    return view(b);
  }

  public BookingView pay(Long id, long version) {
    Booking b = findForUpdate(id, version);
    desk.pay(b, clock.instant());
    return view(b);
  }

  public BookingView depart(Long id, long version) {
    Booking b = findForUpdate(id, version);
    desk.depart(b, clock.instant());
    return view(b);
  }

  public BookingView complete(Long id, long version) {
    Booking b = findForUpdate(id, version);
    desk.complete(b, zone(), clock.instant());
    return view(b);
  }

  public BookingView followedUp(Long id, long version, String note) {
    Booking b = findForUpdate(id, version);
    desk.followedUp(b, note, clock.instant());
    return view(b);
  }

  public BookingView cancel(Long id, long version, String reason) {
    Booking b = findForUpdate(id, version);
    desk.cancel(b, reason, clock.instant());
    return view(b);
  }

  public BookingView view(Long id) {
    return view(visible(id == null ? null : em.find(Booking.class, id), id));
  }

  /**
   * One page of the caller's bookings (a supervisor's: the team's too), newest first, of one state
   * or all.
   */
  public BookingPage list(BookingState state, int first, int max) {
    List<Long> authors = employees.selfAndTeam(me().getId());
    String where = " where b.agentId in :authors" + (state == null ? "" : " and b.state = :state");
    // The page's ids first, on one table and its indexes; then only those rows with their customer.
    TypedQuery<Long> page =
        em.createQuery(
            "select b.id from Booking b" + where + " order by b.createdAt desc, b.id desc",
            Long.class);
    TypedQuery<Long> count = em.createQuery("select count(b) from Booking b" + where, Long.class);
    page.setParameter("authors", authors);
    count.setParameter("authors", authors);
    if (state != null) {
      page.setParameter("state", state);
      count.setParameter("state", state);
    }
    List<Long> ids =
        page.setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(MAX_PAGE, max)))
            .getResultList();
    long total = count.getSingleResult();
    if (ids.isEmpty()) {
      return new BookingPage(List.of(), total);
    }
    return new BookingPage(
        em
            .createQuery(
                "select b, k.customerNo, k.fullName from Booking b join Customer k on k.id ="
                    + " b.customerId where b.id in :ids order by b.createdAt desc, b.id desc",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .map(
                x -> {
                  Booking b = (Booking) x[0];
                  return new BookingRow(
                      b.getId(),
                      b.getBookingNo(),
                      (String) x[1],
                      (String) x[2],
                      b.getTravelFrom(),
                      b.getTravelTo(),
                      b.getPartySize(),
                      b.getCurrency(),
                      b.getTotal(),
                      b.getState(),
                      b.getAgentNo(),
                      b.getCreatedAt());
                })
            .toList(),
        total);
  }

  BookingView view(Booking b) {
    return desk.view(b, customers.card(b.getCustomerId()));
  }

  private Booking findForUpdate(Long id, long version) {
    Booking b =
        visible(id == null ? null : em.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE), id);
    if (b.getVersion() != version) {
      throw new BusinessException("booking.changedMeanwhile", null, "booking changed meanwhile");
    }
    return b;
  }

  private Booking visible(Booking b, Long id) {
    if (b == null || !access.maySee(b.getAgentId(), RecordAccess.Admins.DO_NOT_SEE)) {
      throw new BusinessException("booking.notFound", null, "no booking " + id);
    }
    return b;
  }

  private Employee me() {
    return employees.findByEmployeeNo(context.getCallerPrincipal().getName()).orElseThrow();
  }

  private static ZoneId zone() {
    return ZoneId.systemDefault();
  }
}
