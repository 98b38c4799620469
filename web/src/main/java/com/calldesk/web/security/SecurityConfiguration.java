package com.calldesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Faces in CDI mode; the login mechanism is {@link CallDeskAuthentication}. */
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {}
