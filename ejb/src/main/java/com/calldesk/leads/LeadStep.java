package com.calldesk.leads;

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

/** A line of a lead's history (forwarded, chased, reported). Only added. */
@Entity
@Table(name = "cd_lead_step")
public class LeadStep {

  @Id
  @SequenceGenerator(name = "lead_step_seq", sequenceName = "cd_lead_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_step_seq")
  private Long id;

  @Column(name = "lead_id", nullable = false)
  private Long leadId;

  @Column(nullable = false, length = 20)
  private String action;

  @Column(length = 1000)
  private String detail;

  @Column(name = "done_by", nullable = false, length = 60)
  private String doneBy;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt;

  protected LeadStep() {}

  LeadStep(Long leadId, String action, String detail, String doneBy, Instant doneAt) {
    this.leadId = leadId;
    this.action = action;
    this.detail =
        detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    this.doneBy = doneBy;
    this.doneAt = doneAt;
  }

  @PreUpdate
  @PreRemove
  void refuse() {
    throw new IllegalStateException("a lead's history cannot change");
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

  public Long getLeadId() {
    return leadId;
  }
}
