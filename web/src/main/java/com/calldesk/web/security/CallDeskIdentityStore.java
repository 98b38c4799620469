package com.calldesk.web.security;

import com.calldesk.security.Authentication;
import com.calldesk.security.LoginOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The database identity store: employees and their PBKDF2 password hashes in {@code cd_employee},
 * their roles (groups) in {@code cd_employee_role}. Lockout and the audit entry of every attempt
 * live in the {@link Authentication} EJB, in one transaction.
 */
@ApplicationScoped
public class CallDeskIdentityStore implements IdentityStore {

  @Inject private Authentication authentication;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    LoginOutcome outcome = authentication.verify(login.getCaller(), login.getPassword().getValue());
    return outcome.succeeded()
        ? new CredentialValidationResult(outcome.employeeNo(), outcome.roles())
        : CredentialValidationResult.INVALID_RESULT;
  }
}
