package com.calldesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;

/**
 * Writes the audit log: who did what to which record, and when (UTC). Every state change calls it
 * inside the transaction of the change, so the entry and the change commit or vanish together.
 *
 * <p>A CDI bean, not an EJB: it is a building block of the services (which carry the role checks),
 * never called from a page.
 */
@ApplicationScoped
public class AuditTrail {

  /** Actor of changes nobody logged in made: session expiry, message consumers, start-up. */
  public static final String SYSTEM = "system";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Principal caller;

  /** Records a change made by the current caller. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String subjectType, Object subjectId, String detail) {
    recordAs(currentActor(), action, subjectType, subjectId, detail);
  }

  /** Records an event whose actor is not the caller: a login attempt, a system action. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAs(
      String actor, String action, String subjectType, Object subjectId, String detail) {
    em.persist(
        new AuditEntry(
            clock.instant(),
            actor,
            action,
            subjectType,
            subjectId == null ? null : subjectId.toString(),
            detail));
  }

  /** Who is making the current change: the caller's employee id, or {@link #SYSTEM}. */
  public String currentActor() {
    String name = caller == null ? null : caller.getName();
    return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
  }
}
