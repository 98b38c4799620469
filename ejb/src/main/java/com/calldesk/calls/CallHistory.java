package com.calldesk.calls;

import com.calldesk.customers.CustomerHistorySource;
import com.calldesk.customers.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The customer's calls on their timeline. */
@ApplicationScoped
class CallHistory implements CustomerHistorySource {

  @PersistenceContext private EntityManager em;

  @Override
  public List<HistoryEntry> entriesOf(Long customerId, int max) {
    return em
        .createQuery(
            "select c from PhoneCall c where c.customerId = :id order by c.offeredAt desc",
            PhoneCall.class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            c ->
                new HistoryEntry(
                    c.getOfferedAt(),
                    "CALL",
                    c.getCallerNumber()
                        + " · "
                        + (c.getDisposition() == null ? c.getStatus() : c.getDisposition())
                        + (c.getTalkSeconds() == null ? "" : " · " + c.getTalkSeconds() + " s"),
                    c.getAgentNo() == null ? "system" : c.getAgentNo(),
                    c.getCallId()))
        .toList();
  }
}
