package com.calldesk.users;

import com.calldesk.seats.Seats;
import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.PasswordHasher;
import com.calldesk.security.PasswordPolicy;
import com.calldesk.security.Role;
import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.CodeName;
import com.calldesk.shared.InvalidInput;
import com.calldesk.shared.ReferenceLists;
import com.calldesk.shared.ReferenceView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * User management for admins (SPEC §10): accounts with their roles, agent level, team (supervisor)
 * and department; disabling and enabling; password resets. Every change is audited with who and
 * when. Nobody can disable the last enabled administrator or take their ADMIN role away, so
 * CallDesk always has someone who can manage it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserAdministration {

  static final String SUBJECT = "Employee";
  private static final String ID_PATTERN = "[0-9A-Za-z]{2,20}";

  /** Letters and digits that cannot be mistaken for one another when read out or typed. */
  private static final char[] ALPHABET =
      "ABCDEFGHJKMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789".toCharArray();

  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * Columns the list may be sorted by (a screen's sort field maps to one of these, nothing else).
   */
  private static final Map<String, String> SORTS =
      Map.of(
          "employeeNo", "e.employeeNo",
          "fullName", "e.fullName",
          "level", "e.level",
          "departmentCode", "e.departmentCode",
          "active", "e.active");

  @PersistenceContext private EntityManager em;
  @Inject private EmployeeRepository employees;
  @Inject private ReferenceLists referenceLists;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;
  @EJB private Seats seats;

  /** One page of the users that match, sorted in the database. */
  public UserPage page(
      UserFilter filter, int first, int size, String sortField, boolean ascending) {
    UserFilter f = filter == null ? UserFilter.everyone() : filter;
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    String text = InvalidInput.clean(f.text());
    if (text != null) {
      where.append(" and (lower(e.employeeNo) like :text or lower(e.fullName) like :text)");
      params.put("text", "%" + text.toLowerCase(Locale.ROOT) + "%");
    }
    if (f.role() != null) {
      where.append(" and :role member of e.roles");
      params.put("role", f.role());
    }
    if (InvalidInput.clean(f.supervisorNo()) != null) {
      where.append(
          " and e.supervisorId = (select s.id from Employee s where s.employeeNo = :supervisor)");
      params.put("supervisor", f.supervisorNo().strip());
    }
    if (InvalidInput.clean(f.departmentCode()) != null) {
      where.append(" and e.departmentCode = :department");
      params.put("department", f.departmentCode());
    }
    if (f.active() != null) {
      where.append(" and e.active = :active");
      params.put("active", f.active());
    }
    String column = sortField == null ? null : SORTS.get(sortField);
    String order = (column == null ? "e.employeeNo" : column) + (ascending ? " asc" : " desc");
    TypedQuery<Employee> query =
        em.createQuery(
            "select e from Employee e" + where + " order by " + order + ", e.employeeNo",
            Employee.class);
    TypedQuery<Long> count = em.createQuery("select count(e) from Employee e" + where, Long.class);
    params.forEach(
        (k, v) -> {
          query.setParameter(k, v);
          count.setParameter(k, v);
        });
    List<Employee> found =
        query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, size)).getResultList();
    return new UserPage(rows(found), count.getSingleResult());
  }

  /** An account as the edit form shows it. */
  public UserForm user(String employeeNo) {
    Employee e = find(employeeNo);
    return new UserForm(
        e.getEmployeeNo(),
        e.getFullName(),
        e.getRoles(),
        e.getLevel(),
        supervisorNoOf(e),
        e.getDepartmentCode(),
        e.isActive(),
        e.getVersion());
  }

  /**
   * A new account, enabled, with a one-time password the employee must change at first login.
   *
   * @throws InvalidInput field by field (id taken or malformed, name, roles, team, department)
   */
  public OneTimePassword create(UserForm in) {
    String no = in.employeeNo() == null ? "" : in.employeeNo().strip();
    InvalidInput.Check check = validate(in, null);
    check
        .require(no.matches(ID_PATTERN), "employeeNo", "users.badId")
        .require(
            !no.matches(ID_PATTERN) || employees.findByEmployeeNo(no).isEmpty(),
            "employeeNo",
            "users.idTaken")
        .throwIfAny();
    char[] password = oneTimePassword(no);
    String hash = PasswordHasher.hash(password);
    Employee e = new Employee(no, InvalidInput.clean(in.fullName()), hash, in.level(), in.roles());
    apply(e, in);
    e.setPassword(hash, true, audit.currentActor());
    em.persist(e);
    em.flush();
    audit.record("USER_CREATED", SUBJECT, no, describe(e));
    return new OneTimePassword(no, new String(password));
  }

  /**
   * Changes an account's name, roles, level, team and department (and enables or disables it).
   *
   * @throws BusinessException {@code users.changedMeanwhile} for a stale form, {@code
   *     users.lastAdmin} when it would leave no enabled administrator
   */
  public UserForm update(UserForm in) {
    Employee e = locked(in.employeeNo());
    if (e.getVersion() != in.version()) {
      throw new BusinessException(
          "users.changedMeanwhile",
          null,
          "employee " + e.getEmployeeNo() + " changed meanwhile",
          e.getUpdatedBy());
    }
    validate(in, e).throwIfAny();
    boolean stillAdmin = in.active() && in.roles().contains(Role.ADMIN);
    if (!stillAdmin && e.isActive() && e.hasRole(Role.ADMIN)) {
      requireAnotherEnabledAdmin(e);
    }
    String before = describe(e);
    boolean wasActive = e.isActive();
    apply(e, in);
    e.enable(in.active(), audit.currentActor());
    em.flush();
    audit.record("USER_CHANGED", SUBJECT, e.getEmployeeNo(), before + " -> " + describe(e));
    if (wasActive && !e.isActive()) {
      signedOut(e);
    }
    return user(e.getEmployeeNo());
  }

  /**
   * Enables or disables an account; a disabled employee cannot log in and their seat goes OFFLINE.
   *
   * @throws BusinessException {@code users.lastAdmin}, {@code users.notYourself} (an admin does not
   *     disable themselves)
   */
  public UserForm setActive(String employeeNo, boolean active) {
    Employee e = locked(employeeNo);
    if (!active && e.getEmployeeNo().equals(audit.currentActor())) {
      throw new BusinessException("users.notYourself", null, "an admin cannot disable themselves");
    }
    if (!active && e.isActive() && e.hasRole(Role.ADMIN)) {
      requireAnotherEnabledAdmin(e);
    }
    if (e.isActive() != active) {
      e.enable(active, audit.currentActor());
      em.flush();
      audit.record(active ? "USER_ENABLED" : "USER_DISABLED", SUBJECT, employeeNo, null);
      if (!active) {
        signedOut(e);
      }
    }
    return user(employeeNo);
  }

  /**
   * A new one-time password (shown once to the admin); the employee must change it at the next
   * login. Lifts a lockout.
   */
  public OneTimePassword resetPassword(String employeeNo) {
    Employee e = locked(employeeNo);
    char[] password = oneTimePassword(e.getEmployeeNo());
    e.setPassword(PasswordHasher.hash(password), true, audit.currentActor());
    em.flush();
    audit.record("PASSWORD_RESET", SUBJECT, employeeNo, "must be changed at the next login");
    return new OneTimePassword(employeeNo, new String(password));
  }

  /** Enabled supervisors, for the team choice: employee id and name. */
  public List<CodeName> supervisors() {
    return em
        .createQuery(
            "select e from Employee e where e.active = true and :role member of e.roles"
                + " order by e.employeeNo",
            Employee.class)
        .setParameter("role", Role.SUPERVISOR)
        .getResultList()
        .stream()
        .map(e -> new CodeName(e.getEmployeeNo(), e.getFullName(), e.getFullName()))
        .toList();
  }

  // --- departments -----------------------------------------------------------------------------

  public List<ReferenceView> allDepartments() {
    return referenceLists.all(Department.class);
  }

  public List<CodeName> departments() {
    return referenceLists.active(Department.class);
  }

  public ReferenceView saveDepartment(ReferenceView in) {
    return referenceLists.save(
        Department.class,
        "DEPARTMENT",
        ReferenceLists.UPPER_CODE,
        Department::new,
        in,
        "reference.changedMeanwhile");
  }

  // --- rules -----------------------------------------------------------------------------------

  private InvalidInput.Check validate(UserForm in, Employee existing) {
    InvalidInput.Check check = new InvalidInput.Check();
    check
        .text(in.fullName(), true, 100, "fullName")
        .require(in.roles() != null && !in.roles().isEmpty(), "roles", "users.noRole")
        .require(in.level() != null, "level", "input.required")
        .require(
            in.roles() == null
                || !in.roles().contains(Role.SUPERVISOR)
                || in.roles().contains(Role.AGENT),
            "roles",
            "users.supervisorIsAgent");
    String supervisor = InvalidInput.clean(in.supervisorNo());
    if (supervisor != null) {
      Employee s = employees.findByEmployeeNo(supervisor).orElse(null);
      check.require(
          s != null && s.isActive() && s.hasRole(Role.SUPERVISOR),
          "supervisor",
          "users.badSupervisor");
      check.require(
          existing == null || !supervisor.equals(existing.getEmployeeNo()),
          "supervisor",
          "users.ownSupervisor");
    }
    String department = InvalidInput.clean(in.departmentCode());
    check.require(
        department == null || referenceLists.isActive(Department.class, department),
        "department",
        "users.badDepartment");
    return check;
  }

  /** The form's name, level, roles, team and department onto the account. */
  private void apply(Employee e, UserForm in) {
    e.administer(
        InvalidInput.clean(in.fullName()),
        in.level(),
        in.roles(),
        supervisorId(in.supervisorNo()),
        InvalidInput.clean(in.departmentCode()),
        audit.currentActor());
  }

  private void requireAnotherEnabledAdmin(Employee e) {
    long others =
        em.createQuery(
                "select count(a) from Employee a where a.active = true and :role member of a.roles"
                    + " and a.id <> :id",
                Long.class)
            .setParameter("role", Role.ADMIN)
            .setParameter("id", e.getId())
            .getSingleResult();
    if (others == 0) {
      throw new BusinessException(
          "users.lastAdmin", null, e.getEmployeeNo() + " is the last enabled administrator");
    }
  }

  private void signedOut(Employee e) {
    if (e.hasRole(Role.AGENT) || e.hasRole(Role.SUPERVISOR)) {
      seats.sessionEnded(e.getEmployeeNo());
    }
  }

  private Employee find(String employeeNo) {
    return employees
        .findByEmployeeNo(employeeNo == null ? "" : employeeNo.strip())
        .orElseThrow(
            () -> new BusinessException("users.notFound", null, "no employee " + employeeNo));
  }

  private Employee locked(String employeeNo) {
    Employee e = find(employeeNo);
    em.lock(e, LockModeType.PESSIMISTIC_WRITE);
    return e;
  }

  private Long supervisorId(String supervisorNo) {
    String no = InvalidInput.clean(supervisorNo);
    return no == null ? null : find(no).getId();
  }

  private String supervisorNoOf(Employee e) {
    if (e.getSupervisorId() == null) {
      return null;
    }
    Employee s = em.find(Employee.class, e.getSupervisorId());
    return s == null ? null : s.getEmployeeNo();
  }

  private List<UserRow> rows(List<Employee> found) {
    Set<Long> supervisorIds =
        found.stream()
            .map(Employee::getSupervisorId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    Map<Long, Employee> supervisors = new HashMap<>();
    if (!supervisorIds.isEmpty()) {
      em.createQuery("select e from Employee e where e.id in :ids", Employee.class)
          .setParameter("ids", supervisorIds)
          .getResultList()
          .forEach(s -> supervisors.put(s.getId(), s));
    }
    Instant now = clock.instant();
    List<UserRow> rows = new ArrayList<>();
    for (Employee e : found) {
      Employee s = e.getSupervisorId() == null ? null : supervisors.get(e.getSupervisorId());
      rows.add(
          new UserRow(
              e.getEmployeeNo(),
              e.getFullName(),
              e.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(e.getRoles()),
              e.getLevel(),
              s == null ? null : s.getEmployeeNo(),
              s == null ? null : s.getFullName(),
              e.getDepartmentCode(),
              e.isActive(),
              e.isLockedAt(now),
              e.isMustChangePassword()));
    }
    return rows;
  }

  private String describe(Employee e) {
    return "name="
        + e.getFullName()
        + ", roles="
        + e.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining("+"))
        + ", level="
        + e.getLevel()
        + ", team="
        + supervisorNoOf(e)
        + ", department="
        + e.getDepartmentCode()
        + ", active="
        + e.isActive();
  }

  /** A random password that passes the policy, to be shown once and changed at first login. */
  static char[] oneTimePassword(String employeeNo) {
    while (true) {
      char[] p = new char[14];
      for (int i = 0; i < p.length; i++) {
        p[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
      }
      try {
        PasswordPolicy.check(employeeNo, p, "password");
        return p;
      } catch (InvalidInput unlikely) {
        // contained the employee id by chance: draw again
      }
    }
  }
}
