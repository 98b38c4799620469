package com.calldesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;

/**
 * Who may see a record (object-level access, beside the role checks of {@code @RolesAllowed}): its
 * author, the author's supervisor (the team lead), and admins where the screen is meant for them.
 * Everyone else is told the record does not exist, exactly as for an id that was never used, so
 * trying ids reveals nothing.
 *
 * <p>The one pattern for every record an employee writes (inquiries today; complaints, rescue
 * cases, appointments, bookings, callbacks as they come): the service loads the record, asks {@link
 * #maySee} with the author's employee row id, and throws the same "not found" it throws for a
 * missing id. Lists are narrowed in their query (mine, my team's).
 */
@ApplicationScoped
public class RecordAccess {

  /** Whether admins see the record type at all; most records are the floor's, not IT's. */
  public enum Admins {
    SEE,
    DO_NOT_SEE
  }

  @PersistenceContext private EntityManager em;
  @Inject private Principal caller;

  /**
   * @param authorId the row id of the employee who wrote the record
   * @return true for the author, the author's supervisor, and (if {@code admins} is SEE) admins
   */
  public boolean maySee(Long authorId, Admins admins) {
    Viewer viewer = viewer();
    if (viewer == null || authorId == null) {
      return false;
    }
    if (authorId.equals(viewer.id()) || (admins == Admins.SEE && viewer.admin())) {
      return true;
    }
    List<Long> supervisor =
        em.createQuery("select e.supervisorId from Employee e where e.id = :author", Long.class)
            .setParameter("author", authorId)
            .getResultList();
    return !supervisor.isEmpty() && viewer.id().equals(supervisor.get(0));
  }

  private Viewer viewer() {
    String name = caller == null ? null : caller.getName();
    if (name == null || name.isBlank()) {
      return null;
    }
    List<Employee> found =
        em.createQuery(
                "select e from Employee e where e.employeeNo = :no and e.active = true",
                Employee.class)
            .setParameter("no", name)
            .getResultList();
    if (found.isEmpty()) {
      return null;
    }
    Employee e = found.get(0);
    return new Viewer(e.getId(), e.getRoles().contains(Role.ADMIN));
  }

  private record Viewer(Long id, boolean admin) {}
}
