package com.calldesk.web.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.calldesk.seats.Seats;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** The login form: employee id and password. */
@Named("login")
@RequestScoped
public class LoginBacking {

  /** Session attribute naming who the session belongs to, for the session-end listener. */
  static final String EMPLOYEE_NO = "calldesk.employeeNo";

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @Inject private ExternalContext external;
  @Inject private Seats seats;
  @Inject private Messages messages;
  @Inject private SignedInSessions sessions;
  @Inject private SessionSettings settings;

  @NotBlank(message = "{calldesk.login.employeeNo.required}")
  @Size(max = 20, message = "{calldesk.login.employeeNo.tooLong}")
  private String employeeNo;

  @NotBlank(message = "{calldesk.login.password.required}")
  @Size(max = 128, message = "{calldesk.login.password.tooLong}")
  private String password;

  /** Someone already logged in who opens the login page goes to their own page. */
  public void redirectIfLoggedIn() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (request.getUserPrincipal() != null) {
      external.redirect(request.getContextPath() + Landing.pageFor(request));
    }
  }

  public void submit() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
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
        if (Landing.takesSeat(request)) {
          seats.signIn();
        }
        external.redirect(request.getContextPath() + Landing.pageFor(request));
      }
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        password = null;
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, messages.get("calldesk.login.failed"), null));
      }
    }
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
