package com.calldesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through our own JSF page ({@code login.xhtml}), which calls {@code
 * SecurityContext.authenticate}. Redirect (not forward) to the login page, so the browser's URL is
 * honest and the page's own protections apply. The identity store is {@link CallDeskIdentityStore}.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {}
