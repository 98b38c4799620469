package com.calldesk.notices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notice as sent: it never changes (a correction is a new notice). */
@Entity
@Table(name = "cd_notice")
public class Notice {

  @Id
  @SequenceGenerator(name = "notice_seq", sequenceName = "cd_floor_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Audience audience;

  /** The supervisor (TEAM) or the agent (AGENT); null for ALL. */
  @Column(name = "audience_no", length = 20)
  private String audienceNo;

  @Column(nullable = false, length = 1000)
  private String body;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Notice() {}

  Notice(
      Audience audience,
      String audienceNo,
      String body,
      Instant expiresAt,
      String createdBy,
      Instant createdAt) {
    this.audience = audience;
    this.audienceNo = audienceNo;
    this.body = body;
    this.expiresAt = expiresAt;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("a sent notice cannot change: " + id);
  }

  public Long getId() {
    return id;
  }

  public Audience getAudience() {
    return audience;
  }

  public String getAudienceNo() {
    return audienceNo;
  }

  public String getBody() {
    return body;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
