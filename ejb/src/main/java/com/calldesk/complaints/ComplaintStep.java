package com.calldesk.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of a complaint's history: who did what, when, from which state to which. Only ever
 * added, like inquiries: the entity refuses a change.
 */
@Entity
@Table(name = "cd_complaint_step")
public class ComplaintStep {

  /** Steps that are not moves of the state machine. */
  public static final String RECEIVED = "RECEIVED";

  public static final String REPEAT = "REPEAT";
  public static final String REPEATED_BY = "REPEATED_BY";
  public static final String DUE_SOON = "DUE_SOON";
  public static final String ESCALATED = "ESCALATED";

  @Id
  @SequenceGenerator(
      name = "complaint_step_seq",
      sequenceName = "cd_complaint_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_step_seq")
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private Long complaintId;

  @Column(nullable = false, length = 20)
  private String action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 20)
  private ComplaintState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 20)
  private ComplaintState toState;

  @Column(length = 2000)
  private String detail;

  @Column(name = "done_by", nullable = false, length = 60)
  private String doneBy;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt;

  protected ComplaintStep() {}

  ComplaintStep(
      Long complaintId,
      String action,
      ComplaintState fromState,
      ComplaintState toState,
      String detail,
      String doneBy,
      Instant doneAt) {
    this.complaintId = complaintId;
    this.action = action;
    this.fromState = fromState;
    this.toState = toState;
    this.detail = detail;
    this.doneBy = doneBy;
    this.doneAt = doneAt;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("complaint step " + id + " is history and cannot change");
  }

  public Long getId() {
    return id;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public String getAction() {
    return action;
  }

  public ComplaintState getFromState() {
    return fromState;
  }

  public ComplaintState getToState() {
    return toState;
  }

  public String getDetail() {
    return detail;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }
}
