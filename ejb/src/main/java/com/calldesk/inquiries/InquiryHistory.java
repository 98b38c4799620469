package com.calldesk.inquiries;

import com.calldesk.customers.CustomerHistorySource;
import com.calldesk.customers.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** The customer's inquiries and the replies to them, on their timeline. */
@ApplicationScoped
class InquiryHistory implements CustomerHistorySource {

  @PersistenceContext private EntityManager em;

  @Override
  public List<HistoryEntry> entriesOf(Long customerId, int max) {
    List<HistoryEntry> entries = new ArrayList<>();
    em.createQuery(
            "select i from Inquiry i where i.customerId = :id order by i.createdAt desc",
            Inquiry.class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .forEach(
            i ->
                entries.add(
                    new HistoryEntry(
                        i.getCreatedAt(),
                        "INQUIRY",
                        i.getQuestion(),
                        i.getAgentNo(),
                        i.getId().toString())));
    em.createQuery(
            "select r from InquiryReply r, Inquiry i where i.id = r.inquiryId"
                + " and i.customerId = :id order by r.repliedAt desc",
            InquiryReply.class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .forEach(
            r ->
                entries.add(
                    new HistoryEntry(
                        r.getRepliedAt(),
                        "REPLY",
                        r.getBody(),
                        r.getRepliedBy(),
                        r.getInquiryId().toString())));
    return entries;
  }
}
