package com.calldesk.leads;

import com.calldesk.shared.HistoryStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of a lead's history (forwarded, chased, reported). Only added. */
@Entity
@Table(name = "cd_lead_step")
public class LeadStep extends HistoryStep {

  @Id
  @SequenceGenerator(name = "lead_step_seq", sequenceName = "cd_lead_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_step_seq")
  private Long id;

  @Column(name = "lead_id", nullable = false)
  private Long leadId;

  protected LeadStep() {}

  LeadStep(Long leadId, String action, String detail, String doneBy, Instant doneAt) {
    super(action, detail, 1000, doneBy, doneAt);
    this.leadId = leadId;
  }

  public Long getLeadId() {
    return leadId;
  }
}
