package com.calldesk.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Someone who calls, known by the customer number (客户编号) CallDesk gave them. */
@Entity
@Table(name = "cd_customer")
public class Customer {

  @Id
  @SequenceGenerator(name = "customer_seq", sequenceName = "cd_customer_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
  private Long id;

  @NotBlank
  @Column(name = "customer_no", nullable = false, unique = true, updatable = false, length = 20)
  private String customerNo;

  @Size(max = 100)
  @Column(name = "full_name", length = 100)
  private String fullName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  @Version private long version;

  protected Customer() {}

  Customer(String customerNo, Instant createdAt, String createdBy) {
    this.customerNo = customerNo;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public Long getId() {
    return id;
  }

  public String getCustomerNo() {
    return customerNo;
  }

  public String getFullName() {
    return fullName;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
