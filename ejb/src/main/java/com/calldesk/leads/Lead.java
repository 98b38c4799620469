package com.calldesk.leads;

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

/** A sales opportunity (销售机会): forwarded to its region's owner, OPEN until the owner reports. */
@Entity
@Table(name = "cd_lead")
public class Lead {

  /** Waiting for the owner, or answered. */
  public enum State {
    OPEN,
    FEEDBACK
  }

  @Id
  @SequenceGenerator(name = "lead_seq", sequenceName = "cd_lead_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_seq")
  private Long id;

  @Column(name = "lead_no", nullable = false, updatable = false, length = 20)
  private String leadNo;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "call_row_id", updatable = false)
  private Long callRowId;

  @Column(name = "region_code", nullable = false, updatable = false, length = 30)
  private String regionCode;

  @Column(nullable = false, updatable = false, length = 1000)
  private String need;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 10)
  private Interest interest;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 20)
  private Timing timing;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private State state;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private LeadResult result;

  @Column(name = "result_note", length = 1000)
  private String resultNote;

  @Column(name = "result_by", length = 60)
  private String resultBy;

  @Column(name = "result_at")
  private Instant resultAt;

  @Column(name = "forwarded_at", nullable = false, updatable = false)
  private Instant forwardedAt;

  @Column(name = "chase_count", nullable = false)
  private int chaseCount;

  @Column(name = "last_chased_at")
  private Instant lastChasedAt;

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

  protected Lead() {}

  Lead(
      String leadNo,
      Long customerId,
      Long callRowId,
      NewLead in,
      Long agentId,
      String agentNo,
      Instant now) {
    this.leadNo = leadNo;
    this.customerId = customerId;
    this.callRowId = callRowId;
    this.regionCode = in.regionCode();
    this.need = in.need();
    this.interest = in.interest();
    this.timing = in.timing();
    this.state = State.OPEN;
    this.forwardedAt = now;
    this.agentId = agentId;
    this.agentNo = agentNo;
    this.createdAt = now;
    this.updatedBy = agentNo;
    this.updatedAt = now;
  }

  /**
   * The owner's result. FOLLOWING may be followed by WON or LOST; WON and LOST are final.
   *
   * @throws IllegalStateException after a final result
   */
  void reported(LeadResult result, String note, String by, Instant now) {
    if (this.result == LeadResult.WON || this.result == LeadResult.LOST) {
      throw new IllegalStateException("lead " + leadNo + " is closed " + this.result);
    }
    this.state = State.FEEDBACK;
    this.result = result;
    this.resultNote = note;
    this.resultBy = by;
    this.resultAt = now;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  void chased(Instant now) {
    chaseCount++;
    lastChasedAt = now;
    updatedBy = "system";
    updatedAt = now;
  }

  public boolean isClosed() {
    return result == LeadResult.WON || result == LeadResult.LOST;
  }

  public Long getId() {
    return id;
  }

  public String getLeadNo() {
    return leadNo;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public String getNeed() {
    return need;
  }

  public Interest getInterest() {
    return interest;
  }

  public Timing getTiming() {
    return timing;
  }

  public State getState() {
    return state;
  }

  public LeadResult getResult() {
    return result;
  }

  public String getResultNote() {
    return resultNote;
  }

  public String getResultBy() {
    return resultBy;
  }

  public Instant getResultAt() {
    return resultAt;
  }

  public Instant getForwardedAt() {
    return forwardedAt;
  }

  public int getChaseCount() {
    return chaseCount;
  }

  public Instant getLastChasedAt() {
    return lastChasedAt;
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
