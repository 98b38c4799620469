package com.calldesk.web.bookings;

import com.calldesk.bookings.BookingPage;
import com.calldesk.bookings.BookingRow;
import com.calldesk.bookings.BookingState;
import com.calldesk.bookings.BookingView;
import com.calldesk.bookings.Bookings;
import com.calldesk.bookings.NewBooking;
import com.calldesk.bookings.ProductView;
import com.calldesk.web.Feedback;
import com.calldesk.web.desk.CustomerCardBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Bookings (预订) on the desk and on the bookings page: the booking form for the caller on the card
 * (a quantity per product, dates, party and travellers, the customer's language); the list of my (a
 * supervisor's: the team's) bookings paged in the database; the open booking with its lines,
 * confirmation text and history, and the moves its state allows.
 */
@Named("bookingDesk")
@ViewScoped
public class BookingDeskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Bookings bookings;
  @Inject private CustomerCardBacking card;
  @Inject private Feedback feedback;
  @Inject private ExternalContext external;

  private LocalDate travelFrom;
  private LocalDate travelTo;
  private Integer partySize = 1;
  private String travellers;
  private String language = "zh";
  private Map<Long, Integer> quantities = new HashMap<>();
  private List<ProductView> products;

  private BookingState state;
  private final Rows rows = new Rows();
  private BookingView current;
  private String text;

  @PostConstruct
  void load() {
    String filter = external.getRequestParameterMap().get("state");
    for (BookingState s : BookingState.values()) {
      if (s.name().equals(filter)) {
        state = s;
      }
    }
    String id = external.getRequestParameterMap().get("booking");
    if (id != null && id.matches("\\d{1,18}")) {
      open(Long.valueOf(id));
    }
  }

  /** The form opens with the caller as the first traveller. */
  public void start() {
    current = null;
    if (travellers == null && card.isOpen()) {
      travellers = card.getFullName();
    }
  }

  public void save() {
    if (!card.isOpen()) {
      feedback.error(null, "booking.noCustomer");
      return;
    }
    List<NewBooking.Line> lines = new ArrayList<>();
    for (ProductView p : getProducts()) {
      Integer q = quantities.get(p.id());
      if (q != null && q != 0) {
        lines.add(new NewBooking.Line(p.id(), q));
      }
    }
    try {
      current =
          bookings.book(
              new NewBooking(
                  card.getCustomerId(),
                  card.getCallId(),
                  travelFrom,
                  travelTo,
                  partySize == null ? 0 : partySize,
                  travellers,
                  language,
                  lines));
      quantities = new HashMap<>();
      travellers = null;
      card.refreshRecords();
      feedback.info(
          "booking.saved", current.bookingNo(), current.currency() + " " + current.total());
    } catch (RuntimeException e) {
      feedback.refused(e, "bookingForm");
    }
  }

  /** The lazy model the list pages through: each page is one query in the database. */
  public final class Rows extends LazyDataModel<BookingRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, bookings.list(state, 0, 1).total());
    }

    @Override
    public List<BookingRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      BookingPage page = bookings.list(state, first, pageSize);
      return page.rows();
    }

    @Override
    public String getRowKey(BookingRow row) {
      return row.id().toString();
    }

    @Override
    public BookingRow getRowData(String rowKey) {
      List<BookingRow> shown = getWrappedData();
      return shown == null
          ? null
          : shown.stream().filter(r -> r.id().toString().equals(rowKey)).findFirst().orElse(null);
    }
  }

  public void open(Long id) {
    try {
      current = bookings.view(id);
      text = null;
    } catch (RuntimeException e) {
      current = null;
      feedback.refused(e, "booking");
    }
  }

  public void confirm() {
    act(() -> bookings.confirm(current.id(), current.version(), text), "booking.confirmed");
  }

  public void pay() {
    act(() -> bookings.pay(current.id(), current.version()), "booking.paid");
  }

  public void depart() {
    act(() -> bookings.depart(current.id(), current.version()), "booking.departed");
  }

  public void complete() {
    act(() -> bookings.complete(current.id(), current.version()), "booking.completed");
  }

  public void followedUp() {
    act(() -> bookings.followedUp(current.id(), current.version(), text), "booking.followedUp");
  }

  public void cancel() {
    act(() -> bookings.cancel(current.id(), current.version(), text), "booking.cancelled");
  }

  private void act(Supplier<BookingView> move, String done) {
    if (current == null) {
      return;
    }
    try {
      current = move.get();
      text = null;
      feedback.info(done, current.bookingNo());
    } catch (RuntimeException e) {
      feedback.refused(e, "booking", "supplierRef=text", "note=text", "reason=text");
    }
  }

  public List<ProductView> getProducts() {
    if (products == null) {
      products = bookings.products();
    }
    return products;
  }

  public BookingState[] getStates() {
    return BookingState.values();
  }

  public Rows getRows() {
    return rows;
  }

  public BookingView getCurrent() {
    return current;
  }

  public BookingState getState() {
    return state;
  }

  public void setState(BookingState state) {
    this.state = state;
  }

  public Map<Long, Integer> getQuantities() {
    return quantities;
  }

  public LocalDate getTravelFrom() {
    return travelFrom;
  }

  public void setTravelFrom(LocalDate travelFrom) {
    this.travelFrom = travelFrom;
  }

  public LocalDate getTravelTo() {
    return travelTo;
  }

  public void setTravelTo(LocalDate travelTo) {
    this.travelTo = travelTo;
  }

  public Integer getPartySize() {
    return partySize;
  }

  public void setPartySize(Integer partySize) {
    this.partySize = partySize;
  }

  public String getTravellers() {
    return travellers;
  }

  public void setTravellers(String travellers) {
    this.travellers = travellers;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
