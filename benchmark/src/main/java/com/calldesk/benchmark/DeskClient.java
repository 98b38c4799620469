package com.calldesk.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A lightweight agent: logs in through the same login form as a browser, opens the desk page, and
 * listens on the same push stream the page's script uses ({@code data-push} of {@code #deskData}).
 * It reports every screen pop with the time it arrived.
 */
final class DeskClient implements AutoCloseable {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern PUSH_PATH = Pattern.compile("data-push=\"([^\"]+)\"");
  private static final Pattern CALL_ID = Pattern.compile("\"callId\":\"([^\"]+)\"");
  private static final Pattern ROUTED_AT = Pattern.compile("\"routedAt\":(\\d+)");

  /**
   * A screen pop as this client saw it.
   *
   * @param receivedAt {@link System#nanoTime()} when it arrived
   * @param routedAtMillis the server's wall clock when it routed the call (same machine)
   */
  record Pop(String callId, long receivedAt, long routedAtMillis) {}

  private final String baseUrl;
  private final String employeeNo;

  /**
   * One client for every push stream: the stream's URL carries its token, so it needs no cookies. A
   * client of its own per agent would mean 100 selector threads in this JVM, competing for the same
   * two cores as the server being measured.
   */
  private static final HttpClient PUSH =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** The login's client (it holds the session cookie); dropped once the push stream is open. */
  private HttpClient http;

  private Flow.Subscription stream;

  DeskClient(String baseUrl, String employeeNo) {
    this.baseUrl = baseUrl;
    this.employeeNo = employeeNo;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /**
   * Logs in, opens the desk and its push stream.
   *
   * @param onPop called with each screen pop
   */
  void connect(String password, Consumer<Pop> onPop) throws IOException, InterruptedException {
    listen(
        password,
        (message, now) -> {
          if (message.contains("\"kind\":\"pop\"")) {
            Matcher m = CALL_ID.matcher(message);
            Matcher routed = ROUTED_AT.matcher(message);
            if (m.find() && routed.find()) {
              onPop.accept(new Pop(m.group(1), now, Long.parseLong(routed.group(1))));
            }
          }
        });
  }

  /** What a page receives: each pushed message with {@link System#nanoTime()} at its arrival. */
  interface Listener {
    void message(String json, long receivedAt);
  }

  /** Logs in, opens the desk and its push stream, and hands every pushed message on. */
  void listen(String password, Listener listener) throws IOException, InterruptedException {
    HttpResponse<String> landed = logIn(http, baseUrl, employeeNo, password, "/agent/desk.xhtml");
    open(find(PUSH_PATH, landed.body(), "push path"), listener);
  }

  /**
   * Logs in (a supervisor or an admin), opens the seat monitor page and its push stream, and hands
   * every pushed message on, as monitor.js receives them.
   */
  void watchMonitor(String password, Listener listener) throws IOException, InterruptedException {
    logIn(http, baseUrl, employeeNo, password, "");
    String monitor =
        http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "supervisor/monitor.xhtml"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    open(find(PUSH_PATH, monitor, "monitor push path"), listener);
  }

  private void open(String pushPath, Listener listener) throws IOException, InterruptedException {
    URI base = URI.create(baseUrl);
    URI uri = URI.create("http://" + base.getHost() + ":" + base.getPort() + pushPath);
    CountDownLatch open = new CountDownLatch(1);
    PUSH.sendAsync(
        HttpRequest.newBuilder(uri).GET().build(),
        HttpResponse.BodyHandlers.fromLineSubscriber(
            new Flow.Subscriber<String>() {
              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                stream = subscription;
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(String line) {
                if (line.startsWith("data: ")) {
                  long now = System.nanoTime();
                  String message = line.substring(6);
                  if (message.contains("\"kind\":\"stream-ended\"")) {
                    System.err.println(employeeNo + ": push stream ended: " + message);
                  } else {
                    listener.message(message, now);
                  }
                } else if (line.startsWith(": open")) {
                  open.countDown();
                }
              }

              @Override
              public void onError(Throwable error) {
                // A page losing its stream during the run would miss pops: say so.
                System.err.println(employeeNo + ": push stream failed: " + error);
              }

              @Override
              public void onComplete() {
                // closed by close() below, or by the server
              }
            }));
    if (!open.await(10, TimeUnit.SECONDS)) {
      throw new IOException(employeeNo + ": push stream did not open");
    }
    http = null; // the server keeps the session; its selector thread ends with the client
  }

  /**
   * Logs in through the login form as a browser does (the client keeps the session cookie).
   *
   * @param landing how the path of the page it must land on ends ("" for any but the login page)
   * @return the page the login lands on
   * @throws IOException if it does not land there
   */
  static HttpResponse<String> logIn(
      HttpClient http, String baseUrl, String employeeNo, String password, String landing)
      throws IOException, InterruptedException {
    String login =
        http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String form =
        Map.of(
                "loginForm",
                "loginForm",
                "loginForm:employeeNo",
                employeeNo,
                "loginForm:password",
                password,
                "loginForm:submit",
                "",
                "jakarta.faces.ViewState",
                find(VIEW_STATE, login, "login view state"))
            .entrySet()
            .stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> landed =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (!landed.uri().getPath().endsWith(landing)
        || landed.uri().getPath().endsWith("login.xhtml")) {
      throw new IOException(employeeNo + " did not land on " + landing + " but on " + landed.uri());
    }
    return landed;
  }

  private static String find(Pattern pattern, String page, String what) throws IOException {
    Matcher m = pattern.matcher(page);
    if (!m.find()) {
      throw new IOException("no " + what + " in the page");
    }
    return m.group(1).replace("&amp;", "&");
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    if (stream != null) {
      stream.cancel();
    }
  }
}
