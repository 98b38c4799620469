package com.calldesk.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A number refused before it reaches an agent, with who put it here, when and why. */
@Entity
@Table(name = "cd_blacklist")
public class BlacklistEntry {

  @Id
  @Column(name = "phone_number", length = 21)
  private String phoneNumber;

  @Column(nullable = false, updatable = false, length = 200)
  private String reason;

  @Column(name = "added_by", nullable = false, updatable = false, length = 60)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @Column(name = "call_id", updatable = false, length = 100)
  private String callId;

  protected BlacklistEntry() {}

  BlacklistEntry(
      String phoneNumber, String reason, String addedBy, Instant addedAt, String callId) {
    this.phoneNumber = phoneNumber;
    this.reason = reason;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
    this.callId = callId;
  }

  public String getPhoneNumber() {
    return phoneNumber;
  }

  public String getReason() {
    return reason;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
