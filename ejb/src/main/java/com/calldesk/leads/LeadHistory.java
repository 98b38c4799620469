package com.calldesk.leads;

import com.calldesk.customers.CustomerHistorySource;
import com.calldesk.customers.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The customer's sales leads and what became of them, on their timeline. */
@ApplicationScoped
class LeadHistory implements CustomerHistorySource {

  @PersistenceContext private EntityManager em;

  @Override
  public List<HistoryEntry> entriesOf(Long customerId, int max) {
    return em
        .createQuery(
            "select s, l.leadNo, l.interest from LeadStep s, Lead l"
                + " where l.id = s.leadId and l.customerId = :id order by s.doneAt desc",
            Object[].class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            x -> {
              LeadStep s = (LeadStep) x[0];
              String no = (String) x[1];
              return new HistoryEntry(
                  s.getDoneAt(),
                  "FORWARDED".equals(s.getAction()) ? "LEAD" : "LEAD_STEP",
                  no
                      + " · "
                      + x[2]
                      + " · "
                      + s.getAction()
                      + (s.getDetail() == null ? "" : ": " + s.getDetail()),
                  s.getDoneBy(),
                  no);
            })
        .toList();
  }
}
