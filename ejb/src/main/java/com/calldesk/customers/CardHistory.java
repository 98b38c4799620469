package com.calldesk.customers;

import com.calldesk.shared.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The card's own history: created on the first call, corrected by agents (from the audit log). */
@ApplicationScoped
class CardHistory implements CustomerHistorySource {

  @PersistenceContext private EntityManager em;

  @Override
  public List<HistoryEntry> entriesOf(Long customerId, int max) {
    Customer customer = em.find(Customer.class, customerId);
    if (customer == null) {
      return List.of();
    }
    return em
        .createQuery(
            "select a from AuditEntry a where a.subjectType = :type and a.subjectId = :no"
                + " order by a.occurredAt desc",
            AuditEntry.class)
        .setParameter("type", CustomerRegistry.SUBJECT)
        .setParameter("no", customer.getCustomerNo())
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            a ->
                new HistoryEntry(
                    a.getOccurredAt(), "CARD", a.getDetail(), a.getActor(), a.getAction()))
        .toList();
  }
}
