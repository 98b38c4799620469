package com.calldesk.workorders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of a work order's history (dispatched, handled, sent back, audited…). Only added. */
@Entity
@Table(name = "cd_work_order_step")
public class WorkOrderStep {

  @Id
  @SequenceGenerator(name = "wo_step_seq", sequenceName = "cd_work_order_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wo_step_seq")
  private Long id;

  @Column(name = "work_order_id", nullable = false)
  private Long workOrderId;

  @Column(nullable = false, length = 20)
  private String action;

  @Column(length = 2000)
  private String detail;

  @Column(name = "done_by", nullable = false, length = 60)
  private String doneBy;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt;

  protected WorkOrderStep() {}

  WorkOrderStep(Long workOrderId, String action, String detail, String doneBy, Instant doneAt) {
    this.workOrderId = workOrderId;
    this.action = action;
    this.detail = detail;
    this.doneBy = doneBy;
    this.doneAt = doneAt;
  }

  @PreUpdate
  @PreRemove
  void refuse() {
    throw new IllegalStateException("a work order's history cannot change");
  }

  public Long getWorkOrderId() {
    return workOrderId;
  }

  public String getAction() {
    return action;
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
