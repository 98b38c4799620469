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

  @Size(max = 10)
  @Column(length = 10)
  private String gender;

  @Size(max = 100)
  @Column(length = 100)
  private String company;

  @Size(max = 200)
  @Column(length = 200)
  private String address;

  @Size(max = 100)
  @Column(length = 100)
  private String email;

  @Size(max = 1000)
  @Column(length = 1000)
  private String notes;

  @Column(name = "class_code", length = 30)
  private String classCode;

  @Column(name = "updated_by", length = 60)
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  /** When the customer's contract, membership or warranty expires: a callback comes due before. */
  @Column(name = "expires_on")
  private java.time.LocalDate expiresOn;

  @Version private long version;

  protected Customer() {}

  Customer(String customerNo, Instant createdAt, String createdBy) {
    this.customerNo = customerNo;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  /** The agent's corrections of the card; who and when are kept for the next editor. */
  void correct(CustomerCorrection c, String actor, Instant now) {
    this.fullName = c.fullName();
    this.gender = c.gender();
    this.company = c.company();
    this.address = c.address();
    this.email = c.email();
    this.notes = c.notes();
    this.classCode = c.classCode();
    this.expiresOn = c.expiresOn();
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public java.time.LocalDate getExpiresOn() {
    return expiresOn;
  }

  public String getGender() {
    return gender;
  }

  public String getCompany() {
    return company;
  }

  public String getAddress() {
    return address;
  }

  public String getEmail() {
    return email;
  }

  public String getNotes() {
    return notes;
  }

  public String getClassCode() {
    return classCode;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getCreatedBy() {
    return createdBy;
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
