package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Sessions as agents meet them: a new session id at login, one session per agent (a second login
 * takes the seat over), the desk's push socket tied to its session and to CallDesk's own site, and
 * an open desk that keeps its session while the agent waits for calls.
 */
class SessionsIT {

  private static final String WS_BASE =
      Browser.BASE_URL.replaceFirst("^http", "ws").replaceFirst("/calldesk/$", "");

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
  void aPushSocketEndsWithItsSessionAndItsTokenIsRefusedAfterwards() throws Exception {
    try (Browser agent = new Browser("en")) {
      agent.logIn("1003", "calldesk");
      agent.waitForAttribute("#pushState", "data-connected", "true");
      String path = agent.attribute("#deskData", "data-push");
      Socket stale = Socket.open(WS_BASE + path, null);
      assertTrue(stale.opened(), "the session's own token opens a socket");

      agent.clickAndWait("#headerForm\\:logout");

      assertEquals(1000, stale.closeCode(), "logging out closes every socket of the session");
      Socket again = Socket.open(WS_BASE + path, null);
      assertEquals(1008, again.closeCode(), "the token died with the session");
    }
    assertEquals(1008, Socket.open(WS_BASE + "/calldesk/push/desk/made-up", null).closeCode());
  }

  @Test
  void aPushHandshakeFromAnotherSiteIsRefused() throws Exception {
    try (Browser agent = new Browser("en")) {
      agent.logIn("1001", "calldesk");
      String path = agent.attribute("#deskData", "data-push");

      Throwable refused = Socket.refused(WS_BASE + path, "https://evil.example");

      assertTrue(refused instanceof WebSocketHandshakeException, String.valueOf(refused));
      assertEquals(403, ((WebSocketHandshakeException) refused).getResponse().statusCode());
      Socket own = Socket.open(WS_BASE + path, Browser.BASE_URL.replaceFirst("/calldesk/$", ""));
      assertTrue(own.opened(), "the site's own origin is welcome");
      own.close();
    }
  }

  @Test
  void aSecondLoginTakesTheSeatOverAndEndsTheFirstSession() {
    try (Browser first = new Browser("en");
        Browser second = new Browser("en")) {
      first.logIn("1001", "calldesk");
      first.waitForAttribute("#pushState", "data-connected", "true");
      first.click("#desk\\:takeBreak");
      first.waitForAttribute("#agentState", "data-state", "BREAK");

      second.logIn("1001", "calldesk");

      assertEquals("BREAK", second.attribute("#agentState", "data-state"), "the seat as it was");
      // The first page's socket is closed with its session; the page reloads to the login form.
      first.waitForUrl("login.xhtml");
      second.click("#desk\\:resume");
      second.waitForAttribute("#agentState", "data-state", "READY");
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

  /** A bare WebSocket client, as a script on another site or a stale tab would connect. */
  private static final class Socket implements WebSocket.Listener {
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final CompletableFuture<Boolean> open = new CompletableFuture<>();
    private WebSocket socket;

    static Socket open(String url, String origin) throws Exception {
      Socket s = new Socket();
      WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
      if (origin != null) {
        builder.header("Origin", origin);
      }
      s.socket = builder.buildAsync(URI.create(url), s).get(10, TimeUnit.SECONDS);
      return s;
    }

    static Throwable refused(String url, String origin) throws Exception {
      try {
        open(url, origin).close();
        return null;
      } catch (java.util.concurrent.ExecutionException e) {
        return e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
      }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
      open.complete(true);
      webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed.complete(-1);
    }

    boolean opened() throws Exception {
      return open.get(10, TimeUnit.SECONDS) && !closed.isDone();
    }

    int closeCode() throws Exception {
      return closed.get(20, TimeUnit.SECONDS);
    }

    void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
  }
}
