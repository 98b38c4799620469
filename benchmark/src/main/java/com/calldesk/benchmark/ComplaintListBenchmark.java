package com.calldesk.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    DeskClient.logIn(http, base, "2001", "calldesk", "/agent/desk.xhtml");
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
    // Warm-up: the first requests compile the pages and the queries.
    for (String path : requests.values()) {
      for (int i = 0; i < 5; i++) {
        get(http, base + path);
      }
    }
    System.out.println("request                          n    p50 ms  p95 ms  p99 ms  rows");
    boolean allUnder = true;
    for (Map.Entry<String, String> r : requests.entrySet()) {
      List<Double> millis = new ArrayList<>();
      String rows = "";
      for (int i = 0; i < rounds; i++) {
        long t0 = System.nanoTime();
        String page = get(http, base + r.getValue());
        millis.add((System.nanoTime() - t0) / 1e6);
        Matcher m = TOTAL.matcher(page);
        if (m.find()) {
          rows = m.group(3);
        } else if (page.contains("data-total=\"")) {
          rows = page.replaceAll("(?s).*data-total=\"(\\d+)\".*", "$1");
        }
      }
      millis.sort(Double::compare);
      double p95 = pct(millis, 95);
      allUnder &= p95 < 300;
      System.out.printf(
          "%-32s %3d %8.1f %7.1f %7.1f  %s%n",
          r.getKey(), millis.size(), pct(millis, 50), p95, pct(millis, 99), rows);
    }
    System.out.println(allUnder ? "all p95 under 300 ms" : "SOME p95 AT OR OVER 300 ms");
  }

  private static double pct(List<Double> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static String get(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(url + " answered " + r.statusCode());
    }
    return r.body();
  }
}
