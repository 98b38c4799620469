package com.calldesk.callbacks;

import com.calldesk.customers.CustomerHistorySource;
import com.calldesk.customers.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The customer's callback tasks and every try at them, on their timeline. */
@ApplicationScoped
class CallbackHistory implements CustomerHistorySource {

  @PersistenceContext private EntityManager em;

  @Override
  public List<HistoryEntry> entriesOf(Long customerId, int max) {
    List<HistoryEntry> entries = new ArrayList<>();
    em.createQuery(
            "select t from CallbackTask t where t.customerId = :id order by t.createdAt desc",
            CallbackTask.class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .forEach(
            t ->
                entries.add(
                    new HistoryEntry(
                        t.getCreatedAt(),
                        "CALLBACK",
                        t.getSource() + " · " + t.getReason() + " · due " + t.getDueOn(),
                        t.getCreatedBy(),
                        "CB" + t.getId())));
    em.createQuery(
            "select a, t.reason from CallbackAttempt a, CallbackTask t"
                + " where t.id = a.taskId and t.customerId = :id order by a.doneAt desc",
            Object[].class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .forEach(
            x -> {
              CallbackAttempt a = (CallbackAttempt) x[0];
              entries.add(
                  new HistoryEntry(
                      a.getDoneAt(),
                      "CALLBACK_ATTEMPT",
                      x[1]
                          + " · #"
                          + a.getAttemptNo()
                          + " "
                          + a.getOutcome()
                          + (a.getAnswers() == null ? "" : ": " + a.getAnswers()),
                      a.getDoneBy(),
                      "CB" + a.getTaskId()));
            });
    entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
    return entries.size() > max ? entries.subList(0, max) : entries;
  }
}
