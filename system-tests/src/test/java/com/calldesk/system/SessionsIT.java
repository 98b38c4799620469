package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Sessions as agents meet them: a new session id at login, one session per agent (a second login
 * takes the seat over), the desk's push stream tied to its session and to CallDesk's own site, and
 * an open desk that keeps its session while the agent waits for calls.
 */
class SessionsIT {

  private static final String SITE = Browser.BASE_URL.replaceFirst("/calldesk/$", "");

  @Test
  void theSessionIdChangesAtLogin() {
    try (Browser browser = new Browser("en")) {
      browser.open("login.xhtml");
      String before = browser.cookie("JSESSIONID");
      assertNotNull(before, "the login page has a session");

      browser.logIn("1003", "calldesk");

      String after = browser.cookie("JSESSIONID");
      assertNotNull(after);
      assertNotEquals(before, after, "a session id known before login is worthless after it");
    }
  }

  @Test
  void aPushStreamEndsWithItsSessionAndItsTokenIsRefusedAfterwards() throws Exception {
    try (Browser agent = new Browser("en")) {
      agent.logIn("1003", "calldesk");
      agent.waitForAttribute("#pushState", "data-connected", "true");
      String path = agent.attribute("#deskData", "data-push");
      Stream stale = Stream.open(SITE + path, null);
      assertEquals(200, stale.status(), "the session's own token opens a stream");
      assertTrue(stale.isOpen(), "and it stays open");

      agent.clickAndWait("#headerForm\\:logout");

      assertEquals("session", stale.endedBecause(), "logging out ends every stream of the session");
      assertEquals(
          "token", Stream.open(SITE + path, null).endedBecause(), "the token died with it");
    }
    assertEquals("token", Stream.open(SITE + "/calldesk/push/desk/made-up", null).endedBecause());
  }

  @Test
  void aPushStreamForAnotherSiteIsRefused() throws Exception {
    try (Browser agent = new Browser("en")) {
      agent.logIn("1001", "calldesk");
      String path = agent.attribute("#deskData", "data-push");

      assertEquals(403, Stream.open(SITE + path, "https://evil.example").status());

      Stream own = Stream.open(SITE + path, SITE);
      assertEquals(200, own.status(), "the site's own origin is welcome");
      assertTrue(own.isOpen());
      own.close();
    }
  }

  @Test
  void pagesLeftWhileTheirPushStreamOpensLeaveTheServerWell() throws Exception {
    // An agent clicking on before a page has finished connecting. With the WebSocket this
    // replaced, Payara's upgrade failed on such a page and the next request its thread served
    // answered 500 or half-written.
    long from = ServerLog.end();
    try (Browser agent = new Browser("en")) {
      agent.logIn("1002", "calldesk");
      for (int i = 0; i < 6; i++) {
        agent.open("agent/complaints.xhtml");
        agent.open("agent/desk.xhtml");
      }
      agent.waitForAttribute("#pushState", "data-connected", "true");
      agent.open("agent/calls.xhtml"); // a page without a stream, served after all of them
      assertTrue(agent.currentUrl().endsWith("agent/calls.xhtml"), agent.currentUrl());
    }
    assertEquals(List.of(), ServerLog.requestProblemsSince(from), "no request went wrong");
  }

  @Test
  void aSecondLoginTakesTheSeatOverAndEndsTheFirstSession() {
    try (Browser first = new Browser("en");
        Browser second = new Browser("en")) {
      first.logIn("1001", "calldesk");
      first.waitForAttribute("#pushState", "data-connected", "true");
      first.click("#desk\\:takeBreak");
      first.waitForText("#breakStatus", t -> !t.isEmpty(), "the break asked for");
      // Waiting in the queue, or granted if the team could spare 1001 (others may be signed in).
      String asked = first.attribute("#breakStatus", "data-state");
      String state = first.attribute("#agentState", "data-state");

      second.logIn("1001", "calldesk");

      assertEquals(state, second.attribute("#agentState", "data-state"), "the seat as it was");
      assertEquals(asked, second.attribute("#breakStatus", "data-state"), "and the break asked");
      // The first page's stream is closed with its session; the page reloads to the login form.
      first.waitForUrl("login.xhtml");
      if ("WAITING".equals(asked)) {
        second.click("#desk\\:cancelBreak");
        second.waitForAttribute("#breakStatus", "data-state", "");
      } else {
        second.click("#desk\\:resume");
        second.waitForAttribute("#agentState", "data-state", "READY");
      }
    }
  }

  @Test
  void anOpenDeskKeepsItsSessionWhileAnotherPageTimesOut() throws Exception {
    // The system tests' server signs sessions out after one idle minute (system-tests/pom.xml).
    try (Browser waiting = new Browser("en");
        Browser elsewhere = new Browser("en")) {
      waiting.logIn("1002", "calldesk");
      waiting.waitForAttribute("#pushState", "data-connected", "true");
      elsewhere.logIn("2001", "calldesk");
      elsewhere.open("agent/calls.xhtml");

      // The idle minute, plus the server's 10 s sweep for idle sessions, plus a margin.
      TimeUnit.SECONDS.sleep(90);

      assertEquals("READY", waiting.attribute("#agentState", "data-state"));
      waiting.open("agent/calls.xhtml");
      assertTrue(waiting.currentUrl().endsWith("agent/calls.xhtml"), "still signed in");
      elsewhere.open("agent/history.xhtml");
      assertTrue(elsewhere.currentUrl().contains("login.xhtml"), "the idle page's session ended");
    }
  }

  /** A bare event-stream client, as a script on another site or a stale tab would connect. */
  private static final class Stream implements Flow.Subscriber<String> {
    private static final HttpClient HTTP =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final CompletableFuture<String> ended = new CompletableFuture<>();
    private final CompletableFuture<Boolean> opened = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private int status;

    static Stream open(String url, String origin) throws Exception {
      Stream s = new Stream();
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
      if (origin != null) {
        request.header("Origin", origin);
      }
      CompletableFuture<Integer> status = new CompletableFuture<>();
      // The body never ends while the stream is open: the status is taken as the headers arrive.
      HTTP.sendAsync(
          request.build(),
          info -> {
            status.complete(info.statusCode());
            return HttpResponse.BodySubscribers.fromLineSubscriber(s);
          });
      s.status = status.get(10, TimeUnit.SECONDS);
      return s;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
      if (line.startsWith(": open")) {
        opened.complete(true);
      } else if (line.startsWith("data: ") && line.contains("\"kind\":\"stream-ended\"")) {
        ended.complete(line.replaceFirst(".*\"reason\":\"([^\"]*)\".*", "$1"));
      }
    }

    @Override
    public void onError(Throwable error) {
      ended.complete("broken: " + error);
    }

    @Override
    public void onComplete() {
      ended.complete("closed without an ended event");
    }

    int status() {
      return status;
    }

    boolean isOpen() throws Exception {
      return opened.get(10, TimeUnit.SECONDS) && !ended.isDone();
    }

    String endedBecause() throws Exception {
      return ended.get(20, TimeUnit.SECONDS);
    }

    void close() {
      subscription.cancel();
    }
  }
}
