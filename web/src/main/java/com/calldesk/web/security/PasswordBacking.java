package com.calldesk.web.security;

import com.calldesk.seats.Seats;
import com.calldesk.security.Authentication;
import com.calldesk.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Changing one's own password: by choice from the header, or before anything else when the password
 * was set by someone else (a new account, a reset, the first administrator). The seat is taken only
 * once that is done.
 */
@Named("passwordChange")
@RequestScoped
public class PasswordBacking {

  @Inject private Authentication authentication;
  @Inject private Seats seats;
  @Inject private ExternalContext external;
  @Inject private Feedback feedback;

  private String current;
  private String next;
  private String repeat;

  public boolean isRequired() {
    return external.getSessionMap().containsKey(PasswordChangeRequired.ATTRIBUTE);
  }

  public void submit() throws IOException {
    if (next == null || !next.equals(repeat)) {
      feedback.error("passwordForm:repeat", "password.mismatch");
      return;
    }
    try {
      authentication.changePassword(
          current == null ? new char[0] : current.toCharArray(), next.toCharArray());
    } catch (RuntimeException e) {
      feedback.refused(e, "passwordForm");
      return;
    } finally {
      current = next = repeat = null;
    }
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    boolean wasRequired = isRequired();
    external.getSessionMap().remove(PasswordChangeRequired.ATTRIBUTE);
    if (wasRequired && Landing.takesSeat(request)) {
      Object channel = external.getSessionMap().get(LoginBacking.CHANNEL);
      seats.signIn(channel == null ? null : channel.toString());
    }
    external.redirect(request.getContextPath() + Landing.pageFor(request));
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
