package com.calldesk.callbacks;

import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Tells agents' open pages their callback day after it changed (a hand-out, a quota, a try, a
 * rollover): {@code {"kind":"callbacks","tasks":N,"done":M,"quota":Q}}, after the change commits.
 */
@ApplicationScoped
class CallbackNotices {

  @PersistenceContext private EntityManager em;
  @Inject private DeskChannel desks;

  void tell(Collection<Long> agentIds, LocalDate today) {
    em.flush();
    for (Long agentId : agentIds) {
      Object[] r =
          (Object[])
              em.createNativeQuery(
                      "SELECT e.employee_no, COALESCE(q.quota, e.callback_quota),"
                          + " (SELECT COUNT(*) FROM cd_callback_task t"
                          + "   WHERE t.assigned_to_id = e.id AND t.assigned_on = ?),"
                          + " (SELECT COUNT(*) FROM cd_callback_task t WHERE t.assigned_to_id = e.id"
                          + "   AND t.assigned_on = ? AND t.state = 'DONE')"
                          + " FROM cd_employee e LEFT JOIN cd_callback_quota q"
                          + "   ON q.agent_id = e.id AND q.quota_day = ? WHERE e.id = ?")
                  .setParameter(1, Date.valueOf(today))
                  .setParameter(2, Date.valueOf(today))
                  .setParameter(3, Date.valueOf(today))
                  .setParameter(4, agentId)
                  .getSingleResult();
      desks.publish(
          DeskNotice.to(
              (String) r[0],
              Json.createObjectBuilder()
                  .add("kind", "callbacks")
                  .add("quota", ((Number) r[1]).intValue())
                  .add("tasks", ((Number) r[2]).intValue())
                  .add("done", ((Number) r[3]).intValue())
                  .build()
                  .toString()));
    }
  }
}
