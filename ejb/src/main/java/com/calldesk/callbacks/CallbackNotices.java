package com.calldesk.callbacks;

import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Tells agents' open pages their callback day after it changed (a hand-out, a quota, a try, a
 * rollover): {@code {"kind":"callbacks","tasks":N,"done":M,"quota":Q}}, after the change commits;
 * the seat monitors watching the agent get the same figures as {@code monitor-callbacks}.
 */
@ApplicationScoped
class CallbackNotices {

  @PersistenceContext private EntityManager em;
  @Inject private DeskChannel desks;
  @Inject private com.calldesk.security.EmployeeRepository employees;

  void tell(Collection<Long> agentIds, LocalDate today) {
    em.flush();
    for (Long agentId : agentIds) {
      for (AgentDay a : AgentDay.of(em, today, "e.id = ?", agentId)) {
        desks.publish(
            DeskNotice.toMonitors(
                employees.supervisorNoOf(a.employeeNo()).orElse(null),
                Json.createObjectBuilder()
                    .add("kind", "monitor-callbacks")
                    .add("agentNo", a.employeeNo())
                    .add("quota", a.quota())
                    .add("tasks", a.holding())
                    .add("done", a.done())
                    .build()
                    .toString()));
        desks.publish(
            DeskNotice.to(
                a.employeeNo(),
                Json.createObjectBuilder()
                    .add("kind", "callbacks")
                    .add("quota", a.quota())
                    .add("tasks", a.holding())
                    .add("done", a.done())
                    .build()
                    .toString()));
      }
    }
  }
}
