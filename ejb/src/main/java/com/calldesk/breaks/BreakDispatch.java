package com.calldesk.breaks;

import com.calldesk.seats.SeatReady;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** An agent became READY: once committed, their team may spare the next in its break queue. */
@ApplicationScoped
public class BreakDispatch {

  @EJB private BreakTimer timer;

  void onReady(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeatReady ready) {
    timer.ready(ready);
  }
}
