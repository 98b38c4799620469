package com.calldesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a signed-in session may sit idle ({@code calldesk.session.idle-minutes}, default 30;
 * environment {@code CALLDESK_SESSION_IDLE_MINUTES}). An open desk page keeps its session alive by
 * itself (a keep-alive request every third of that time), so only a closed or abandoned page ends
 * it; every other page times out as usual.
 */
@Named
@ApplicationScoped
public class SessionSettings {

  @Inject
  @ConfigProperty(name = "calldesk.session.idle-minutes", defaultValue = "30")
  int idleMinutes;

  public int idleSeconds() {
    return Math.max(1, idleMinutes) * 60;
  }

  /** How often the desk page says it is still open: well within the idle time. */
  public int keepAliveSeconds() {
    return Math.max(15, idleSeconds() / 3);
  }
}
