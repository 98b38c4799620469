package com.calldesk.calls;

import com.calldesk.seats.SeatReady;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** An agent became READY: once that is committed, give them the longest-waiting caller. */
@ApplicationScoped
public class SeatReadyDispatch {

  @EJB private CallFloor floor;

  void onReady(@Observes(during = TransactionPhase.AFTER_SUCCESS) SeatReady ready) {
    floor.sweepSoon();
  }
}
