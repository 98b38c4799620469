package com.calldesk.users;

import com.calldesk.security.AgentLevel;
import com.calldesk.security.Employee;
import com.calldesk.security.EmployeeRepository;
import com.calldesk.security.PasswordHasher;
import com.calldesk.security.Role;
import com.calldesk.shared.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a site needs before anyone can log in, checked at every start, after the migrations:
 *
 * <ul>
 *   <li>With {@code calldesk.demo-data=false}, the demo users (marked by the demo script) are
 *       disabled, so switching demo data off on an existing database leaves none who can log in.
 *   <li>If no enabled administrator exists (a fresh site without demo data, or the last one was
 *       lost), one is created (or re-enabled) as {@code calldesk.first-admin.id} (default {@code
 *       admin}) with a one-time password written to {@link FirstAdminFile}; it must be changed at
 *       the first login. No SQL by hand, nothing secret in the log.
 * </ul>
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class SiteBootstrap {

  private static final Logger LOG = Logger.getLogger(SiteBootstrap.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private EmployeeRepository employees;
  @Inject private AuditTrail audit;
  @Inject private FirstAdminFile file;

  @Inject
  @ConfigProperty(name = "calldesk.demo-data", defaultValue = "false")
  boolean demoData;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void start() {
    if (!demoData) {
      retireDemoUsers();
    }
    ensureAnAdministrator();
  }

  /** Disables demo users still enabled; returns how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int retireDemoUsers() {
    List<Employee> demo =
        em.createQuery(
                "select e from Employee e where e.demo = true and e.active = true", Employee.class)
            .getResultList();
    for (Employee e : demo) {
      e.enable(false, AuditTrail.SYSTEM);
      audit.recordAs(
          AuditTrail.SYSTEM,
          "DEMO_USER_DISABLED",
          UserAdministration.SUBJECT,
          e.getEmployeeNo(),
          "demo data is off");
    }
    if (!demo.isEmpty()) {
      LOG.info(() -> "Demo data is off: disabled " + demo.size() + " demo users");
    }
    return demo.size();
  }

  /**
   * Creates the first administrator if there is no enabled one.
   *
   * @return the file holding their one-time password, if one was made now
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<Path> ensureAnAdministrator() {
    long admins =
        em.createQuery(
                "select count(e) from Employee e where e.active = true and :role member of e.roles",
                Long.class)
            .setParameter("role", Role.ADMIN)
            .getSingleResult();
    if (admins > 0) {
      return Optional.empty();
    }
    String id = file.firstAdminId();
    char[] password = UserAdministration.oneTimePassword(id);
    Employee admin = employees.findByEmployeeNo(id).orElse(null);
    if (admin == null) {
      admin =
          new Employee(
              id,
              "Administrator 管理员",
              PasswordHasher.hash(password),
              AgentLevel.NORMAL,
              EnumSet.of(Role.ADMIN));
      em.persist(admin);
    } else {
      EnumSet<Role> roles = EnumSet.of(Role.ADMIN);
      roles.addAll(admin.getRoles());
      admin.administer(
          admin.getFullName(),
          admin.getLevel(),
          roles,
          admin.getSupervisorId(),
          admin.getDepartmentCode(),
          AuditTrail.SYSTEM);
      admin.enable(true, AuditTrail.SYSTEM);
    }
    admin.setPassword(PasswordHasher.hash(password), true, AuditTrail.SYSTEM);
    em.flush();
    file.write(id, password);
    audit.recordAs(
        AuditTrail.SYSTEM,
        "FIRST_ADMIN_CREATED",
        UserAdministration.SUBJECT,
        id,
        "no enabled administrator; one-time password in " + file.path());
    LOG.warning(
        () ->
            "No enabled administrator: '"
                + id
                + "' can log in with the one-time password in "
                + file.path()
                + " (readable by the server's user only) and must change it at once.");
    return Optional.of(file.path());
  }
}
