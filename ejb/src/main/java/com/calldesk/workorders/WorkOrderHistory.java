package com.calldesk.workorders;

import com.calldesk.customers.CustomerHistorySource;
import com.calldesk.customers.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The customer's work orders and every step of them, on their timeline. */
@ApplicationScoped
class WorkOrderHistory implements CustomerHistorySource {

  @PersistenceContext private EntityManager em;

  @Override
  public List<HistoryEntry> entriesOf(Long customerId, int max) {
    return em
        .createQuery(
            "select s, w.orderNo from WorkOrderStep s, WorkOrder w"
                + " where w.id = s.workOrderId and w.customerId = :id order by s.doneAt desc",
            Object[].class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            x -> {
              WorkOrderStep s = (WorkOrderStep) x[0];
              String no = (String) x[1];
              return new HistoryEntry(
                  s.getDoneAt(),
                  "OPENED".equals(s.getAction()) ? "WORK_ORDER" : "WORK_ORDER_STEP",
                  no + " · " + s.getAction() + (s.getDetail() == null ? "" : ": " + s.getDetail()),
                  s.getDoneBy(),
                  no);
            })
        .toList();
  }
}
