package com.calldesk.callbacks;

import com.calldesk.calls.CallDropped;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A call cut off mid-way becomes an urgent callback for the supervisor to assign (the hand-out
 * leaves these to them): urgency 1, or 2 while the caller has an open complaint. It is raised in
 * the call's own transaction, once per call, and pushed to the supervisor's pages.
 */
@ApplicationScoped
class DroppedCalls {

  @PersistenceContext private EntityManager em;
  @Inject private AuditTrail audit;
  @Inject private DeskChannel desks;
  @Inject private CallbackSettings settings;
  @Inject private Clock clock;
  @Inject private com.calldesk.security.EmployeeRepository employees;

  void dropped(@Observes CallDropped call) {
    String key = "DROPPED:" + call.callId();
    if (!em.createQuery("select t.id from CallbackTask t where t.sourceKey = :k", Long.class)
        .setParameter("k", key)
        .getResultList()
        .isEmpty()) {
      return;
    }
    boolean complaining =
        ((Number)
                    em.createNativeQuery(
                            "SELECT COUNT(*) FROM cd_complaint WHERE customer_id = ?"
                                + " AND state NOT IN ('CLOSED', 'REJECTED')")
                        .setParameter(1, call.customerId())
                        .getSingleResult())
                .longValue()
            > 0;
    int urgency = complaining ? 2 : 1;
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    CallbackTask task =
        new CallbackTask(
            call.customerId(),
            CallbackSource.DROPPED_CALL,
            key,
            "dropped call " + call.callId() + (complaining ? " (open complaint)" : ""),
            urgency,
            LocalDate.ofInstant(now, settings.zone()),
            null,
            AuditTrail.SYSTEM,
            now);
    em.persist(task);
    em.flush();
    audit.recordAs(AuditTrail.SYSTEM, "CALLBACK_RAISED", Callbacks.SUBJECT, task.getId(), key);
    java.util.Optional<String> supervisor = employees.supervisorNoOf(call.agentNo());
    if (supervisor.isPresent()) {
      desks.publish(
          DeskNotice.to(
              supervisor.get(),
              Json.createObjectBuilder()
                  .add("kind", "callback-urgent")
                  .add("taskId", task.getId())
                  .add("urgency", urgency)
                  .add("agentNo", call.agentNo())
                  .add("callId", call.callId())
                  .build()
                  .toString()));
    }
  }
}
