package com.calldesk.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast the work-order state lists, the booking lists and the business query answer over 100,000
 * work orders and 100,000 bookings (benchmark/work): logs in as the demo supervisor through the
 * login form and asks for each state list of the work-order console, the booking list by state, and
 * the business query of customers with many records, many times each (each list is one page and one
 * count in the database), and prints p50/p95/p99 per kind of request.
 *
 * <pre>
 * java -cp benchmark.jar:lib/* com.calldesk.benchmark.WorkListBenchmark BASE_URL [ROUNDS]
 * </pre>
 */
public final class WorkListBenchmark {

  private static final Pattern TOTAL = Pattern.compile("(\\d+)–(\\d+) / (\\d+)");

  /** A business query's appointments and work orders: a row per record. */
  private static final Pattern COUNT_RECORDS = Pattern.compile("data-ri=\"");

  private WorkListBenchmark() {}

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
    Map<String, String> requests = new LinkedHashMap<>();
    for (String list :
        new String[] {"TO_DISPATCH", "DISPATCHED", "IN_PROGRESS", "SENT_BACK", "COMPLETED"}) {
      requests.put("work orders: " + list, "supervisor/workorders.xhtml?list=" + list);
    }
    requests.put("bookings: all", "agent/bookings.xhtml");
    requests.put("bookings: CONFIRMED", "agent/bookings.xhtml?state=CONFIRMED");
    requests.put("bookings: CANCELLED", "agent/bookings.xhtml?state=CANCELLED");
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 3; i++) {
      requests.put(
          "business query " + (i + 1),
          "agent/query.xhtml?customer=" + String.format("W%08d", 1 + random.nextInt(20_000)));
    }
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
        } else {
          rows = COUNT_RECORDS.matcher(page).results().count() + " records";
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
