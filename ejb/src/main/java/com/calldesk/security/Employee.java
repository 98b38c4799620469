package com.calldesk.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Someone who logs in: an agent, a supervisor or an IT admin, known by employee id (工号). */
@Entity
@Table(name = "cd_employee")
public class Employee {

  @Id
  @SequenceGenerator(name = "employee_seq", sequenceName = "cd_employee_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
  private Long id;

  @NotBlank
  @Pattern(regexp = "[0-9A-Za-z]{2,20}")
  @Column(name = "employee_no", nullable = false, unique = true, updatable = false, length = 20)
  private String employeeNo;

  @NotBlank
  @Size(max = 100)
  @Column(name = "full_name", nullable = false, length = 100)
  private String fullName;

  @NotBlank
  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "agent_level", nullable = false, length = 20)
  private AgentLevel level;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  /** The supervisor whose team this employee is on, or null. */
  @Column(name = "supervisor_id")
  private Long supervisorId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cd_employee_role", joinColumns = @JoinColumn(name = "employee_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role_name", nullable = false, length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "department_code", length = 30)
  private String departmentCode;

  /** Set for a new account, a reset and the first administrator: no work until it is changed. */
  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  /** A demo user (demo data): disabled at start-up where demo data is off. */
  @Column(nullable = false)
  private boolean demo;

  @Column(name = "updated_by", length = 60)
  private String updatedBy;

  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Employee() {}

  public Employee(
      String employeeNo, String fullName, String passwordHash, AgentLevel level, Set<Role> roles) {
    this.employeeNo = employeeNo;
    this.fullName = fullName;
    this.passwordHash = passwordHash;
    this.level = level;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  @PrePersist
  void onCreate() {
    createdAt = Instant.now();
    updatedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    updatedAt = Instant.now();
  }

  /** Locked accounts refuse even the right password until the lock runs out. */
  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a wrong password; the {@code maxFailures}-th in a row locks the account.
   *
   * @return true when this failure locked the account
   */
  public boolean recordFailedLogin(Instant now, int maxFailures, Duration lockFor) {
    failedLogins++;
    if (failedLogins >= maxFailures) {
      lockedUntil = now.plus(lockFor);
      failedLogins = 0;
      return true;
    }
    return false;
  }

  /** What an admin sets on the account (user management). */
  public void administer(
      String fullName,
      AgentLevel level,
      Set<Role> roles,
      Long supervisorId,
      String departmentCode,
      String actor) {
    this.fullName = fullName;
    this.level = level;
    this.roles.clear();
    this.roles.addAll(roles);
    this.supervisorId = supervisorId;
    this.departmentCode = departmentCode;
    this.updatedBy = actor;
  }

  public void enable(boolean enabled, String actor) {
    this.active = enabled;
    this.updatedBy = actor;
  }

  /**
   * A new password hash. One set by someone else (a new account, a reset) must be changed by the
   * employee at the next login; a reset also lifts a lockout.
   */
  public void setPassword(String hash, boolean mustChange, String actor) {
    this.passwordHash = hash;
    this.mustChangePassword = mustChange;
    this.failedLogins = 0;
    this.lockedUntil = null;
    this.updatedBy = actor;
  }

  public void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Long getSupervisorId() {
    return supervisorId;
  }

  public Long getId() {
    return id;
  }

  public String getEmployeeNo() {
    return employeeNo;
  }

  public String getFullName() {
    return fullName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public AgentLevel getLevel() {
    return level;
  }

  public boolean isActive() {
    return active;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public boolean isDemo() {
    return demo;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public long getVersion() {
    return version;
  }
}
