package com.calldesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log. Insert-only: no column is updatable and there are no setters. */
@Entity
@Table(name = "cd_audit_log")
public class AuditEntry {

  static final int DETAIL_MAX = 2000;

  @Id
  @SequenceGenerator(name = "audit_seq", sequenceName = "cd_audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 60)
  private String actor;

  @Column(nullable = false, updatable = false, length = 60)
  private String action;

  @Column(name = "subject_type", updatable = false, length = 60)
  private String subjectType;

  @Column(name = "subject_id", updatable = false, length = 100)
  private String subjectId;

  @Column(updatable = false, length = DETAIL_MAX)
  private String detail;

  protected AuditEntry() {}

  AuditEntry(
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.detail =
        detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getDetail() {
    return detail;
  }
}
