package com.calldesk.survey;

import com.calldesk.customers.CustomerHistorySource;
import com.calldesk.customers.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Collectors;

/** The customer's surveys on their timeline, with what they answered. */
@ApplicationScoped
class SurveyHistory implements CustomerHistorySource {

  @PersistenceContext private EntityManager em;

  @Override
  public List<HistoryEntry> entriesOf(Long customerId, int max) {
    return em
        .createQuery(
            "select r from SurveyResponse r where r.customerId = :id order by r.takenAt desc",
            SurveyResponse.class)
        .setParameter("id", customerId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            r ->
                new HistoryEntry(
                    r.getTakenAt(),
                    "SURVEY",
                    em
                        .createQuery(
                            "select a from SurveyAnswer a where a.responseId = :id order by a.id",
                            SurveyAnswer.class)
                        .setParameter("id", r.getId())
                        .getResultList()
                        .stream()
                        .map(a -> a.getQuestionText() + ": " + a.getValue())
                        .collect(Collectors.joining("; ")),
                    r.getTakenBy(),
                    r.getId().toString()))
        .toList();
  }
}
