package com.calldesk.callbacks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One rule that raises callback tasks, as admins set it: on or off, and its days (see {@link
 * CallbackRules} for what the days mean for each rule).
 */
@Entity
@Table(name = "cd_callback_rule")
public class CallbackRule {

  /** The rules there are, with the days an admin may give each. */
  public enum Code {
    /** The first call this many days after joining, the second twice as many. */
    NEW_CUSTOMER(1, 15),
    /** Monthly, on this day of the month. */
    REGULAR(1, 28),
    /** This many days before the customer's expiry date. */
    EXPIRY(1, 366),
    /** This many days after a complaint is closed. */
    COMPLAINT(1, 366);

    private final int minDays;
    private final int maxDays;

    Code(int minDays, int maxDays) {
      this.minDays = minDays;
      this.maxDays = maxDays;
    }

    public int minDays() {
      return minDays;
    }

    public int maxDays() {
      return maxDays;
    }
  }

  @Id
  @Column(length = 20)
  private String code;

  @Column(nullable = false)
  private boolean active;

  @Column(nullable = false)
  private int days;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected CallbackRule() {}

  void set(boolean active, int days, String by, Instant now) {
    this.active = active;
    this.days = days;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public String getCode() {
    return code;
  }

  public boolean isActive() {
    return active;
  }

  public int getDays() {
    return days;
  }

  public long getVersion() {
    return version;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
