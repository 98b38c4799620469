package com.calldesk.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * Complaints counted per month of intake (UTC) and per category, department, cause and state
 * ({@code cd_complaint_count}). Every intake adds one; every move takes the complaint out of its
 * old count and adds it to its new one, in the transaction of the move. The statistics of a long
 * period add up whole months here instead of reading every complaint.
 */
@ApplicationScoped
class ComplaintCounts {

  /** Stands for "none yet" (no department, no cause) in the count's key. */
  static final String NONE = "-";

  @PersistenceContext private EntityManager em;

  /** Adds {@code delta} (1 or -1) to the count the complaint belongs to as it is now. */
  @Transactional(Transactional.TxType.MANDATORY)
  void add(Complaint c, int delta) {
    em.createNativeQuery(
            "MERGE INTO cd_complaint_count t USING (SELECT CAST(? AS DATE) month_start,"
                + " CAST(? AS VARCHAR2(30)) category_code, CAST(? AS VARCHAR2(30)) department_code,"
                + " CAST(? AS VARCHAR2(20)) cause_code, CAST(? AS VARCHAR2(20)) state FROM dual) s"
                + " ON (t.month_start = s.month_start AND t.category_code = s.category_code"
                + " AND t.department_code = s.department_code AND t.cause_code = s.cause_code"
                + " AND t.state = s.state)"
                + " WHEN MATCHED THEN UPDATE SET t.complaints = t.complaints + ?"
                + " WHEN NOT MATCHED THEN INSERT (month_start, category_code, department_code,"
                + " cause_code, state, complaints) VALUES (s.month_start, s.category_code,"
                + " s.department_code, s.cause_code, s.state, ?)")
        .setParameter(1, java.sql.Date.valueOf(monthOf(c.getReceivedAt())))
        .setParameter(2, c.getCategoryCode())
        .setParameter(3, c.getDepartmentCode() == null ? NONE : c.getDepartmentCode())
        .setParameter(4, c.getCauseCode() == null ? NONE : c.getCauseCode().name())
        .setParameter(5, c.getState().name())
        .setParameter(6, delta)
        .setParameter(7, delta)
        .executeUpdate();
  }

  /**
   * Hands each count of the months from {@code fromMonth} (included) to {@code toMonth} (excluded)
   * to {@code sink} as category, department, cause, state (null for none) and the number.
   */
  void months(LocalDate fromMonth, LocalDate toMonth, Consumer<Object[]> sink) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT category_code, department_code, cause_code, state, SUM(complaints)"
                    + " FROM cd_complaint_count WHERE month_start >= ? AND month_start < ?"
                    + " GROUP BY category_code, department_code, cause_code, state")
            .setParameter(1, java.sql.Date.valueOf(fromMonth))
            .setParameter(2, java.sql.Date.valueOf(toMonth))
            .getResultList();
    for (Object[] r : rows) {
      sink.accept(
          new Object[] {
            r[0], NONE.equals(r[1]) ? null : r[1], NONE.equals(r[2]) ? null : r[2], r[3], r[4]
          });
    }
  }

  /** The first day of the instant's month, in UTC: the month a complaint is counted in. */
  static LocalDate monthOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC).withDayOfMonth(1);
  }
}
