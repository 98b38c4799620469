package com.calldesk.benchmark;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast a supervisor's complaint lists and statistics answer over a big pile of complaints
 * (benchmark/complaints): logs in as the demo supervisor through the login form and asks for the
 * complaints page with a filter in its address (the list is paged and counted in the database) and
 * for the statistics of a period, many times each, and prints p50/p95/p99 per kind of request.
 *
 * <pre>
 * java -cp benchmark.jar:lib/* com.calldesk.benchmark.ComplaintListBenchmark BASE_URL [ROUNDS]
 * </pre>
 */
public final class ComplaintListBenchmark {

  private static final Pattern TOTAL = Pattern.compile("(\\d+)–(\\d+) / (\\d+)");

  private ComplaintListBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    HttpClient http = PageTimings.loggedIn(base, "2001");
    LocalDate today = LocalDate.now();
    Map<String, String> requests = new LinkedHashMap<>();
    requests.put("team list, newest first", "agent/complaints.xhtml?scope=TEAM");
    requests.put("all, newest first", "agent/complaints.xhtml?scope=ALL");
    requests.put(
        "all, open state + category",
        "agent/complaints.xhtml?scope=ALL&state=INVESTIGATING&category=BILLING");
    requests.put("all, overdue only", "agent/complaints.xhtml?scope=ALL&overdue=true");
    requests.put(
        "team, department + agent",
        "agent/complaints.xhtml?scope=TEAM&department=QUALITY&agent=1002");
    requests.put(
        "statistics, last 30 days",
        "agent/complaints.xhtml?scope=MINE&from=" + today.minusDays(30) + "&to=" + today);
    requests.put(
        "statistics, last 90 days",
        "agent/complaints.xhtml?scope=MINE&from=" + today.minusDays(90) + "&to=" + today);
    requests.put(
        "statistics, whole year",
        "agent/complaints.xhtml?scope=MINE&from=" + today.minusDays(365) + "&to=" + today);
    PageTimings.measure(
        http,
        base,
        requests,
        rounds,
        page -> {
          Matcher m = TOTAL.matcher(page);
          if (m.find()) {
            return m.group(3);
          }
          return page.contains("data-total=\"")
              ? page.replaceAll("(?s).*data-total=\"(\\d+)\".*", "$1")
              : "";
        });
  }
}
