package com.calldesk.web.appointments;

import com.calldesk.appointments.AppointmentKind;
import com.calldesk.appointments.AppointmentRow;
import com.calldesk.appointments.AppointmentView;
import com.calldesk.appointments.Appointments;
import com.calldesk.appointments.NewAppointment;
import com.calldesk.appointments.Place;
import com.calldesk.appointments.SlotView;
import com.calldesk.web.Feedback;
import com.calldesk.web.desk.CustomerCardBacking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Appointments (预约) on the desk and on the appointments page: the booking form, filled from the
 * caller on the card, offering the free slots of the kind chosen (a slot that filled meanwhile is
 * refused next to the slot list, which then shows the next free ones); the open appointment with
 * its history, and attended, no-show (re-booked in the same step when a slot is chosen) and cancel.
 */
@Named("appointmentDesk")
@ViewScoped
public class AppointmentDeskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Appointments appointments;
  @Inject private CustomerCardBacking card;
  @Inject private Feedback feedback;
  @Inject private ExternalContext external;

  private AppointmentKind kind = AppointmentKind.REPAIR;
  private Long slotId;
  private Place place = Place.ON_SITE;
  private String address;
  private String specialist;
  private String notes;
  private List<SlotView> slots;

  private AppointmentView current;
  private String reason;
  private Long rebookSlotId;
  private List<SlotView> rebookSlots;
  private List<AppointmentRow> mine;

  @PostConstruct
  void load() {
    String id = external.getRequestParameterMap().get("appointment");
    if (id != null && id.matches("\\d{1,18}")) {
      open(Long.valueOf(id));
    }
  }

  /** The form opens with the caller's address for a visit on site. */
  public void start() {
    slots = null;
    current = null;
    if (address == null && card.isOpen()) {
      address = card.getAddress();
    }
  }

  /** Another kind was chosen: its slots. */
  public void kindChanged() {
    slots = null;
    slotId = null;
  }

  public void save() {
    if (!card.isOpen()) {
      feedback.error(null, "appointment.noCustomer");
      return;
    }
    try {
      current =
          appointments.book(
              new NewAppointment(
                  card.getCustomerId(),
                  card.getCallId(),
                  kind,
                  slotId,
                  place,
                  address,
                  specialist,
                  notes));
      slotId = null;
      specialist = null;
      notes = null;
      slots = null;
      mine = null;
      card.refreshRecords();
      feedback.info("appointment.saved", current.appointmentNo());
    } catch (RuntimeException e) {
      slots = null; // the slot that filled meanwhile is gone from the list; the next ones show
      feedback.refused(e, "appointmentForm");
    }
  }

  public void open(Long id) {
    try {
      current = appointments.view(id);
      reason = null;
      rebookSlotId = null;
      rebookSlots = null;
    } catch (RuntimeException e) {
      current = null;
      feedback.refused(e, "appointment");
    }
  }

  public void attended() {
    act(() -> appointments.attended(current.id(), current.version()), "appointment.attendedSaved");
  }

  public void cancel() {
    act(
        () -> appointments.cancel(current.id(), current.version(), reason),
        "appointment.cancelled");
  }

  /** A no-show, re-booked into the chosen slot in the same step when one is chosen. */
  public void noShow() {
    act(
        () -> appointments.noShow(current.id(), current.version(), reason, rebookSlotId),
        rebookSlotId == null ? "appointment.noShowSaved" : "appointment.rebooked");
  }

  private void act(java.util.function.Supplier<AppointmentView> action, String done) {
    if (current == null) {
      return;
    }
    try {
      current = action.get();
      reason = null;
      rebookSlotId = null;
      rebookSlots = null;
      mine = null;
      feedback.info(done, current.appointmentNo());
    } catch (RuntimeException e) {
      rebookSlots = null;
      feedback.refused(e, "appointment", "slot=rebookSlot");
    }
  }

  public boolean isOpenForChange() {
    return current != null && current.state().name().equals("BOOKED");
  }

  public List<SlotView> getSlots() {
    if (slots == null) {
      slots = kind == null ? List.of() : appointments.freeSlots(kind);
    }
    return slots;
  }

  public List<SlotView> getRebookSlots() {
    if (rebookSlots == null) {
      rebookSlots = current == null ? List.of() : appointments.freeSlots(current.kind());
    }
    return rebookSlots;
  }

  public List<AppointmentRow> getMine() {
    if (mine == null) {
      mine = appointments.mine();
    }
    return mine;
  }

  public AppointmentKind[] getKinds() {
    return AppointmentKind.values();
  }

  public Place[] getPlaces() {
    return Place.values();
  }

  public AppointmentView getCurrent() {
    return current;
  }

  public AppointmentKind getKind() {
    return kind;
  }

  public void setKind(AppointmentKind kind) {
    this.kind = kind;
  }

  public Long getSlotId() {
    return slotId;
  }

  public void setSlotId(Long slotId) {
    this.slotId = slotId;
  }

  public Place getPlace() {
    return place;
  }

  public void setPlace(Place place) {
    this.place = place;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getSpecialist() {
    return specialist;
  }

  public void setSpecialist(String specialist) {
    this.specialist = specialist;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getRebookSlotId() {
    return rebookSlotId;
  }

  public void setRebookSlotId(Long rebookSlotId) {
    this.rebookSlotId = rebookSlotId;
  }
}
