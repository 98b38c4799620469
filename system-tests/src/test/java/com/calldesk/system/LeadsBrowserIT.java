package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ivrsim.IvrSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sales lead in the browser: an agent records a caller's interest during a call (no region
 * refused next to the field) and it goes to the region's owner; the supervisor finds it waiting on
 * the team's list and enters the owner's result.
 */
class LeadsBrowserIT {

  private IvrSimulator ivr;

  @BeforeEach
  void telephoneSide() {
    ivr = Telephone.open();
  }

  @AfterEach
  void hangUp() {
    ivr.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"zh-CN, 赵经理, 成交", "en, Manager Zhao, Won"})
  void aLeadIsForwardedToItsRegionsOwnerAndItsResultEnteredByTheSupervisor(
      String language, String owner, String won) {
    String caller = "1374" + String.format("%07d", System.currentTimeMillis() % 10_000_000);
    String leadNo;
    try (Browser agent = new Browser(language)) {
      agent.logIn("1002", "calldesk");
      agent.waitForAttribute("#pushState", "data-connected", "true");
      String callId = ivr.offer(caller);
      agent.waitForAttribute("#callCard", "data-call-id", callId);

      agent.alt('l');
      agent.find("#leadForm\\:need");
      agent.ajaxIdle();
      agent.type("#leadForm\\:need", "Two air conditioners " + language);
      agent.select("#leadForm\\:interest", "HIGH");
      agent.click("#leadForm\\:saveLead");
      agent.waitForText("#leadForm\\:regionMessage", t -> !t.isBlank(), "the region is required");
      agent.select("#leadForm\\:region", "NORTH");
      agent.click("#leadForm\\:saveLead");
      agent.waitForText("#leadForm\\:leadSaved", t -> t.contains("XS"), "forwarded");
      assertTrue(agent.text("#leadForm\\:leadSaved").contains(owner), "to the region's owner");
      leadNo = agent.attribute("#leadForm\\:leadSaved", "data-lead-no");
      agent.keys(org.openqa.selenium.Keys.ESCAPE);
      agent.clickAndWait("#headerForm\\:logout");
    }

    try (Browser supervisor = new Browser(language)) {
      supervisor.logIn("2001", "calldesk");
      supervisor.open("/agent/leads.xhtml");
      supervisor.click("#leads\\:rows a[data-lead-no='" + leadNo + "']");
      supervisor.waitForAttribute("#lead\\:leadPanel", "data-state", "OPEN");
      supervisor.select("#lead\\:result", "WON");
      supervisor.type("#lead\\:resultNote", "Signed on the phone");
      supervisor.click("#lead\\:report");
      supervisor.waitForAttribute("#lead\\:leadPanel", "data-state", "FEEDBACK");
      assertTrue(supervisor.text("#leadResult").contains(won), supervisor.text("#leadResult"));
      assertEquals(
          2, supervisor.pageSource().split("data-action=\"").length - 1, "forwarded and reported");
      supervisor.clickAndWait("#headerForm\\:logout");
    }
  }
}
