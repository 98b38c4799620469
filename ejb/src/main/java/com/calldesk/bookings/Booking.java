package com.calldesk.bookings;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A booking (预订). Its lines, dates, party and total never change once taken; only its state moves,
 * through {@link #move}, which asks {@link BookingState#next} whether the move is allowed.
 */
@Entity
@Table(name = "cd_booking")
public class Booking {

  /** Where the booking came from. */
  public enum Channel {
    PHONE,
    PARTNER
  }

  @Id
  @SequenceGenerator(name = "booking_seq", sequenceName = "cd_booking_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
  private Long id;

  @Column(name = "booking_no", nullable = false, updatable = false, length = 20)
  private String bookingNo;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "call_row_id", updatable = false)
  private Long callRowId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private BookingState state;

  @Column(name = "travel_from", nullable = false, updatable = false)
  private LocalDate travelFrom;

  @Column(name = "travel_to", nullable = false, updatable = false)
  private LocalDate travelTo;

  @Column(name = "party_size", nullable = false, updatable = false)
  private int partySize;

  @Column(nullable = false, updatable = false, length = 1000)
  private String travellers;

  @Column(nullable = false, updatable = false, length = 3)
  private String currency;

  @Column(nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal total;

  @Column(nullable = false, updatable = false, length = 5)
  private String language;

  @Column(name = "supplier_ref", length = 60)
  private String supplierRef;

  @Column(name = "confirmation_text", length = 2000)
  private String confirmationText;

  @Column(length = 500)
  private String reason;

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

  protected Booking() {}

  Booking(
      String bookingNo,
      Long customerId,
      Long callRowId,
      NewBooking in,
      String currency,
      BigDecimal total,
      Channel channel,
      Long agentId,
      String agentNo,
      Instant now) {
    this.bookingNo = bookingNo;
    this.customerId = customerId;
    this.callRowId = callRowId;
    this.state = BookingState.REQUESTED;
    this.travelFrom = in.travelFrom();
    this.travelTo = in.travelTo();
    this.partySize = in.partySize();
    this.travellers = in.travellers();
    this.currency = currency;
    this.total = total;
    this.language = in.language();
    this.channel = channel;
    this.agentId = agentId;
    this.agentNo = agentNo;
    this.createdAt = now;
    this.updatedBy = agentNo;
    this.updatedAt = now;
  }

  /**
   * @throws IllegalStateException when the action is not allowed in the current state
   */
  void move(BookingState.Action action, String by, Instant now) {
    state = state.next(action);
    updatedBy = by;
    updatedAt = now;
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

  void confirmed(String supplierRef, String confirmationText) {
    this.supplierRef = supplierRef;
    this.confirmationText = confirmationText;
  }

  void cancelled(String reason) {
    this.reason = reason;
  }

  public Long getId() {
    return id;
  }

  public String getBookingNo() {
    return bookingNo;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public BookingState getState() {
    return state;
  }

  public LocalDate getTravelFrom() {
    return travelFrom;
  }

  public LocalDate getTravelTo() {
    return travelTo;
  }

  public int getPartySize() {
    return partySize;
  }

  public String getTravellers() {
    return travellers;
  }

  public String getCurrency() {
    return currency;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public String getLanguage() {
    return language;
  }

  public String getSupplierRef() {
    return supplierRef;
  }

  public String getConfirmationText() {
    return confirmationText;
  }

  public String getReason() {
    return reason;
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
