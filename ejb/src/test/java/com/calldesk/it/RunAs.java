package com.calldesk.it;

import com.calldesk.calls.CallControls;
import com.calldesk.calls.CallLog;
import com.calldesk.calls.CallSummary;
import com.calldesk.calls.CommandView;
import com.calldesk.seats.SeatView;
import com.calldesk.seats.Seats;
import com.calldesk.security.Authentication;
import com.calldesk.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/** Calls services under a given role, as a logged-in user of that role would. */
public final class RunAs {

  private RunAs() {}

  /** Runs as role ADMIN (principal 9001, see the test glassfish-ejb-jar.xml). */
  @Stateless
  @jakarta.annotation.security.RunAs(Roles.ADMIN)
  public static class AsAdmin {
    @EJB private Seats seats;

    @PermitAll
    public SeatView signIn() {
      return seats.signIn();
    }

    /** Whatever the action calls, it calls as 9001 in role ADMIN. */
    @PermitAll
    public <T> T call(java.util.concurrent.Callable<T> action) throws Exception {
      return action.call();
    }
  }

  /** Runs as role SUPERVISOR (principal 2001, supervisor of 1001-1003 in the demo data). */
  @Stateless
  @jakarta.annotation.security.RunAs(Roles.SUPERVISOR)
  public static class AsSupervisor {
    @PermitAll
    public <T> T call(java.util.concurrent.Callable<T> action) throws Exception {
      return action.call();
    }
  }

  /** Runs as role AGENT (principal 1002). */
  @Stateless
  @jakarta.annotation.security.RunAs(Roles.AGENT)
  public static class AsAgent {
    @EJB private Seats seats;
    @EJB private Authentication authentication;
    @EJB private CallControls controls;
    @EJB private CallLog callLog;

    @PermitAll
    public SeatView signIn() {
      return seats.signIn();
    }

    @PermitAll
    public void logOut() {
      authentication.loggedOut();
    }

    @PermitAll
    public CommandView transfer(String to) {
      return controls.transfer(to);
    }

    @PermitAll
    public CommandView threeWay(String to) {
      return controls.threeWay(to);
    }

    @PermitAll
    public CommandView block(String reason) {
      return controls.block(reason);
    }

    @PermitAll
    public CommandView mute() {
      return controls.mute();
    }

    @PermitAll
    public SeatView finishWrapUp() {
      return seats.finishWrapUp();
    }

    @PermitAll
    public java.util.List<CallSummary> myCalls(String caller) {
      return callLog.myCalls(null, null, caller);
    }

    /** Whatever the action calls, it calls as 1002 in role AGENT. */
    @PermitAll
    public <T> T call(java.util.concurrent.Callable<T> action) throws Exception {
      return action.call();
    }

    @PermitAll
    public SeatView signOut() {
      seats.signOut();
      return seats.mine();
    }
  }
}
