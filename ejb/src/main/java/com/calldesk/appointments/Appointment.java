package com.calldesk.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An appointment (预约): a customer's place in a slot, and what became of it. */
@Entity
@Table(name = "cd_appointment")
public class Appointment {

  /** Where the appointment came from. */
  public enum Channel {
    PHONE,
    PARTNER
  }

  @Id
  @SequenceGenerator(name = "appt_seq", sequenceName = "cd_appointment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appt_seq")
  private Long id;

  @Column(name = "appointment_no", nullable = false, updatable = false, length = 20)
  private String appointmentNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private AppointmentKind kind;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "call_row_id", updatable = false)
  private Long callRowId;

  @Column(name = "slot_id", nullable = false, updatable = false)
  private Long slotId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Place place;

  @Column(length = 200, updatable = false)
  private String address;

  @Column(length = 60, updatable = false)
  private String specialist;

  @Column(length = 1000, updatable = false)
  private String notes;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AppointmentState state;

  @Column(length = 500)
  private String reason;

  @Column(name = "rebooked_from_id", updatable = false)
  private Long rebookedFromId;

  @Column(name = "partner_id", length = 40, updatable = false)
  private String partnerId;

  @Column(name = "partner_ref", length = 60, updatable = false)
  private String partnerRef;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Channel channel;

  @Column(name = "agent_id", nullable = false, updatable = false)
  private Long agentId;

  @Column(name = "agent_no", nullable = false, updatable = false, length = 20)
  private String agentNo;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Appointment() {}

  Appointment(
      String appointmentNo,
      NewAppointment in,
      Long callRowId,
      Long rebookedFromId,
      Channel channel,
      Long agentId,
      String agentNo,
      Instant now) {
    this.appointmentNo = appointmentNo;
    this.kind = in.kind();
    this.customerId = in.customerId();
    this.callRowId = callRowId;
    this.slotId = in.slotId();
    this.place = in.place();
    this.address = in.address();
    this.specialist = in.specialist();
    this.notes = in.notes();
    this.state = AppointmentState.BOOKED;
    this.rebookedFromId = rebookedFromId;
    this.channel = channel;
    this.agentId = agentId;
    this.agentNo = agentNo;
    this.createdAt = now;
    this.updatedBy = agentNo;
    this.updatedAt = now;
  }

  /** Filed by a partner system, under its own reference. */
  void fromPartner(String partnerId, String partnerRef) {
    this.partnerId = partnerId;
    this.partnerRef = partnerRef;
  }

  /** The partner that filed it, or null. */
  public String getPartnerId() {
    return partnerId;
  }

  public String getPartnerRef() {
    return partnerRef;
  }

  /** BOOKED is the only state anything leaves; the others are final. */
  void end(AppointmentState to, String reason, String by, Instant now) {
    if (state != AppointmentState.BOOKED || to == AppointmentState.BOOKED) {
      throw new IllegalStateException("appointment " + appointmentNo + " is " + state);
    }
    this.state = to;
    this.reason = reason;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getAppointmentNo() {
    return appointmentNo;
  }

  public AppointmentKind getKind() {
    return kind;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Long getCallRowId() {
    return callRowId;
  }

  public Long getSlotId() {
    return slotId;
  }

  public Place getPlace() {
    return place;
  }

  public String getAddress() {
    return address;
  }

  public String getSpecialist() {
    return specialist;
  }

  public String getNotes() {
    return notes;
  }

  public AppointmentState getState() {
    return state;
  }

  public String getReason() {
    return reason;
  }

  public Long getRebookedFromId() {
    return rebookedFromId;
  }

  public Channel getChannel() {
    return channel;
  }

  public Long getAgentId() {
    return agentId;
  }

  public String getAgentNo() {
    return agentNo;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
