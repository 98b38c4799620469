package com.calldesk.workorders;

import com.calldesk.shared.HistoryStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of a work order's history (dispatched, handled, sent back, audited…). Only added. */
@Entity
@Table(name = "cd_work_order_step")
public class WorkOrderStep extends HistoryStep {

  @Id
  @SequenceGenerator(name = "wo_step_seq", sequenceName = "cd_work_order_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wo_step_seq")
  private Long id;

  @Column(name = "work_order_id", nullable = false)
  private Long workOrderId;

  protected WorkOrderStep() {}

  WorkOrderStep(Long workOrderId, String action, String detail, String doneBy, Instant doneAt) {
    super(action, detail, 2000, doneBy, doneAt);
    this.workOrderId = workOrderId;
  }

  public Long getWorkOrderId() {
    return workOrderId;
  }
}
