package com.calldesk.monitor;

import com.calldesk.calls.CallFlow;
import com.calldesk.calls.Disposition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Today's floor figures: callers waiting, and the service level (服务水平): of the calls offered today
 * up to the threshold ago, the share answered within it. Blacklisted calls never wait for an agent
 * and are not counted; a call still waiting past the threshold counts as not in time.
 */
@ApplicationScoped
public class Floor {

  @PersistenceContext private EntityManager em;
  @Inject private CallFlow flow;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "calldesk.monitor.service-level-seconds", defaultValue = "20")
  int serviceLevelSeconds;

  public FloorFigures figures() {
    Instant now = clock.instant();
    Instant dayStart =
        LocalDate.ofInstant(now, ZoneId.systemDefault())
            .atStartOfDay(ZoneId.systemDefault())
            .toInstant();
    String today =
        "select count(c) from PhoneCall c where c.offeredAt >= :dayStart and c.offeredAt <= :cutoff"
            + " and (c.disposition is null or c.disposition <> :rejected)";
    long offered = count(em.createQuery(today, Long.class), dayStart, now);
    long inTime =
        count(
            em.createQuery(today + " and c.answerWaitMs <= :limit", Long.class)
                .setParameter("limit", serviceLevelSeconds * 1000L),
            dayStart,
            now);
    return new FloorFigures(flow.waiting(), offered, inTime, serviceLevelSeconds);
  }

  private long count(jakarta.persistence.TypedQuery<Long> query, Instant dayStart, Instant now) {
    return query
        .setParameter("dayStart", dayStart)
        .setParameter("cutoff", now.minusSeconds(serviceLevelSeconds))
        .setParameter("rejected", Disposition.REJECTED)
        .getSingleResult();
  }
}
