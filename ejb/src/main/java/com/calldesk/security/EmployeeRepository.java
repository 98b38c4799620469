package com.calldesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Employees by employee id. Joins the caller's transaction. */
@ApplicationScoped
public class EmployeeRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Employee> findByEmployeeNo(String employeeNo) {
    return em.createQuery("select e from Employee e where e.employeeNo = :no", Employee.class)
        .setParameter("no", employeeNo)
        .getResultStream()
        .findFirst();
  }

  /**
   * The same, with the row locked until commit: two concurrent wrong passwords both count, and a
   * lockout is never lost to an optimistic-lock race during a password-guessing burst.
   */
  public Optional<Employee> findByEmployeeNoForUpdate(String employeeNo) {
    return em.createQuery("select e from Employee e where e.employeeNo = :no", Employee.class)
        .setParameter("no", employeeNo)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The employee id (number) of the employee with this row id, or null. */
  public String numberOf(Long id) {
    if (id == null) {
      return null;
    }
    Employee e = em.find(Employee.class, id);
    return e == null ? null : e.getEmployeeNo();
  }

  /** The employee id of this employee's supervisor, if they are on a team. */
  public Optional<String> supervisorNoOf(String employeeNo) {
    return em.createQuery(
            "select s.employeeNo from Employee a, Employee s"
                + " where a.employeeNo = :no and s.id = a.supervisorId",
            String.class)
        .setParameter("no", employeeNo)
        .getResultStream()
        .findFirst();
  }

  /**
   * The ids whose records an employee's lists show: their own, and for a team lead their team's.
   * Resolved once per list, so the list's query filters on a short list of ids instead of a
   * subquery.
   */
  public java.util.List<Long> selfAndTeam(Long employeeId) {
    java.util.List<Long> ids =
        new java.util.ArrayList<>(
            em.createQuery("select e.id from Employee e where e.supervisorId = :me", Long.class)
                .setParameter("me", employeeId)
                .getResultList());
    ids.add(employeeId);
    return ids;
  }
}
