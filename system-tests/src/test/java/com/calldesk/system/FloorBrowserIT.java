package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The supervisor's floor in the browser: the seat monitor follows agents' state changes without a
 * reload, the supervisor sends an agent on a break, a colleague's break request waits in the queue
 * and is granted by itself when the first comes back. The system tests' server lets half of a team
 * go at once for a meal (CALLDESK_BREAKS_MEAL_ONLINE_PERCENT=50 in system-tests/pom.xml), so the
 * three demo agents make a queue; the 70 %/80 % defaults are proven at their boundaries in CallsIT.
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
      assertEquals(Boolean.TRUE, supervisor.script("return " + MARKER + " === true;"), "no reload");
    }
  }
}
