package com.calldesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application (UTC), injectable so tests and services agree on "now". */
@ApplicationScoped
public class Clocks {

  @Produces
  @ApplicationScoped
  Clock utc() {
    return Clock.systemUTC();
  }
}
