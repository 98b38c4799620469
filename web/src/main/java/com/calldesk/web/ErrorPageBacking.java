package com.calldesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The error page shows the time, so IT can find the entry in server.log; nothing else. */
@Named("errorPage")
@RequestScoped
public class ErrorPageBacking {

  public String getTime() {
    return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
  }
}
