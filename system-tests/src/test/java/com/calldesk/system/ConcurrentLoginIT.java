package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The start of a shift: many agents log in at the same moment. Every one must land on a working
 * desk; with the container's own session handling, Payara sometimes lost the groups of concurrent
 * callers and the desk failed with "Client not authorized" (README, security).
 */
class ConcurrentLoginIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  @Test
  void agentsLoggingInTogetherAllReachTheirDesk() throws Exception {
    List<String> agents = List.of("1001", "1002", "1003", "2001");
    ExecutorService pool = Executors.newFixedThreadPool(agents.size());
    // Each round logs the four in at once. Rounds follow one another: a second login of the same
    // agent ends their first session (it takes the seat over), which is not what this test is
    // about.
    for (int round = 0; round < 6; round++) {
      List<Future<String>> logins = new ArrayList<>();
      for (String agent : agents) {
        logins.add(pool.submit(() -> desk(agent)));
      }
      for (Future<String> login : logins) {
        String page = login.get();
        assertTrue(page.contains("id=\"deskData\""), "a working desk page, not an error page");
      }
    }
    pool.shutdown();
  }

  /** Logs in like the form does and returns the page the agent lands on. */
  private static String desk(String employeeNo) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    String login =
        http.send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher viewState = VIEW_STATE.matcher(login);
    assertTrue(viewState.find(), "login page has a view state");
    String form =
        "loginForm=loginForm&loginForm%3AemployeeNo="
            + employeeNo
            + "&loginForm%3Apassword=calldesk&loginForm%3Asubmit=&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
    HttpResponse<String> landed =
        http.send(
            HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, landed.statusCode(), employeeNo + " landed on " + landed.uri());
    assertTrue(landed.uri().getPath().endsWith("/agent/desk.xhtml"), landed.uri().toString());
    logOut(http, landed);
    return landed.body();
  }

  /** The header's logout button, so no seat stays READY for the tests that route calls. */
  private static void logOut(HttpClient http, HttpResponse<String> desk) throws Exception {
    Matcher viewState = VIEW_STATE.matcher(desk.body());
    if (!viewState.find()) {
      return; // not a desk page: the assertion on the page reports it
    }
    String form =
        "headerForm=headerForm&headerForm%3Alogout=&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8);
    HttpResponse<String> out =
        http.send(
            HttpRequest.newBuilder(desk.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        out.uri().getQuery() != null && out.uri().getQuery().contains("loggedOut"),
        out.uri().toString());
  }
}
