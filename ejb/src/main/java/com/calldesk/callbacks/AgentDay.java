package com.calldesk.callbacks;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One agent's callback day, as the hand-out, the quota board and the desk's figures read it: the
 * quota (the day's, else the agent's default) and the tasks they hold today, done or not.
 */
record AgentDay(
    long agentId,
    String employeeNo,
    String name,
    int defaultQuota,
    int quota,
    int holding,
    int done) {

  /**
   * The days of the active employees matching {@code condition} (SQL on {@code e}, cd_employee,
   * with one {@code ?} for {@code value}, or none when it is null), by employee id.
   */
  static List<AgentDay> of(EntityManager em, LocalDate day, String condition, Object value) {
    var query =
        em.createNativeQuery(
                "SELECT e.id, e.employee_no, e.full_name, e.callback_quota,"
                    + " COALESCE(q.quota, e.callback_quota),"
                    + " (SELECT COUNT(*) FROM cd_callback_task t"
                    + "   WHERE t.assigned_to_id = e.id AND t.assigned_on = ?),"
                    + " (SELECT COUNT(*) FROM cd_callback_task t WHERE t.assigned_to_id = e.id"
                    + "   AND t.assigned_on = ? AND t.state = 'DONE')"
                    + " FROM cd_employee e"
                    + " LEFT JOIN cd_callback_quota q ON q.agent_id = e.id AND q.quota_day = ?"
                    + " WHERE e.active = 1 AND "
                    + condition
                    + " ORDER BY e.employee_no")
            .setParameter(1, Date.valueOf(day))
            .setParameter(2, Date.valueOf(day))
            .setParameter(3, Date.valueOf(day));
    if (value != null) {
      query.setParameter(4, value);
    }
    List<AgentDay> days = new ArrayList<>();
    for (Object[] r : CallbackDay.rows(query.getResultList())) {
      days.add(
          new AgentDay(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              ((Number) r[3]).intValue(),
              ((Number) r[4]).intValue(),
              ((Number) r[5]).intValue(),
              ((Number) r[6]).intValue()));
    }
    return days;
  }
}
