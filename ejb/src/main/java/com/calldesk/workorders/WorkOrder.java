package com.calldesk.workorders;

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

/**
 * A work order (表单) a repair appointment becomes. Every move goes through {@link #move}, which asks
 * {@link WorkOrderState#next} whether it is allowed.
 */
@Entity
@Table(name = "cd_work_order")
public class WorkOrder {

  @Id
  @SequenceGenerator(
      name = "work_order_seq",
      sequenceName = "cd_work_order_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_order_seq")
  private Long id;

  @Column(name = "order_no", nullable = false, updatable = false, length = 20)
  private String orderNo;

  @Column(name = "appointment_id", nullable = false)
  private Long appointmentId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private WorkOrderState state;

  @Column(nullable = false, length = 1000, updatable = false)
  private String request;

  @Column(name = "work_area_id")
  private Long workAreaId;

  @Column(name = "technician_id")
  private Long technicianId;

  @Column(name = "dispatch_count", nullable = false)
  private int dispatchCount;

  @Column(name = "task_id", length = 40)
  private String taskId;

  @Column(length = 2000)
  private String handling;

  @Column(name = "sent_back_reason", length = 1000)
  private String sentBackReason;

  @Column(name = "agent_id", nullable = false, updatable = false)
  private Long agentId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "audited_at")
  private Instant auditedAt;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected WorkOrder() {}

  WorkOrder(
      String orderNo,
      Long appointmentId,
      Long customerId,
      String request,
      Long agentId,
      String by,
      Instant now) {
    this.orderNo = orderNo;
    this.appointmentId = appointmentId;
    this.customerId = customerId;
    this.request = request;
    this.agentId = agentId;
    this.state = WorkOrderState.TO_DISPATCH;
    this.createdAt = now;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /**
   * @throws IllegalStateException when the action is not allowed in the current state
   */
  void move(WorkOrderState.Action action, String by, Instant now) {
    state = state.next(action);
    switch (action) {
      case COMPLETE -> completedAt = now;
      case AUDIT -> auditedAt = now;
      default -> {
        // the state says it all
      }
    }
    updatedBy = by;
    updatedAt = now;
  }

  void dispatched(Long workAreaId, Long technicianId, String taskId, String by, Instant now) {
    move(WorkOrderState.Action.DISPATCH, by, now);
    this.workAreaId = workAreaId;
    this.technicianId = technicianId;
    this.taskId = taskId;
    this.dispatchCount++;
    this.sentBackReason = null;
  }

  void sentBack(String reason, String by, Instant now) {
    move(WorkOrderState.Action.SEND_BACK, by, now);
    this.sentBackReason = reason;
    this.taskId = null;
  }

  void handled(String handling) {
    this.handling = handling;
  }

  /** The repair appointment was re-booked: the order follows the new one. */
  void followAppointment(Long appointmentId, String by, Instant now) {
    this.appointmentId = appointmentId;
    updatedBy = by;
    updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getOrderNo() {
    return orderNo;
  }

  public Long getAppointmentId() {
    return appointmentId;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public WorkOrderState getState() {
    return state;
  }

  public String getRequest() {
    return request;
  }

  public Long getWorkAreaId() {
    return workAreaId;
  }

  public Long getTechnicianId() {
    return technicianId;
  }

  public int getDispatchCount() {
    return dispatchCount;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getHandling() {
    return handling;
  }

  public String getSentBackReason() {
    return sentBackReason;
  }

  public Long getAgentId() {
    return agentId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Instant getAuditedAt() {
    return auditedAt;
  }

  public long getVersion() {
    return version;
  }
}
