package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * Drives the deployed EAR in headless Chromium, as agents, supervisors and admins use it. The demo
 * users come from the run command (password "calldesk").
 */
class AgentLoginIT {

  @Test
  void anAgentLogsInToTheMainScreenInEnglishAndLogsOut() {
    try (Browser browser = new Browser("en-US")) {
      browser.open("agent/desk.xhtml");
      assertTrue(browser.currentUrl().contains("login.xhtml"), "a protected page asks for login");
      assertTrue(browser.text("label[for='loginForm:employeeNo']").startsWith("Employee ID"));

      browser.logIn("1001", "calldesk");

      assertTrue(browser.currentUrl().endsWith("/agent/desk.xhtml"), browser.currentUrl());
      assertEquals("Ready", browser.text("#agentState"));
      assertEquals("READY", browser.find("#agentState").getAttribute("data-state"));
      assertEquals("1001", browser.text("#employeeNo"));
      assertEquals("张伟 Zhang Wei", browser.text("#agentName"));
      assertTrue(browser.text("#autoRecordBar").contains("Caller number"));
      assertTrue(browser.text("#infoBar").contains("Notices"));
      assertTrue(browser.text("#statusBar").contains("Calls handled"));
      assertTrue(browser.pageSource().contains("Inquiry"), "the function bar is there");
      String csp = browser.header("agent/desk.xhtml", "content-security-policy");
      assertTrue(
          csp != null && csp.contains("frame-ancestors 'self'"), "the browser reads: " + csp);
      assertEquals("nosniff", browser.header("agent/desk.xhtml", "x-content-type-options"));
      assertEquals("same-origin", browser.header("agent/desk.xhtml", "referrer-policy"));
      browser.screenshot("desk-en");

      browser.clickAndWait("#headerForm\\:logout");

      assertTrue(browser.currentUrl().contains("login.xhtml"));
      assertEquals("You have signed out.", browser.text("#loginForm\\:loggedOut"));
      browser.open("agent/desk.xhtml");
      assertTrue(browser.currentUrl().contains("login.xhtml"), "the session is gone");
    }
  }

  @Test
  void aChineseBrowserGetsTheMainScreenInChinese() {
    try (Browser browser = new Browser("zh-CN")) {
      browser.open("login.xhtml");
      assertTrue(browser.text("label[for='loginForm:employeeNo']").startsWith("工号"));

      browser.logIn("1002", "calldesk");

      assertEquals("就绪", browser.text("#agentState"));
      assertEquals("专家", browser.text("#agentLevel"));
      assertTrue(browser.text("#autoRecordBar").contains("主叫号码"));
      assertTrue(browser.pageSource().contains("咨询"), "function bar in Chinese");
      browser.screenshot("desk-zh");

      browser.clickAndWait("#headerForm\\:lang-en");
      assertEquals("Ready", browser.text("#agentState"), "switched to English");
      browser.clickAndWait("#headerForm\\:lang-zh");
      assertEquals("就绪", browser.text("#agentState"), "and back");

      browser.clickAndWait("#headerForm\\:logout");
      assertEquals("您已退出系统。", browser.text("#loginForm\\:loggedOut"));
    }
  }

  @Test
  void theAgentChoosesTheirChannelAtLoginSeesItOnTheStatusBarAndTheBrowserRemembersIt() {
    try (Browser browser = new Browser("en-US")) {
      browser.open("login.xhtml");
      browser.select("#loginForm\\:channel", "hotline-vip");
      browser.type("#loginForm\\:employeeNo", "1003");
      browser.type("#loginForm\\:password input, input#loginForm\\:password", "calldesk");
      browser.clickAndWait("#loginForm\\:submit");

      assertEquals("VIP line", browser.text("#agentChannel"));
      browser.clickAndWait("#headerForm\\:logout");

      browser.open("login.xhtml");
      assertEquals(
          "hotline-vip",
          browser.attribute("#loginForm\\:channel", "value"),
          "the next login starts from the channel chosen last time in this browser");
    }
  }

  @Test
  void aWrongPasswordShowsAClearMessageAndRevealsNothing() {
    try (Browser browser = new Browser("en-US")) {
      browser.logIn("1003", "not-the-password");

      assertTrue(browser.currentUrl().contains("login.xhtml"));
      String message = browser.text("#loginForm\\:messages");
      assertTrue(message.contains("Wrong employee ID or password"), message);

      browser.logIn("no-such-id", "calldesk");
      assertEquals(
          message, browser.text("#loginForm\\:messages"), "unknown id: the very same message");
      assertNoStackTrace(browser.pageSource());
    }
  }

  @Test
  void emptyFieldsAreExplainedNextToTheFields() {
    try (Browser browser = new Browser("en-US")) {
      browser.open("login.xhtml");
      browser.clickAndWait("#loginForm\\:submit");
      assertTrue(browser.pageSource().contains("Enter your employee ID."));
      assertTrue(browser.pageSource().contains("Enter your password."));
    }
  }

  @Test
  void eachRoleLandsOnItsOwnPageAndNoOther() {
    try (Browser browser = new Browser("en-US")) {
      browser.logIn("2001", "calldesk");
      assertTrue(browser.currentUrl().endsWith("/agent/desk.xhtml"));
      browser.clickAndWait("#fn\\:fn-seats");
      assertEquals("Seat monitor", browser.text("#pageTitle"));
      browser.open("agent/desk.xhtml");
      browser.clickAndWait("#fn\\:fn-management");
      assertEquals("Supervisor console", browser.text("#pageTitle"));
      browser.clickAndWait("#headerForm\\:logout");

      browser.logIn("9001", "calldesk");
      assertTrue(browser.currentUrl().endsWith("/admin/index.xhtml"), browser.currentUrl());
      assertEquals("Administration", browser.text("#pageTitle"));
      browser.open("supervisor/monitor.xhtml"); // admins watch every team's seats
      assertEquals("Seat monitor", browser.text("#pageTitle"));
      browser.expectConsoleError("agent/desk.xhtml - Failed to load resource: .* 403");
      browser.open("agent/desk.xhtml");
      assertEquals("You are not allowed to open this page.", browser.text("#errorText"));
      assertFalse(browser.pageSource().contains("Payara"), "error pages name no server");
    }
  }

  @Test
  void responsesNameNoServerSoftwareAndCarryTheSecurityHeaders() throws Exception {
    HttpResponse<String> missing =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "no-such-page.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(404, missing.statusCode());
    assertTrue(missing.headers().firstValue("Server").isEmpty(), missing.headers().toString());
    assertTrue(missing.headers().firstValue("X-Powered-By").isEmpty());
    assertFalse(missing.body().contains("Payara"));
    assertSecurityHeaders(missing, "an error page");

    HttpResponse<String> login =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, login.statusCode());
    assertSecurityHeaders(login, "the login page");
    assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""), "pages");
    // PrimeFaces' CSP mode: the page's scripts need the request's nonce; nothing inline without it.
    List<String> policies = login.headers().allValues("Content-Security-Policy");
    assertTrue(
        policies.stream()
            .anyMatch(
                p ->
                    p.contains("script-src 'self' 'nonce-")
                        && !p.contains("unsafe-inline")
                        && !p.contains("unsafe-eval")),
        "a nonce-only script policy: " + policies);
    assertTrue(login.body().contains("nonce=\""), "the page's own scripts carry the nonce");
    assertTrue(
        login.headers().firstValue("Strict-Transport-Security").isEmpty(),
        "no HSTS over plain HTTP (a developer's loopback)");
    List<String> cookies = login.headers().allValues("Set-Cookie");
    assertFalse(cookies.isEmpty(), "the login page starts a session: " + login.headers());
    assertTrue(
        cookies.stream().allMatch(c -> c.contains("HttpOnly")),
        "session cookies are out of scripts' reach: " + cookies);
    assertTrue(
        cookies.stream().noneMatch(c -> c.contains("Secure")),
        "plain HTTP: not Secure: " + cookies);
  }

  @Test
  void overTlsTheSessionCookieIsSecureAndBrowsersAreToldToStayOnTls() throws Exception {
    int https = Integer.getInteger("calldesk.portBase", 8000) + 81;
    HttpsURLConnection tls =
        (HttpsURLConnection)
            URI.create("https://127.0.0.1:" + https + "/calldesk/login.xhtml")
                .toURL()
                .openConnection();
    // Payara's own self-signed certificate on the test domain: trust it for this one request.
    tls.setSSLSocketFactory(trustingAnyCertificate().getSocketFactory());
    tls.setHostnameVerifier((host, session) -> true);
    assertEquals(200, tls.getResponseCode());

    assertEquals("max-age=31536000", tls.getHeaderField("Strict-Transport-Security"));
    List<String> cookies = tls.getHeaderFields().getOrDefault("Set-Cookie", List.of());
    assertFalse(cookies.isEmpty(), "a session was started");
    assertTrue(cookies.stream().allMatch(c -> c.contains("Secure")), cookies.toString());
    tls.disconnect();
  }

  private static void assertSecurityHeaders(HttpResponse<String> response, String what) {
    String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("frame-ancestors 'self'"), what + ": " + csp);
    assertTrue(csp.contains("object-src 'none'"), what + ": " + csp);
    assertTrue(csp.contains("default-src 'self'"), what + ": " + csp);
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
  }

  private static SSLContext trustingAnyCertificate() throws Exception {
    TrustManager[] any = {
      new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      }
    };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, any, new SecureRandom());
    return context;
  }

  @Test
  void itCanSeeThatDatabaseAndBrokerAreReachable() throws Exception {
    URI ready = URI.create(Browser.BASE_URL).resolve("/health/ready");
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    String body = response.body().replace(" ", "");
    assertTrue(body.contains("\"name\":\"database\",\"status\":\"UP\""), body);
    assertTrue(body.contains("\"name\":\"broker\",\"status\":\"UP\""), body);
  }

  @Test
  void unknownPagesGetAPlainErrorPage() {
    try (Browser browser = new Browser("en-US")) {
      browser.expectConsoleError("no-such-page.xhtml - Failed to load resource: .* 404");
      browser.open("no-such-page.xhtml");
      assertEquals("The page does not exist.", browser.text("#errorText"));
      assertNoStackTrace(browser.pageSource());
    }
  }

  private static final Pattern STACK_TRACE =
      Pattern.compile("Caused by:|\\tat [a-z]+\\.|\\.java:\\d+\\)");

  private static void assertNoStackTrace(String page) {
    assertFalse(STACK_TRACE.matcher(page).find(), "the page shows a stack trace");
  }
}
