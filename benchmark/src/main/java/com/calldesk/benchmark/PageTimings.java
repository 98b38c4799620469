package com.calldesk.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How long pages take, as a logged-in user's browser would ask for them: each request warmed up,
 * then asked for many times, with p50/p95/p99 printed per request and what the page said it showed.
 * Shared by the list benchmarks.
 */
final class PageTimings {

  /** The target every list benchmark holds its requests to. */
  static final double P95_TARGET_MS = 300;

  private PageTimings() {}

  /** An HTTP client logged in through the login form. */
  static HttpClient loggedIn(String base, String employeeNo) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    DeskClient.logIn(http, base, employeeNo, "calldesk", "/agent/desk.xhtml");
    return http;
  }

  /**
   * @param requests label → path under {@code base}
   * @param rowsOf what a page shows (its row count), for the table
   * @return whether every request's p95 stayed under {@link #P95_TARGET_MS}
   */
  static boolean measure(
      HttpClient http,
      String base,
      Map<String, String> requests,
      int rounds,
      Function<String, String> rowsOf)
      throws IOException, InterruptedException {
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
        rows = rowsOf.apply(page);
      }
      millis.sort(Double::compare);
      double p95 = pct(millis, 95);
      allUnder &= p95 < P95_TARGET_MS;
      System.out.printf(
          "%-32s %3d %8.1f %7.1f %7.1f  %s%n",
          r.getKey(), millis.size(), pct(millis, 50), p95, pct(millis, 99), rows);
    }
    System.out.println(allUnder ? "all p95 under 300 ms" : "SOME p95 AT OR OVER 300 ms");
    return allUnder;
  }

  private static double pct(List<Double> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static String get(HttpClient http, String url) throws IOException, InterruptedException {
    HttpResponse<String> r;
    try {
      r =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IOException(url + ": " + e.getMessage(), e);
    }
    if (r.statusCode() != 200) {
      throw new IOException(url + " answered " + r.statusCode());
    }
    return r.body();
  }
}
