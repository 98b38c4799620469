package com.calldesk.breaks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The break rules a site may set (MicroProfile Config: system property or environment). */
@ApplicationScoped
public class BreakSettings {

  @Inject
  @ConfigProperty(name = "calldesk.breaks.meal-online-percent", defaultValue = "70")
  int mealOnlinePercent;

  @Inject
  @ConfigProperty(name = "calldesk.breaks.restroom-online-percent", defaultValue = "80")
  int restroomOnlinePercent;

  @Inject
  @ConfigProperty(name = "calldesk.breaks.other-online-percent", defaultValue = "80")
  int otherOnlinePercent;

  @Inject
  @ConfigProperty(name = "calldesk.breaks.meal-minutes", defaultValue = "30")
  int mealMinutes;

  @Inject
  @ConfigProperty(name = "calldesk.breaks.meal-reminder-minutes", defaultValue = "25")
  int mealReminderMinutes;

  /** The share of the team that must stay online once a break of this kind is granted. */
  public int minOnlinePercent(BreakKind kind) {
    return switch (kind) {
      case MEAL -> mealOnlinePercent;
      case RESTROOM -> restroomOnlinePercent;
      case OTHER -> otherOnlinePercent;
    };
  }

  /** How long a break of this kind may last, or null for no limit (only meals have one). */
  public Duration length(BreakKind kind) {
    return kind == BreakKind.MEAL ? Duration.ofMinutes(mealMinutes) : null;
  }

  /** How long before a meal break is up the agent is reminded. */
  public Duration reminderBefore() {
    return Duration.ofMinutes(Math.max(0, mealMinutes - mealReminderMinutes));
  }
}
