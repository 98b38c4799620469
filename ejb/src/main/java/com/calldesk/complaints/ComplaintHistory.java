package com.calldesk.complaints;

import com.calldesk.customers.CustomerHistorySource;
import com.calldesk.customers.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** The customer's complaints and every step taken on them, on their timeline. */
@ApplicationScoped
class ComplaintHistory implements CustomerHistorySource {

  @PersistenceContext private EntityManager em;

  @Override
  public List<HistoryEntry> entriesOf(Long customerId, int max) {
    List<HistoryEntry> entries = new ArrayList<>();
    em.createQuery(
            "select c from Complaint c where c.customerId = :id order by c.receivedAt desc",
            Complaint.class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .forEach(
            c ->
                entries.add(
                    new HistoryEntry(
                        c.getReceivedAt(),
                        "COMPLAINT",
                        c.getComplaintNo() + " · " + c.getTarget() + ": " + c.getContent(),
                        c.getAgentNo(),
                        c.getComplaintNo())));
    em.createQuery(
            "select s, c.complaintNo from ComplaintStep s, Complaint c where c.id = s.complaintId"
                + " and c.customerId = :id and s.action <> 'RECEIVED' order by s.doneAt desc",
            Object[].class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .forEach(
            r -> {
              ComplaintStep s = (ComplaintStep) r[0];
              String no = (String) r[1];
              entries.add(
                  new HistoryEntry(
                      s.getDoneAt(),
                      "COMPLAINT_STEP",
                      no
                          + " · "
                          + s.getAction()
                          + " → "
                          + s.getToState()
                          + (s.getDetail() == null ? "" : ": " + s.getDetail()),
                      s.getDoneBy(),
                      no));
            });
    return entries;
  }
}
