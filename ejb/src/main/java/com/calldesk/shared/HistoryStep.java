package com.calldesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.time.Instant;

/**
 * A line of a record's history (an appointment's, a work order's, a booking's, a lead's): what was
 * done, a detail, who and when. Only ever added: the entity refuses an update or a delete. Each
 * room's table adds its own id and the record it belongs to.
 */
@MappedSuperclass
public abstract class HistoryStep {

  @Column(nullable = false, length = 20)
  private String action;

  @Column(length = 2000)
  private String detail;

  @Column(name = "done_by", nullable = false, length = 60)
  private String doneBy;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt;

  protected HistoryStep() {}

  /**
   * @param maxDetail the detail column's length: a longer detail is cut, marked with "…"
   */
  protected HistoryStep(
      String action, String detail, int maxDetail, String doneBy, Instant doneAt) {
    this.action = action;
    this.detail =
        detail == null || detail.length() <= maxDetail
            ? detail
            : detail.substring(0, maxDetail - 1) + "…";
    this.doneBy = doneBy;
    this.doneAt = doneAt;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException(getClass().getSimpleName() + " is history and cannot change");
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
