package com.calldesk.rescue;

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

/** A line of a rescue case's process record (过程记录). Only ever added. */
@Entity
@Table(name = "cd_rescue_step")
public class RescueStep {

  @Id
  @SequenceGenerator(name = "rescue_step_seq", sequenceName = "cd_rescue_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rescue_step_seq")
  private Long id;

  @Column(name = "case_id", nullable = false)
  private Long caseId;

  @Column(nullable = false, length = 20)
  private String action;

  @Column(length = 1000)
  private String detail;

  @Column(name = "done_by", nullable = false, length = 60)
  private String doneBy;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt;

  protected RescueStep() {}

  RescueStep(Long caseId, String action, String detail, String doneBy, Instant doneAt) {
    this.caseId = caseId;
    this.action = action;
    this.detail = detail;
    this.doneBy = doneBy;
    this.doneAt = doneAt;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("rescue step " + id + " is history and cannot change");
  }

  public Long getCaseId() {
    return caseId;
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
