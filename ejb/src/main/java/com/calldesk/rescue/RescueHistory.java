package com.calldesk.rescue;

import com.calldesk.customers.CustomerHistorySource;
import com.calldesk.customers.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** The customer's rescue cases and their process records, on their timeline. */
@ApplicationScoped
class RescueHistory implements CustomerHistorySource {

  @PersistenceContext private EntityManager em;

  @Override
  public List<HistoryEntry> entriesOf(Long customerId, int max) {
    List<HistoryEntry> entries = new ArrayList<>();
    em.createQuery(
            "select s, r.caseNo, r.plateNo from RescueStep s, RescueCase r"
                + " where r.id = s.caseId and r.customerId = :id order by s.doneAt desc",
            Object[].class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .forEach(
            x -> {
              RescueStep s = (RescueStep) x[0];
              String no = (String) x[1];
              entries.add(
                  new HistoryEntry(
                      s.getDoneAt(),
                      "OPENED".equals(s.getAction()) ? "RESCUE" : "RESCUE_STEP",
                      no
                          + " · "
                          + x[2]
                          + " · "
                          + s.getAction()
                          + (s.getDetail() == null ? "" : ": " + s.getDetail()),
                      s.getDoneBy(),
                      no));
            });
    return entries;
  }
}
