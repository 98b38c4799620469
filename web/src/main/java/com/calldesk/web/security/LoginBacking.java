package com.calldesk.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.calldesk.seats.Channels;
import com.calldesk.seats.Seats;
import com.calldesk.security.Authentication;
import com.calldesk.shared.CodeName;
import com.calldesk.web.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;

/** The login form: employee id and password. */
@Named("login")
@RequestScoped
public class LoginBacking {

  /** Session attribute naming who the session belongs to, for the session-end listener. */
  static final String EMPLOYEE_NO = "calldesk.employeeNo";

  /** Session attribute: the channel chosen at login, for a seat taken after a password change. */
  static final String CHANNEL = "calldesk.channel";

  private static final String CHANNEL_COOKIE = "calldesk.channel";

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;
  @Inject private Seats seats;
  @Inject private Messages messages;
  @Inject private SignedInSessions sessions;
  @Inject private SessionSettings settings;
  @Inject private LoginThrottle throttle;
  @Inject private Channels channelList;
  @Inject private Authentication authentication;

  @NotBlank(message = "{calldesk.login.employeeNo.required}")
  @Size(max = 20, message = "{calldesk.login.employeeNo.tooLong}")
  private String employeeNo;

  @NotBlank(message = "{calldesk.login.password.required}")
  @Size(max = 128, message = "{calldesk.login.password.tooLong}")
  private String password;

  /** The inbound channel / extension the agent sits at (来话通道); remembered per browser. */
  private String channel;

  private List<CodeName> channels;

  /** Someone already logged in who opens the login page goes to their own page. */
  public void redirectIfLoggedIn() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (channel == null) {
      Object remembered = external.getRequestCookieMap().get(CHANNEL_COOKIE);
      if (remembered instanceof Cookie c) {
        channel = c.getValue();
      }
    }
    if (request.getUserPrincipal() != null) {
      external.redirect(request.getContextPath() + Landing.pageFor(request));
    }
  }

  public void submit() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    String client =
        throttle.clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    if (!throttle.allows(client)) {
      password = null;
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, messages.get("calldesk.login.throttled"), null));
      return;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(employeeNo.trim(), new Password(password))));
    switch (status) {
      case SUCCESS -> {
        // A fresh session id: whatever id the browser had before login is worthless now.
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval(settings.idleSeconds());
        sessions.signedIn(request.getUserPrincipal().getName(), session);
        rememberChannel(request, response);
        session.setAttribute(CHANNEL, channel);
        if (authentication.passwordChangeDue()) {
          // Someone else set this password: it is changed before any work (or a seat) begins.
          session.setAttribute(PasswordChangeRequired.ATTRIBUTE, Boolean.TRUE);
          external.redirect(request.getContextPath() + PasswordChangeRequired.PAGE);
          return;
        }
        if (Landing.takesSeat(request)) {
          seats.signIn(channel);
        }
        external.redirect(request.getContextPath() + Landing.pageFor(request));
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        throttle.failed(client);
        password = null;
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, messages.get("calldesk.login.failed"), null));
      }
    }
  }

  /** The channels one may sit at; loaded once per request. */
  public List<CodeName> getChannels() {
    if (channels == null) {
      channels = channelList.choices();
    }
    return channels;
  }

  /** A year, in this browser only: the agent sits at the same extension day after day. */
  private void rememberChannel(HttpServletRequest request, HttpServletResponse response) {
    if (channel == null || channel.isBlank()) {
      return;
    }
    Cookie c = new Cookie(CHANNEL_COOKIE, channel);
    c.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    c.setMaxAge(365 * 24 * 3600);
    c.setHttpOnly(true);
    c.setSecure(request.isSecure());
    response.addCookie(c);
  }

  public String getChannel() {
    return channel;
  }

  public void setChannel(String channel) {
    this.channel = channel;
  }

  public String getEmployeeNo() {
    return employeeNo;
  }

  public void setEmployeeNo(String employeeNo) {
    this.employeeNo = employeeNo;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
