package com.calldesk.workorders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One dispatch of a work order to a work area (a dispatch task) and the area's answer. */
@Entity
@Table(name = "cd_work_order_dispatch")
public class WorkOrderDispatch {

  @Id
  @Column(name = "task_id", length = 40)
  private String taskId;

  @Column(name = "work_order_id", nullable = false)
  private Long workOrderId;

  @Column(name = "work_area_id", nullable = false)
  private Long workAreaId;

  @Column(name = "technician_id")
  private Long technicianId;

  @Column(name = "sent_by", nullable = false, length = 60)
  private String sentBy;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(nullable = false, length = 20)
  private String outcome;

  @Column(name = "answered_at")
  private Instant answeredAt;

  protected WorkOrderDispatch() {}

  WorkOrderDispatch(
      String taskId,
      Long workOrderId,
      Long workAreaId,
      Long technicianId,
      String sentBy,
      Instant sentAt) {
    this.taskId = taskId;
    this.workOrderId = workOrderId;
    this.workAreaId = workAreaId;
    this.technicianId = technicianId;
    this.sentBy = sentBy;
    this.sentAt = sentAt;
    this.outcome = "PENDING";
  }

  void answered(String outcome, Instant at) {
    this.outcome = outcome;
    this.answeredAt = at;
  }

  public String getTaskId() {
    return taskId;
  }

  public Long getWorkOrderId() {
    return workOrderId;
  }

  public Long getWorkAreaId() {
    return workAreaId;
  }

  public String getSentBy() {
    return sentBy;
  }

  public String getOutcome() {
    return outcome;
  }
}
