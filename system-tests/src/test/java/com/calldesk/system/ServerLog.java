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

  /** Where the server log ends now (0 without one), to read what a test made it write. */
  static long end() throws IOException {
    Path log = path();
    return log == null || !Files.isReadable(log) ? 0 : Files.size(log);
  }

  /**
   * The records the server logged since {@code from} ({@link #end()}) at WARNING or SEVERE on its
   * HTTP request threads (not the timers', message listeners' or broker client's).
   */
  static List<String> requestProblemsSince(long from) throws IOException {
    Path log = path();
    if (log == null || !Files.isReadable(log)) {
      throw new IOException("no server log to read (calldesk.home: " + log + ")");
    }
    byte[] all = Files.readAllBytes(log);
    String since =
        new String(
            all,
            (int) Math.min(from, all.length),
            (int) Math.max(0, all.length - from),
            StandardCharsets.UTF_8);
    List<String> problems = new ArrayList<>();
    for (String record : since.split("\n(?=\\[\\d{4}-)")) {
      boolean problem =
          record.contains("] [SEVERE]")
              || record.contains("] [WARNING]")
              || record.contains("] [WARN]");
      if (problem && record.contains("_ThreadName=http-thread-pool")) {
        problems.add(record.strip());
      }
    }
    return problems;
  }

  private static Path path() {
    String home = System.getProperty("calldesk.home");
    return home == null ? null : Path.of(home, "domains", "calldesk", "logs", "server.log");
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
