package com.calldesk.complaints;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint (投诉). Its state changes only through {@link #move}, which checks the {@link
 * ComplaintAction} table; the due clock stops while the case waits on the customer and the due time
 * moves on by exactly the time it waited. The version makes a stale screen's move fail.
 */
@Entity
@Table(name = "cd_complaint")
public class Complaint {

  @Id
  @SequenceGenerator(name = "complaint_seq", sequenceName = "cd_complaint_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
  private Long id;

  @Column(name = "complaint_no", nullable = false, length = 20)
  private String complaintNo;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "call_row_id")
  private Long callRowId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private ComplaintChannel channel;

  @Column(name = "category_code", nullable = false, length = 30)
  private String categoryCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_type", nullable = false, length = 10)
  private ComplaintTarget targetType;

  @Column(nullable = false, length = 200)
  private String target;

  @Column(nullable = false, length = 2000)
  private String content;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ComplaintState state = ComplaintState.RECEIVED;

  @Enumerated(EnumType.STRING)
  @Column(name = "held_from", length = 20)
  private ComplaintState heldFrom;

  @Column(name = "hold_reason", length = 500)
  private String holdReason;

  @Column(name = "paused_since")
  private Instant pausedSince;

  @Column(name = "paused_seconds", nullable = false)
  private long pausedSeconds;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Column(name = "warned_at")
  private Instant warnedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "department_code", length = 30)
  private String departmentCode;

  @Column(length = 1000)
  private String rejection;

  @Enumerated(EnumType.STRING)
  @Column(name = "cause_code", length = 20)
  private ComplaintCause causeCode;

  @Column(length = 1000)
  private String cause;

  @Column(name = "responsible_person", length = 100)
  private String responsiblePerson;

  @Column(length = 2000)
  private String plan;

  @Column(length = 2000)
  private String resolution;

  @Column(length = 2000)
  private String feedback;

  private Integer satisfaction;

  @Column(name = "repeat_of_id")
  private Long repeatOfId;

  @Column(name = "partner_id", length = 40, updatable = false)
  private String partnerId;

  @Column(name = "partner_ref", length = 60, updatable = false)
  private String partnerRef;

  @Column(nullable = false)
  private boolean repeated;

  @Column(name = "agent_id", nullable = false)
  private Long agentId;

  @Column(name = "agent_no", nullable = false, length = 20)
  private String agentNo;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "followup_due_on")
  private LocalDate followupDueOn;

  @Column(name = "followup_task_id")
  private Long followupTaskId;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Complaint() {}

  /**
   * A new complaint, RECEIVED.
   *
   * @param dueAt when it must be closed: received time plus its category's hours
   */
  Complaint(
      String complaintNo,
      Long customerId,
      Long callRowId,
      ComplaintChannel channel,
      String categoryCode,
      ComplaintTarget targetType,
      String target,
      String content,
      Instant receivedAt,
      Instant dueAt,
      Long agentId,
      String agentNo,
      Instant now) {
    this.complaintNo = complaintNo;
    this.customerId = customerId;
    this.callRowId = callRowId;
    this.channel = channel;
    this.categoryCode = categoryCode;
    this.targetType = targetType;
    this.target = target;
    this.content = content;
    this.receivedAt = receivedAt;
    this.dueAt = dueAt;
    this.agentId = agentId;
    this.agentNo = agentNo;
    this.updatedBy = agentNo;
    this.updatedAt = now;
  }

  /**
   * Makes a move of the state machine: checks it is legal from here, stops or restarts the due
   * clock for HOLD and RESUME, and returns the new state. Fields the move records (department,
   * cause, plan…) are set by the service beforehand.
   *
   * @throws IllegalStateException for a move the table does not allow from the current state
   */
  ComplaintState move(ComplaintAction action, String actor, Instant now) {
    if (!action.allowedFrom(state)) {
      throw new IllegalStateException(action + " is not allowed from " + state);
    }
    ComplaintState next = action.to(heldFrom);
    switch (action) {
      case HOLD -> {
        heldFrom = state;
        pausedSince = now;
      }
      case RESUME -> {
        long paused = Math.max(0, Duration.between(pausedSince, now).toSeconds());
        dueAt = dueAt.plusSeconds(paused);
        pausedSeconds += paused;
        pausedSince = null;
        heldFrom = null;
        holdReason = null;
        // The moved due time may be ahead again: then warn and escalate afresh when it comes.
        if (dueAt.isAfter(now)) {
          warnedAt = null;
          escalatedAt = null;
        }
      }
      case REJECT, CLOSE -> closedAt = now;
      default -> {}
    }
    state = next;
    updatedBy = actor;
    updatedAt = now;
    return next;
  }

  /** Whether the due time has passed at {@code now}; a held or finished case is never overdue. */
  public boolean overdueAt(Instant now) {
    return !state.finished() && pausedSince == null && now.isAfter(dueAt);
  }

  /** Whether less than {@code soon} is left before the due time (and it has not passed yet). */
  public boolean dueSoonAt(Instant now, Duration soon) {
    return !state.finished()
        && pausedSince == null
        && !now.isAfter(dueAt)
        && !now.plus(soon).isBefore(dueAt);
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

  void accept(String departmentCode) {
    this.departmentCode = departmentCode;
  }

  void reject(String explanation) {
    this.rejection = explanation;
  }

  void investigate(ComplaintCause causeCode, String cause, String responsiblePerson) {
    this.causeCode = causeCode;
    this.cause = cause;
    this.responsiblePerson = responsiblePerson;
  }

  void proposePlan(String plan) {
    this.plan = plan;
  }

  void resolve(String resolution) {
    this.resolution = resolution;
  }

  void customerReplied(String feedback, int satisfaction, LocalDate followupDueOn) {
    this.feedback = feedback;
    this.satisfaction = satisfaction;
    this.followupDueOn = followupDueOn;
  }

  void hold(String reason) {
    this.holdReason = reason;
  }

  void linkTo(Long earlierId) {
    this.repeatOfId = earlierId;
  }

  void markRepeated() {
    this.repeated = true;
  }

  void warned(Instant at) {
    this.warnedAt = at;
  }

  void escalated(Instant at) {
    this.escalatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getComplaintNo() {
    return complaintNo;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Long getCallRowId() {
    return callRowId;
  }

  public ComplaintChannel getChannel() {
    return channel;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public ComplaintTarget getTargetType() {
    return targetType;
  }

  public String getTarget() {
    return target;
  }

  public String getContent() {
    return content;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public ComplaintState getState() {
    return state;
  }

  public ComplaintState getHeldFrom() {
    return heldFrom;
  }

  public String getHoldReason() {
    return holdReason;
  }

  public Instant getPausedSince() {
    return pausedSince;
  }

  public long getPausedSeconds() {
    return pausedSeconds;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public Instant getWarnedAt() {
    return warnedAt;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public String getRejection() {
    return rejection;
  }

  public ComplaintCause getCauseCode() {
    return causeCode;
  }

  public String getCause() {
    return cause;
  }

  public String getResponsiblePerson() {
    return responsiblePerson;
  }

  public String getPlan() {
    return plan;
  }

  public String getResolution() {
    return resolution;
  }

  public String getFeedback() {
    return feedback;
  }

  public Integer getSatisfaction() {
    return satisfaction;
  }

  public Long getRepeatOfId() {
    return repeatOfId;
  }

  public boolean isRepeated() {
    return repeated;
  }

  public Long getAgentId() {
    return agentId;
  }

  public String getAgentNo() {
    return agentNo;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public LocalDate getFollowupDueOn() {
    return followupDueOn;
  }

  public Long getFollowupTaskId() {
    return followupTaskId;
  }

  public long getVersion() {
    return version;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
