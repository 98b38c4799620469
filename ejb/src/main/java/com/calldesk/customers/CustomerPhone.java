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

  protected CustomerPhone() {}

  CustomerPhone(String phoneNumber, Long customerId, Instant addedAt) {
    this.phoneNumber = phoneNumber;
    this.customerId = customerId;
    this.addedAt = addedAt;
  }

  public String getPhoneNumber() {
    return phoneNumber;
  }

  public Long getCustomerId() {
    return customerId;
  }
}
