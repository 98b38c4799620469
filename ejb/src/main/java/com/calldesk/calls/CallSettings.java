package com.calldesk.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The floor's call-handling settings (MicroProfile Config; a site overrides without rebuilding).
 */
@ApplicationScoped
public class CallSettings {

  /** Silence on the agent's side when they press Mute (SPEC §3.5). */
  public static final int MUTE_SECONDS = 5;

  @Inject
  @ConfigProperty(name = "calldesk.calls.wrap-up-seconds", defaultValue = "15")
  int wrapUpSeconds;

  @Inject
  @ConfigProperty(name = "calldesk.calls.talk-limit-seconds", defaultValue = "300")
  int talkLimitSeconds;

  /** Seconds of WRAP_UP after a call before the agent is READY again; 0 waits for the agent. */
  public int wrapUpSeconds() {
    return Math.max(0, wrapUpSeconds);
  }

  /** A call longer than this shows the overtime warning (超时预警). */
  public int talkLimitSeconds() {
    return Math.max(1, talkLimitSeconds);
  }
}
