package com.calldesk.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The broker users the run command created for the instance under test, with the passwords it
 * generated (its {@code credentials} file): the tests connect as the telephone side or as a partner
 * would, with only that role's rights.
 */
final class BrokerUsers {

  static final String BROKER = System.getProperty("calldesk.broker", "tcp://127.0.0.1:61616");

  private BrokerUsers() {}

  static String telephonyPassword() {
    return read("CALLDESK_TELEPHONY_PASSWORD");
  }

  static String partnerPassword() {
    return read("CALLDESK_PARTNER_PASSWORD");
  }

  /** The broker operator's password (role amq): for looking into dead-letter queues. */
  static String adminPassword() {
    return read("CALLDESK_BROKER_ADMIN_PASSWORD");
  }

  private static String read(String key) {
    Path file = Path.of(System.getProperty("calldesk.home", ".calldesk"), "credentials");
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the run command's credentials file " + file, e);
    }
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(key + " missing from " + file);
    }
    return value;
  }
}
