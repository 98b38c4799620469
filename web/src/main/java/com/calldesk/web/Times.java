package com.calldesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Instants as the pages show them, in the server's zone: the call center and its server share a
 * wall clock. {@code #{times.format(x)}} in a page.
 */
@Named("times")
@ApplicationScoped
public class Times {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public String format(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
  }
}
