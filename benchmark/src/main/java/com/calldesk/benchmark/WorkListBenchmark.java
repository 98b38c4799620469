package com.calldesk.benchmark;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
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
    HttpClient http = PageTimings.loggedIn(base, "2001");
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
    PageTimings.measure(
        http,
        base,
        requests,
        rounds,
        page -> {
          Matcher m = TOTAL.matcher(page);
          return m.find() ? m.group(3) : COUNT_RECORDS.matcher(page).results().count() + " records";
        });
  }
}
