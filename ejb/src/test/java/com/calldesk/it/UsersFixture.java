package com.calldesk.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Plays IT's database for the user-management tests: puts accounts into states the screens would
 * not (no enabled administrator, a demo user) and back, each step in its own transaction.
 */
@Stateless
@PermitAll
public class UsersFixture {

  @PersistenceContext private EntityManager em;

  public void setActive(String employeeNo, boolean active) {
    em.createNativeQuery("UPDATE cd_employee SET active = ? WHERE employee_no = ?")
        .setParameter(1, active ? 1 : 0)
        .setParameter(2, employeeNo)
        .executeUpdate();
  }

  public void activateDemoUsers() {
    em.createNativeQuery("UPDATE cd_employee SET active = 1 WHERE demo = 1").executeUpdate();
  }

  public String passwordHash(String employeeNo) {
    return (String)
        em.createNativeQuery("SELECT password_hash FROM cd_employee WHERE employee_no = ?")
            .setParameter(1, employeeNo)
            .getSingleResult();
  }

  public void restorePassword(String employeeNo, String hash) {
    em.createNativeQuery(
            "UPDATE cd_employee SET password_hash = ?, must_change_password = 0 WHERE employee_no = ?")
        .setParameter(1, hash)
        .setParameter(2, employeeNo)
        .executeUpdate();
  }

  public boolean flag(String employeeNo, String column) {
    if (!column.matches("active|demo|must_change_password")) {
      throw new IllegalArgumentException(column);
    }
    return ((Number)
                em.createNativeQuery("SELECT " + column + " FROM cd_employee WHERE employee_no = ?")
                    .setParameter(1, employeeNo)
                    .getSingleResult())
            .intValue()
        == 1;
  }

  public long enabledAdmins() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM cd_employee e JOIN cd_employee_role r"
                        + " ON r.employee_id = e.id WHERE r.role_name = 'ADMIN' AND e.active = 1")
                .getSingleResult())
        .longValue();
  }
}
