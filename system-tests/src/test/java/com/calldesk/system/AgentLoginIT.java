package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
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
      assertEquals("Supervisor console", browser.text("#pageTitle"));
      browser.clickAndWait("#headerForm\\:logout");

      browser.logIn("9001", "calldesk");
      assertTrue(browser.currentUrl().endsWith("/admin/index.xhtml"), browser.currentUrl());
      assertEquals("Administration", browser.text("#pageTitle"));
      browser.open("agent/desk.xhtml");
      assertEquals("You are not allowed to open this page.", browser.text("#errorText"));
      assertFalse(browser.pageSource().contains("Payara"), "error pages name no server");
    }
  }

  @Test
  void responsesNameNoServerSoftware() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "no-such-page.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(404, response.statusCode());
    assertTrue(response.headers().firstValue("Server").isEmpty(), response.headers().toString());
    assertTrue(response.headers().firstValue("X-Powered-By").isEmpty());
    assertFalse(response.body().contains("Payara"));
    assertTrue(
        response.headers().allValues("Set-Cookie").stream().allMatch(c -> c.contains("HttpOnly")),
        "session cookies are out of scripts' reach");
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
