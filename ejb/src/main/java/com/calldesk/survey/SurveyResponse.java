package com.calldesk.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One survey taken: who asked which customer, during which call. Insert-only. */
@Entity
@Table(name = "cd_survey_response")
public class SurveyResponse {

  @Id
  @SequenceGenerator(name = "desk_seq", sequenceName = "cd_desk_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "desk_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "call_row_id", updatable = false)
  private Long callRowId;

  @Column(name = "taken_by", nullable = false, updatable = false, length = 60)
  private String takenBy;

  @Column(name = "taken_at", nullable = false, updatable = false)
  private Instant takenAt;

  protected SurveyResponse() {}

  SurveyResponse(Long customerId, Long callRowId, String takenBy, Instant takenAt) {
    this.customerId = customerId;
    this.callRowId = callRowId;
    this.takenBy = takenBy;
    this.takenAt = takenAt;
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Long getCallRowId() {
    return callRowId;
  }

  public String getTakenBy() {
    return takenBy;
  }

  public Instant getTakenAt() {
    return takenAt;
  }
}
