package com.calldesk.web.appointments;

import com.calldesk.appointments.AppointmentKind;
import com.calldesk.appointments.SlotAdmin;
import com.calldesk.appointments.SlotView;
import com.calldesk.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Administration → Appointment slots: open slots (a location, a range of days, start times, a
 * length and a capacity), and the coming slots with their places taken.
 */
@Named("slotSetup")
@ViewScoped
public class SlotsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SlotAdmin slots;
  @Inject private Feedback feedback;

  private AppointmentKind kind = AppointmentKind.REPAIR;
  private String location;
  private LocalDate from = LocalDate.now().plusDays(1);
  private LocalDate to = LocalDate.now().plusDays(7);
  private String times = "09:00, 13:00, 16:00";
  private int minutes = 120;
  private int capacity = 3;
  private List<SlotView> coming;

  public void open() {
    List<LocalTime> parsed = new ArrayList<>();
    try {
      for (String t : times == null ? new String[0] : times.split("[,，\\s]+")) {
        if (!t.isBlank()) {
          parsed.add(LocalTime.parse(t.length() == 4 ? "0" + t : t));
        }
      }
    } catch (DateTimeParseException e) {
      feedback.error(feedback.clientId("slots", "slotTimes"), "slot.badTimes");
      return;
    }
    try {
      int opened = slots.open(kind, location, from, to, parsed, minutes, capacity);
      coming = null;
      feedback.info("slot.opened", opened);
    } catch (RuntimeException e) {
      feedback.refused(e, "slots");
    }
  }

  public List<SlotView> getComing() {
    if (coming == null) {
      coming = slots.from(LocalDate.now(), 0, 50);
    }
    return coming;
  }

  public AppointmentKind[] getKinds() {
    return AppointmentKind.values();
  }

  public AppointmentKind getKind() {
    return kind;
  }

  public void setKind(AppointmentKind kind) {
    this.kind = kind;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getTimes() {
    return times;
  }

  public void setTimes(String times) {
    this.times = times;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }
}
