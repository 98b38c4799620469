package com.calldesk.benchmark;

import ivrsim.IvrSimulator;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Screen-pop latency: from the IVR sending {@code call.offered} to the caller's card on the agent's
 * page, with many agents logged in over the desk's push channel (lightweight clients plus one real
 * headless Chromium), the IVR simulator offering calls at a steady rate. In the same run it
 * measures the plain Artemis round trip on this machine, the floor to compare with.
 *
 * <p>Run it with {@code benchmark/run}, which starts a CallDesk of its own first.
 */
public final class ScreenPopBenchmark {

  private static final java.util.regex.Pattern STATE_SINCE =
      java.util.regex.Pattern.compile("\"stateSince\":(\\d+)");

  private final Map<String, String> options;

  private ScreenPopBenchmark(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int lost = new ScreenPopBenchmark(o).run();
    System.exit(lost == 0 ? 0 : 1);
  }

  private String opt(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  private int run() throws Exception {
    String url = opt("url", "http://127.0.0.1:8080/calldesk/");
    String broker = opt("broker", "tcp://127.0.0.1:61616");
    int agents = Integer.parseInt(opt("agents", "100"));
    double rate = Double.parseDouble(opt("rate", "10"));
    int seconds = Integer.parseInt(opt("duration", "60"));

    List<Double> floor = artemisRoundTrips(broker, 1000);
    ProcessCpu server = ProcessCpu.ofPidFile(options.get("server-pid-file"));
    String serverCpu = null;

    Map<String, Long> offeredAt = new ConcurrentHashMap<>();
    Map<String, Long> poppedAt = new ConcurrentHashMap<>();
    Map<String, Long> routedAt = new ConcurrentHashMap<>();
    System.out.printf("logging in %d agents over the push channel…%n", agents);
    List<DeskClient> clients = new ArrayList<>();
    ExecutorService logins = Executors.newFixedThreadPool(4);
    List<Future<DeskClient>> pending = new ArrayList<>();
    for (int i = 1; i <= agents; i++) {
      String employeeNo = String.format("B%03d", i);
      pending.add(
          logins.submit(
              () -> {
                DeskClient c = new DeskClient(url, employeeNo);
                c.connect(
                    "calldesk",
                    pop -> {
                      poppedAt.putIfAbsent(pop.callId(), pop.receivedAt());
                      routedAt.putIfAbsent(pop.callId(), pop.routedAtMillis());
                    });
                return c;
              }));
    }
    for (Future<DeskClient> f : pending) {
      clients.add(f.get());
    }
    logins.shutdown();

    // The seat monitor of an admin (every team): each agent's state change, from the moment the
    // server made it (stateSince, its wall clock) to the monitor's stream (this JVM, same machine).
    long monitorOrigin = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
    List<Double> monitorLatency = Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicBoolean measuring =
        new java.util.concurrent.atomic.AtomicBoolean();
    DeskClient monitor = new DeskClient(url, opt("monitor", "9001"));
    monitor.watchMonitor(
        "calldesk",
        (json, receivedAt) -> {
          if (measuring.get() && json.contains("\"kind\":\"monitor-seat\"")) {
            Matcher since = STATE_SINCE.matcher(json);
            if (since.find()) {
              long changedAt = Long.parseLong(since.group(1)) * 1_000_000L - monitorOrigin;
              monitorLatency.add((receivedAt - changedAt) / 1e6);
            }
          }
        });
    clients.add(monitor);

    WebDriver browser = browser();
    long browserOrigin;
    try {
      browserLogin(browser, url, String.format("B%03d", agents + 1));
      System.out.printf(
          "%d lightweight clients and 1 Chromium on their desks; offering %.1f calls/s for %d s%n",
          clients.size(), rate, seconds);

      IvrSimulator ivr =
          new IvrSimulator(
              IvrSimulator.Options.parse(
                  "--broker", broker, "--talk", opt("talk", "4"), "--ring", "300", "--quiet"),
              new PrintStream(OutputStream.nullOutputStream()));
      ivr.open();
      Random random = new Random(20261122);
      long wallToNano = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
      browserOrigin = wallToNano;
      // Warm-up, not counted: a freshly started server spends minutes compiling. Under this load
      // the JIT took 50-70 % of a core for the first four minutes, more than the application
      // itself, and settled (under 10 %) after about five; production servers run warm. A gentle
      // start (a third of the rate: a cold server falls behind at the full one), then the full
      // rate.
      int warmup = Integer.parseInt(opt("warmup", "300"));
      if (warmup > 0) {
        Map<String, Long> warmupCalls = new ConcurrentHashMap<>();
        int gentle = Math.min(30, warmup / 3);
        System.out.printf(
            "warm-up (not counted): %.1f calls/s for %d s, then %.1f calls/s for %d s%n",
            rate / 3, gentle, rate, warmup - gentle);
        offer(ivr, random, rate / 3, gentle, warmupCalls);
        offer(ivr, random, rate, warmup - gentle, warmupCalls);
        int late = awaitPops(warmupCalls, poppedAt, browser, wallToNano);
        if (late > 0) {
          System.out.printf(
              "warm-up: %d calls never popped; the server starts the measurement behind%n", late);
        }
        Thread.sleep(10_000); // the warm-up calls end and their agents are ready again
      }
      System.out.printf("measuring: %.1f calls/s for %d s%n", rate, seconds);
      ProcessCpu.Reading serverBefore = server == null ? null : server.read();
      measuring.set(true);
      offer(ivr, random, rate, seconds, offeredAt);
      ProcessCpu.Reading serverAfter = server == null ? null : server.read();
      if (serverBefore != null && serverAfter != null) {
        serverCpu = serverAfter.since(serverBefore);
      }
      awaitPops(offeredAt, poppedAt, browser, wallToNano);
      measuring.set(false);
      ivr.close();
    } finally {
      clients.forEach(DeskClient::close);
    }
    Map<String, Long> browserPops = browserPops(browser, browserOrigin);
    browser.quit();

    List<Double> all = new ArrayList<>();
    List<Double> inBrowser = new ArrayList<>();
    List<Double> beforeRouting = new ArrayList<>();
    List<Double> afterRouting = new ArrayList<>();
    int lost = 0;
    for (Map.Entry<String, Long> offer : offeredAt.entrySet()) {
      Long light = poppedAt.get(offer.getKey());
      Long chrome = browserPops.get(offer.getKey());
      if (light == null && chrome == null) {
        lost++;
        continue;
      }
      if (light != null) {
        all.add((light - offer.getValue()) / 1e6);
        // The server's wall clock in this JVM's nanoTime: both run on this machine.
        long routed = routedAt.get(offer.getKey()) * 1_000_000L - browserOrigin;
        beforeRouting.add((routed - offer.getValue()) / 1e6);
        afterRouting.add((light - routed) / 1e6);
      }
      if (chrome != null) {
        double ms = (chrome - offer.getValue()) / 1e6;
        all.add(ms);
        inBrowser.add(ms);
      }
    }
    String csv = options.get("csv");
    if (csv != null) {
      writeCsv(Path.of(csv), offeredAt, routedAt, poppedAt, browserPops, browserOrigin);
    }
    System.out.println();
    System.out.printf("calls offered %d, popped %d, lost %d%n", offeredAt.size(), all.size(), lost);
    report("screen pop, IVR send -> card (all agents)", all);
    report("screen pop in Chromium (DOM filled, ms clock)", inBrowser);
    report("  of which IVR send -> route decided (ms clock)", beforeRouting);
    report("  of which route decided -> card (commit, push)", afterRouting);
    report("seat monitor, state change -> monitor's stream", monitorLatency);
    report("Artemis round trip, send -> receive (floor)", floor);
    if (serverCpu != null) {
      System.out.println("CallDesk server CPU while calls were offered: " + serverCpu);
    }
    return lost;
  }

  /**
   * One line per measured call, times in ms of the wall clock (empty when it never came), to join
   * with the call log ({@code cd_call.offered_at} is when the server started handling the offer).
   */
  private static void writeCsv(
      Path file,
      Map<String, Long> offeredAt,
      Map<String, Long> routedAt,
      Map<String, Long> poppedAt,
      Map<String, Long> browserPops,
      long wallToNano)
      throws java.io.IOException {
    List<String> lines = new ArrayList<>();
    lines.add("call_id,sent_ms,routed_ms,popped_ms,popped_in_chromium_ms");
    offeredAt.forEach(
        (id, sent) ->
            lines.add(
                String.join(
                    ",",
                    id,
                    wallMillis(sent, wallToNano),
                    routedAt.containsKey(id) ? routedAt.get(id).toString() : "",
                    wallMillis(poppedAt.get(id), wallToNano),
                    wallMillis(browserPops.get(id), wallToNano))));
    java.nio.file.Files.write(file, lines);
    System.out.println("per-call times written to " + file);
  }

  private static String wallMillis(Long nanos, long wallToNano) {
    return nanos == null ? "" : Long.toString((nanos + wallToNano) / 1_000_000L);
  }

  /** Offers calls from new numbers at a steady rate, recording when each was sent. */
  private static void offer(
      IvrSimulator ivr, Random random, double rate, int seconds, Map<String, Long> offeredAt)
      throws InterruptedException {
    long every = Math.round(1_000_000_000L / rate);
    long start = System.nanoTime();
    int count = (int) Math.round(rate * seconds);
    for (int i = 0; i < count; i++) {
      long wait = start + i * every - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
      }
      // New mobile numbers (never the simulator's nuisance numbers, which are blacklisted).
      String caller = "135" + String.format("%08d", random.nextInt(100_000_000));
      long at = System.nanoTime();
      offeredAt.put(ivr.offer(caller), at);
    }
  }

  /**
   * Waits for the pops of the offered calls for as long as they keep coming: a call counts as lost
   * only when 30 s pass without a single new pop, not merely because a backlog made it late.
   *
   * @return how many offered calls never popped
   */
  private static int awaitPops(
      Map<String, Long> offered, Map<String, Long> light, WebDriver browser, long origin)
      throws InterruptedException {
    long quietLimit = Duration.ofSeconds(30).toNanos();
    int missing = missing(offered, light, browser, origin);
    long lastProgress = System.nanoTime();
    while (missing > 0 && System.nanoTime() - lastProgress < quietLimit) {
      Thread.sleep(250);
      int now = missing(offered, light, browser, origin);
      if (now < missing) {
        lastProgress = System.nanoTime();
      }
      missing = now;
    }
    return missing;
  }

  private static int missing(
      Map<String, Long> offered, Map<String, Long> light, WebDriver browser, long origin) {
    Map<String, Long> chrome = browserPops(browser, origin);
    return (int)
        offered.keySet().stream()
            .filter(id -> !light.containsKey(id) && !chrome.containsKey(id))
            .count();
  }

  /** Pops the browser's page recorded (window.calldeskPops), as nanoTime of this JVM. */
  @SuppressWarnings("unchecked")
  private static Map<String, Long> browserPops(WebDriver browser, long wallToNano) {
    Object raw = ((JavascriptExecutor) browser).executeScript("return window.calldeskPops || [];");
    Map<String, Long> pops = new ConcurrentHashMap<>();
    for (Object o : (List<Object>) raw) {
      Map<String, Object> pop = (Map<String, Object>) o;
      long shownAtMillis = ((Number) pop.get("shownAt")).longValue();
      pops.put((String) pop.get("callId"), shownAtMillis * 1_000_000L - wallToNano);
    }
    return pops;
  }

  private static void report(String what, List<Double> millis) {
    if (millis.isEmpty()) {
      System.out.printf("%-48s no samples%n", what);
      return;
    }
    Collections.sort(millis);
    System.out.printf(
        "%-48s n=%5d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
        what,
        millis.size(),
        pct(millis, 50),
        pct(millis, 95),
        pct(millis, 99),
        millis.get(millis.size() - 1));
  }

  private static double pct(List<Double> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  /**
   * Persistent send and receive through a temporary queue on the same broker, one at a time, as the
   * broker's operator: only that role may create queues.
   */
  private static List<Double> artemisRoundTrips(String broker, int n) {
    List<Double> samples = new ArrayList<>();
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker);
        JMSContext jms =
            factory.createContext("admin", System.getenv("CALLDESK_BROKER_ADMIN_PASSWORD"))) {
      Queue queue = jms.createTemporaryQueue();
      JMSConsumer consumer = jms.createConsumer(queue);
      JMSProducer producer = jms.createProducer();
      for (int i = 0; i < n + 100; i++) {
        long t0 = System.nanoTime();
        producer.send(queue, "{\"round\":" + i + "}");
        if (consumer.receive(5000) == null) {
          throw new IllegalStateException("round trip " + i + " lost");
        }
        if (i >= 100) { // the first hundred warm up the connection and the JIT
          samples.add((System.nanoTime() - t0) / 1e6);
        }
      }
    }
    return samples;
  }

  private static WebDriver browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("calldesk.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run");
    return new ChromeDriver(
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("calldesk.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build(),
        options);
  }

  private static void browserLogin(WebDriver browser, String url, String employeeNo) {
    browser.get(url + "login.xhtml");
    browser.findElement(By.id("loginForm:employeeNo")).sendKeys(employeeNo);
    browser.findElement(By.id("loginForm:password")).sendKeys("calldesk");
    browser.findElement(By.id("loginForm:submit")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.attributeToBe(By.id("pushState"), "data-connected", "true"));
  }
}
