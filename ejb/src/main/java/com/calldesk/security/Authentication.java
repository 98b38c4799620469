package com.calldesk.security;

import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.InvalidInput;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks employee id and password for the login form, counts failures, locks the account after
 * repeated failures, and writes every attempt to the audit log.
 */
@Stateless
public class Authentication {

  private static final Logger LOG = Logger.getLogger(Authentication.class.getName());
  static final String SUBJECT = "Employee";

  @Inject private EmployeeRepository employees;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @Inject private jakarta.enterprise.event.Event<PasswordChanged> passwordChanged;
  @Resource private SessionContext context;

  @Inject
  @ConfigProperty(name = "calldesk.login.max-failures", defaultValue = "5")
  private int maxFailures;

  @Inject
  @ConfigProperty(name = "calldesk.login.lock-minutes", defaultValue = "15")
  private int lockMinutes;

  /**
   * Open to everyone: this is how a caller becomes someone. The audit entry is committed whether or
   * not the password was right.
   */
  @PermitAll
  public LoginOutcome verify(String employeeNo, char[] password) {
    String no = employeeNo == null ? "" : employeeNo.trim();
    Instant now = clock.instant();
    Optional<Employee> found =
        no.isEmpty() || no.length() > 20
            ? Optional.empty()
            : employees.findByEmployeeNoForUpdate(no);
    if (found.isEmpty()) {
      PasswordHasher.verifyAgainstDecoy(password);
      // What was typed is not logged: it is sometimes the password, typed into the wrong field.
      audit.recordAs("anonymous", "LOGIN_FAILED", SUBJECT, null, "unknown employee id");
      return LoginOutcome.failed();
    }
    Employee employee = found.get();
    if (!employee.isActive()) {
      PasswordHasher.verifyAgainstDecoy(password);
      audit.recordAs(no, "LOGIN_FAILED", SUBJECT, no, "account disabled");
      return LoginOutcome.failed();
    }
    if (employee.isLockedAt(now)) {
      PasswordHasher.verifyAgainstDecoy(password);
      audit.recordAs(
          no, "LOGIN_FAILED", SUBJECT, no, "account locked until " + employee.getLockedUntil());
      return LoginOutcome.failed();
    }
    if (!PasswordHasher.verify(password, employee.getPasswordHash())) {
      boolean locked =
          employee.recordFailedLogin(now, maxFailures, Duration.ofMinutes(lockMinutes));
      audit.recordAs(no, "LOGIN_FAILED", SUBJECT, no, "wrong password");
      if (locked) {
        audit.recordAs(
            AuditTrail.SYSTEM,
            "ACCOUNT_LOCKED",
            SUBJECT,
            no,
            maxFailures + " failed logins; locked until " + employee.getLockedUntil());
        LOG.warning(() -> "Employee " + no + " locked after " + maxFailures + " failed logins");
      }
      return LoginOutcome.failed();
    }
    employee.recordSuccessfulLogin();
    audit.recordAs(no, "LOGIN", SUBJECT, no, null);
    return new LoginOutcome(
        no, employee.getRoles().stream().map(Role::roleName).collect(Collectors.toSet()));
  }

  /** Whether the caller must change their password before doing anything else. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  public boolean passwordChangeDue() {
    return caller().isMustChangePassword();
  }

  /**
   * The caller changes their own password.
   *
   * @throws InvalidInput {@code password.wrongCurrent} on {@code current}; the policy's keys on
   *     {@code next}, or {@code password.sameAsCurrent}
   */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  public void changePassword(char[] current, char[] next) {
    Employee me = caller();
    new InvalidInput.Check()
        .require(
            current != null && PasswordHasher.verify(current, me.getPasswordHash()),
            "current",
            "password.wrongCurrent")
        .throwIfAny();
    PasswordPolicy.check(me.getEmployeeNo(), next, "next");
    new InvalidInput.Check()
        .require(
            !PasswordHasher.verify(next, me.getPasswordHash()), "next", "password.sameAsCurrent")
        .throwIfAny();
    me.setPassword(PasswordHasher.hash(next), false, me.getEmployeeNo());
    audit.record("PASSWORD_CHANGED", SUBJECT, me.getEmployeeNo(), null);
    passwordChanged.fire(new PasswordChanged(me.getEmployeeNo()));
  }

  private Employee caller() {
    String name = context.getCallerPrincipal().getName();
    return employees
        .findByEmployeeNoForUpdate(name)
        .orElseThrow(() -> new IllegalStateException("no employee " + name));
  }

  /** The caller logs out: recorded like the login. */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
  public void loggedOut() {
    String who = context.getCallerPrincipal().getName();
    audit.recordAs(who, "LOGOUT", SUBJECT, who, null);
  }
}
