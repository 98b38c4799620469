package com.calldesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Set;

/**
 * Form login through our own JSF page ({@code login.xhtml}, which calls {@code
 * SecurityContext.authenticate}); unauthenticated requests for protected pages are redirected there
 * (not forwarded, so the browser's URL is honest and the page's own protections apply).
 *
 * <p>Why not {@code @CustomFormAuthenticationMechanismDefinition}: its session handling ({@code
 * AutoApplySession}) re-applies a stored principal object, and under concurrent requests Payara
 * then sometimes loses the caller's groups (Payara issue #6145): with many agents logging in at
 * once, pages failed with "Client not authorized" from the EJBs. This mechanism keeps the employee
 * id and groups in the HTTP session and hands both to the container explicitly on every request.
 */
@ApplicationScoped
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
public class CallDeskAuthentication implements HttpAuthenticationMechanism {

  /** Session attribute: the groups (roles) of the logged-in employee. */
  static final String GROUPS = "calldesk.groups";

  @Inject private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        HttpSession session = request.getSession();
        session.setAttribute(LoginBacking.EMPLOYEE_NO, result.getCallerPrincipal().getName());
        session.setAttribute(GROUPS, new HashSet<>(result.getCallerGroups()));
      }
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    Object employeeNo = session == null ? null : session.getAttribute(LoginBacking.EMPLOYEE_NO);
    Object groups = session == null ? null : session.getAttribute(GROUPS);
    if (employeeNo != null && groups instanceof Set<?> set) {
      Set<String> names = new HashSet<>();
      set.forEach(g -> names.add(g.toString()));
      return context.notifyContainerAboutLogin(employeeNo.toString(), names);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(GROUPS);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
