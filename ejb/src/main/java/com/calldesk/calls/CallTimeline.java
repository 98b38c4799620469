package com.calldesk.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Appends to a call's timeline (cd_call_event). */
@ApplicationScoped
class CallTimeline {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  void add(PhoneCall call, String kind, String actor, String agentNo, String detail) {
    em.persist(new CallEvent(call.getId(), clock.instant(), kind, actor, agentNo, detail));
  }
}
