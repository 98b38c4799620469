package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The supervisor's floor in the browser: the seat monitor follows agents' state changes without a
 * reload, the supervisor sends an agent on a break, a colleague's break request waits in the queue
 * and is granted by itself when the first comes back. The system tests' server lets half of a team
 * go at once for a meal (CALLDESK_BREAKS_MEAL_ONLINE_PERCENT=50 in system-tests/pom.xml), so the
 * three demo agents make a queue; the 70 %/80 % defaults are proven at their boundaries in CallsIT.
 * Then a notice to the team reaches an agent's desk live and their receipt the supervisor's list;
 * last, the supervisor signs an agent off the floor and their page lands on the login page.
 */
class FloorBrowserIT {

  private static final String MARKER = "window.calldeskNotReloaded";

  @Test
  void theMonitorFollowsTheFloorLiveAndAQueuedBreakIsGrantedWhenAColleagueComesBack() {
    try (Browser supervisor = new Browser("zh-CN");
        Browser first = new Browser("en");
        Browser second = new Browser("en")) {
      supervisor.logIn("2001", "calldesk");
      supervisor.open("supervisor/monitor.xhtml");
      supervisor.waitForAttribute("#pushState", "data-connected", "true");
      supervisor.waitForText("h1", t -> t.contains("座席监控"), "the monitor in Chinese");
      supervisor.script(MARKER + " = true;");

      first.logIn("1001", "calldesk");
      first.waitForAttribute("#pushState", "data-connected", "true");
      supervisor.waitForAttribute("tr[data-agent='1001']", "data-state", "READY");
      second.logIn("1002", "calldesk");
      second.waitForAttribute("#pushState", "data-connected", "true");
      supervisor.waitForAttribute("tr[data-agent='1002']", "data-state", "READY");

      // The supervisor sends 1001 on a break: their desk and the monitor show it at once.
      supervisor.click("tr[data-agent='1001'] button[id$='forceBreak']");
      first.waitForAttribute("#agentState", "data-state", "BREAK");
      supervisor.waitForAttribute("tr[data-agent='1001']", "data-state", "BREAK");

      // 1002 asks for a meal break: with 1001 away, too few would stay online; it waits, first.
      second.select("#desk\\:breakKind", "MEAL");
      second.click("#desk\\:takeBreak");
      second.waitForAttribute("#breakStatus", "data-state", "WAITING");
      assertEquals("1", second.attribute("#breakStatus", "data-place"));
      second.waitForText(
          "#desk\\:controlMessages", t -> t.contains("number 1 in the queue"), "told why");
      supervisor.waitForAttribute(".cd-break-row[data-agent='1002']", "data-state", "WAITING");

      // 1001 comes back: the place is free and 1002's break starts by itself.
      first.click("#desk\\:resume");
      first.waitForAttribute("#agentState", "data-state", "READY");
      second.waitForAttribute("#agentState", "data-state", "BREAK");
      second.waitForAttribute("#breakStatus", "data-state", "GRANTED");
      supervisor.waitForAttribute("tr[data-agent='1002']", "data-state", "BREAK");
      supervisor.waitForAttribute(".cd-break-row[data-agent='1002']", "data-state", "GRANTED");

      second.click("#desk\\:resume");
      second.waitForAttribute("#agentState", "data-state", "READY");
      supervisor.waitForAttribute("tr[data-agent='1002']", "data-state", "READY");

      // A notice to the team: refused empty next to its field, then on 1002's desk at once; the
      // read receipt reaches the supervisor's list live.
      supervisor.click("#notices\\:send");
      supervisor.waitForText(
          "#notices", t -> t.contains("必填") || t.contains("Required"), "the empty notice refused");
      String text = "Team meeting at 17:00 (" + System.currentTimeMillis() + ")";
      supervisor.type("#notices\\:body", text);
      supervisor.click("#notices\\:send");
      supervisor.waitForText("#notices\\:sent", t -> t.contains(text), "the notice sent");
      second.waitForText("#noticeList", t -> t.contains(text), "the notice on the desk, live");
      assertTrue(second.text("#noticeList li:first-child").contains(text), "newest first");
      String id = second.attribute("#noticeList li:first-child", "data-notice");
      second.click("#noticeList li[data-notice='" + id + "'] a[id$='gotIt']");
      second.waitForAttribute("#noticeList li[data-notice='" + id + "']", "data-read", "true");
      supervisor.waitForAttribute(".cd-receipts[data-notice='" + id + "']", "data-read", "1");
      supervisor.screenshot("seat-monitor");

      // Signing 1001 off the floor (after a confirmation) ends their session too.
      supervisor.click("tr[data-agent='1001'] button[id$='forceOffline']");
      supervisor.click(".ui-confirmdialog-yes");
      supervisor.waitForAttribute("tr[data-agent='1001']", "data-state", "OFFLINE");
      first.waitForUrl("login.xhtml");
      assertEquals(Boolean.TRUE, supervisor.script("return " + MARKER + " === true;"), "no reload");
    }
  }
}
