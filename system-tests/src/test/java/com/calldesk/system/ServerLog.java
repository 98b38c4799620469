package com.calldesk.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The last problems the application server logged, for a failing browser test's message: on a CI
 * machine the test output is all there is, and the server log is not part of it.
 */
final class ServerLog {

  private static final int RECORDS = 3;
  private static final int RECORD_CHARS = 1200;

  private ServerLog() {}

  static String lastProblems() {
    String home = System.getProperty("calldesk.home");
    if (home == null) {
      return "";
    }
    Path log = Path.of(home, "domains", "calldesk", "logs", "server.log");
    if (!Files.isReadable(log)) {
      return "(no server log at " + log + ")\n";
    }
    try {
      return lastProblems(Files.readString(log, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return "(server log unreadable: " + e.getMessage() + ")\n";
    }
  }

  /** Payara's ODL records start with "[timestamp] [product] [LEVEL]" and end with "]]". */
  static String lastProblems(String log) {
    List<String> problems = new ArrayList<>();
    for (String record : log.split("\n(?=\\[\\d{4}-)")) {
      if (record.contains("] [SEVERE]") || record.contains("] [WARNING]")) {
        problems.add(record.length() > RECORD_CHARS ? record.substring(0, RECORD_CHARS) : record);
      }
    }
    StringBuilder s = new StringBuilder();
    for (String p : problems.subList(Math.max(0, problems.size() - RECORDS), problems.size())) {
      s.append("server log: ").append(p.strip()).append('\n');
    }
    return s.toString();
  }
}
