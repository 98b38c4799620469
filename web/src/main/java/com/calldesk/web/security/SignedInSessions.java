package com.calldesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One signed-in session per employee. A second login takes the seat over: the earlier session is
 * ended (its push socket closes with it, its tab lands on the login page at its next step), and the
 * seat stays as it was — a TALKING agent keeps the call, a break stays a break — because the end of
 * a session that was taken over does not sign the seat out.
 *
 * <p>In memory: CallDesk runs on one Payara Server instance.
 */
@ApplicationScoped
public class SignedInSessions {

  private static final Logger LOG = Logger.getLogger(SignedInSessions.class.getName());

  /** Session attribute on a session another login has replaced: its end is not a sign-out. */
  static final String TAKEN_OVER = "calldesk.takenOver";

  private final Map<String, HttpSession> current = new ConcurrentHashMap<>();

  /**
   * The employee signed in with this session; ends their earlier one, if any.
   *
   * @return true if an earlier session was taken over
   */
  public boolean signedIn(String employeeNo, HttpSession session) {
    HttpSession earlier = current.put(employeeNo, session);
    if (earlier == null || same(earlier, session)) {
      return false;
    }
    try {
      earlier.setAttribute(TAKEN_OVER, Boolean.TRUE);
      earlier.invalidate();
    } catch (IllegalStateException alreadyEnded) {
      LOG.log(Level.FINE, "the earlier session had ended already", alreadyEnded);
    }
    return true;
  }

  /**
   * Whether this session's end signs the employee out: it is their current one, not one a later
   * login replaced. Forgets it either way.
   */
  public boolean ended(String employeeNo, HttpSession session) {
    if (Boolean.TRUE.equals(session.getAttribute(TAKEN_OVER))) {
      return false;
    }
    HttpSession registered = current.get(employeeNo);
    if (registered != null && same(registered, session)) {
      current.remove(employeeNo, registered);
      return true;
    }
    return registered == null;
  }

  /**
   * The same session, told by its id: the container hands out different objects for one session (a
   * facade to the page, the session itself to listeners) and may reuse an ended session's object
   * for a new one, so object identity says nothing.
   */
  private static boolean same(HttpSession a, HttpSession b) {
    try {
      return a.getId().equals(b.getId());
    } catch (IllegalStateException ended) {
      return false;
    }
  }

  /** Ends every session of the employee (an admin disabled the account). */
  public void end(String employeeNo) {
    HttpSession session = current.remove(employeeNo);
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyEnded) {
        LOG.log(Level.FINE, "the session had ended already", alreadyEnded);
      }
    }
  }
}
