package com.calldesk.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A number a customer calls from. A number belongs to one customer. */
@Entity
@Table(name = "cd_customer_phone")
public class CustomerPhone {

  @Id
  @Column(name = "phone_number", length = 21)
  private String phoneNumber;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @Column(name = "added_by", updatable = false, length = 60)
  private String addedBy;

  protected CustomerPhone() {}

  CustomerPhone(String phoneNumber, Long customerId, Instant addedAt, String addedBy) {
    this.phoneNumber = phoneNumber;
    this.customerId = customerId;
    this.addedAt = addedAt;
    this.addedBy = addedBy;
  }

  public String getPhoneNumber() {
    return phoneNumber;
  }

  public Long getCustomerId() {
    return customerId;
  }
}
