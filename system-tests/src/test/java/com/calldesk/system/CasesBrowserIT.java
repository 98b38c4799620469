package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ivrsim.IvrSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Complaints and roadside rescue in the browser, in Chinese and in English: a complaint taken in
 * during a call goes to closed across the agent and a supervisor; a rescue case is dispatched and
 * the simulated unit's answers appear live, on the desk and on another page.
 */
class CasesBrowserIT {

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
  @CsvSource({
    "zh-CN, 必填, 已立案, 方案待批, 方案已批准, 已结案",
    "en, Required, Accepted, Plan proposed, Plan approved, Closed"
  })
  void aComplaintGoesFromIntakeToClosedAcrossAnAgentAndASupervisor(
      String language,
      String required,
      String accepted,
      String planProposed,
      String planApproved,
      String closed) {
    String caller = "1371" + String.format("%07d", System.currentTimeMillis() % 10_000_000);
    String complaintNo;
    try (Browser agent = new Browser(language)) {
      agent.logIn("1002", "calldesk");
      agent.waitForAttribute("#pushState", "data-connected", "true");
      String callId = ivr.offer(caller);
      agent.waitForAttribute("#callCard", "data-call-id", callId);
      agent.waitForAttribute("#card\\:customer", "data-customer-no", agent.text("#customerNo"));

      // Alt+O opens the intake; an empty complaint is refused next to its fields, nothing saved.
      agent.alt('o');
      agent.find("#complaintForm\\:complaintTarget");
      agent.click("#complaintForm\\:saveComplaint");
      agent.waitForText(
          "#complaintForm\\:contentMessage", t -> t.contains(required), "content is required");
      assertTrue(agent.text("#complaintForm\\:targetMessage").contains(required));
      assertFalse(agent.text("#complaintForm\\:complaintBody").contains("TS0"), "nothing saved");

      agent.select("#complaintForm\\:complaintCategory", "SERVICE");
      agent.select("#complaintForm\\:complaintTargetType", "STAFF");
      agent.type("#complaintForm\\:complaintTarget", "Agent 1003");
      agent.type("#complaintForm\\:complaintContent", "Hung up on me twice " + language);
      agent.click("#complaintForm\\:saveComplaint");
      agent.waitForText("#complaintSaved", t -> t.startsWith("TS"), "complaint taken in");
      complaintNo = agent.attribute("#complaintSaved", "data-complaint-no");
      agent.keys(org.openqa.selenium.Keys.ESCAPE);
      agent.waitForText(
          "#card\\:timeline", t -> t.contains(complaintNo), "on the customer's timeline");

      // The complaints page: accept (the department is required), investigate, propose a plan.
      agent.clickAndWait("#fn\\:fn-complaints");
      agent.clickLinkWithText("#complaints\\:rows a[data-complaint-no]", complaintNo);
      agent.waitForAttribute("#openComplaint", "data-state", "RECEIVED");
      agent.click("[data-move='ACCEPT']");
      agent.waitForText(
          "#complaints\\:departmentMessage", t -> !t.isBlank(), "the department is required");
      assertEquals("RECEIVED", agent.attribute("#openComplaint", "data-state"), "nothing changed");
      agent.select("#complaints\\:moveDepartment", "SERVICE");
      agent.click("[data-move='ACCEPT']");
      agent.waitForAttribute("#openComplaint", "data-state", "ACCEPTED");
      assertEquals(accepted, agent.text("#openState"));
      agent.select("#complaints\\:cause", "ATTITUDE");
      agent.type("#complaints\\:responsiblePerson", "Team lead Li");
      agent.click("[data-move='INVESTIGATE']");
      agent.waitForAttribute("#openComplaint", "data-state", "INVESTIGATING");
      agent.type("#complaints\\:text", "Apologise and coach agent 1003");
      agent.click("[data-move='PROPOSE_PLAN']");
      agent.waitForAttribute("#openComplaint", "data-state", "PLAN_PROPOSED");
      assertEquals(planProposed, agent.text("#openState"));
      assertTrue(
          agent.pageSource().contains("data-move=\"HOLD\"")
              && !agent.pageSource().contains("data-move=\"APPROVE_PLAN\""),
          "an agent cannot approve a plan");
      agent.clickAndWait("#headerForm\\:logout");
    }

    // The supervisor approves the plan from the team list.
    try (Browser supervisor = new Browser(language)) {
      supervisor.logIn("2001", "calldesk");
      supervisor.open("/agent/complaints.xhtml");
      supervisor.clickLinkWithText("#complaints\\:rows a[data-complaint-no]", complaintNo);
      supervisor.waitForAttribute("#openComplaint", "data-state", "PLAN_PROPOSED");
      supervisor.type("#complaints\\:text", "Approved");
      supervisor.click("[data-move='APPROVE_PLAN']");
      supervisor.waitForAttribute("#openComplaint", "data-state", "PLAN_APPROVED");
      // The statistics of this month count it, in the page's language.
      supervisor.click("#statistics\\:count");
      supervisor.waitForText("#statsTotal", t -> !t.isBlank(), "the statistics");
      assertTrue(Integer.parseInt(supervisor.attribute("#statsTotal", "data-total")) >= 1);
      assertTrue(
          supervisor.text("table[data-table='state']").contains(planApproved),
          "counted by state, named in the page's language");
      supervisor.screenshot("complaint-supervisor-" + language);
      supervisor.clickAndWait("#headerForm\\:logout");
    }

    // The agent resolves it and records the customer's reply: closed, a follow-up is due.
    try (Browser agent = new Browser(language)) {
      agent.logIn("1002", "calldesk");
      agent.open("/agent/complaints.xhtml");
      agent.clickLinkWithText("#complaints\\:rows a[data-complaint-no]", complaintNo);
      agent.waitForAttribute("#openComplaint", "data-state", "PLAN_APPROVED");
      agent.type("#complaints\\:text", "Apologised by phone; agent coached");
      agent.click("[data-move='RESOLVE']");
      agent.waitForAttribute("#openComplaint", "data-state", "RESOLVED");
      agent.type("#complaints\\:text", "Accepts the apology");
      agent.click("[data-move='CLOSE']");
      agent.waitForText(
          "#complaints\\:satisfactionMessage", t -> !t.isBlank(), "the satisfaction is asked for");
      assertEquals("RESOLVED", agent.attribute("#openComplaint", "data-state"), "nothing changed");
      agent.select("#complaints\\:satisfaction", "4");
      agent.type("#complaints\\:text", "Accepts the apology");
      agent.click("[data-move='CLOSE']");
      agent.waitForAttribute("#openComplaint", "data-state", "CLOSED");
      assertEquals(closed, agent.text("#openState"));
      assertFalse(agent.text("#followupDue").isBlank(), "the follow-up callback is due");
      String steps = agent.text("#steps");
      assertTrue(steps.contains("2001"), "the supervisor's approval is in the history");
      assertTrue(steps.contains("1002"));
      agent.screenshot("complaint-closed-" + language);
      agent.clickAndWait("#headerForm\\:logout");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"zh-CN, 已接单, 已完成", "en, Unit coming, Completed"})
  void aRescueIsDispatchedAndTheUnitsAnswerAppearsLiveOnAnyPage(
      String language, String acknowledged, String completed) {
    try (Browser agent = new Browser(language)) {
      agent.logIn("1002", "calldesk");
      agent.waitForAttribute("#pushState", "data-connected", "true");
      String caller = "1381" + String.format("%07d", System.currentTimeMillis() % 10_000_000);
      String callId = ivr.offer(caller);
      agent.waitForAttribute("#callCard", "data-call-id", callId);
      agent.waitForAttribute("#card\\:customer", "data-customer-no", agent.text("#customerNo"));

      // Alt+R: the caller's phone is filled in; a bad plate is refused next to its field.
      agent.alt('r');
      agent.find("#rescueForm\\:vehicleModel");
      assertEquals(caller, agent.attribute("#rescueForm\\:contactPhone", "value"));
      agent.type("#rescueForm\\:vehicleModel", "Volkswagen Passat");
      agent.type("#rescueForm\\:plateNo", "ABC");
      agent.type("#rescueForm\\:contactPerson", "Wang");
      agent.type("#rescueForm\\:faultLocation", "G4 northbound km 12");
      agent.select("#rescueForm\\:serviceArea", "北京");
      agent.type("#rescueForm\\:faultSymptom", "Engine will not start");
      agent.click("#rescueForm\\:saveRescue");
      agent.waitForText(
          "#rescueForm\\:plateMessage", t -> t.contains("京A12345"), "the plate is refused");
      assertFalse(
          agent.pageSource().contains("id=\"rescueCase:rescuePanel\""), "no case was saved");
      agent.type("#rescueForm\\:plateNo", "京A12345");
      agent.click("#rescueForm\\:saveRescue");
      agent.waitForAttribute("#rescueCase\\:rescuePanel", "data-state", "OPEN");
      String caseNo = agent.attribute("#rescueCase\\:rescuePanel", "data-case-no");
      assertTrue(caseNo.startsWith("JY"), caseNo);

      // Notify: the units of the case's area first; the unit's answer arrives without a reload.
      assertTrue(agent.text("#rescueCase\\:unitId").startsWith("北京"));
      agent.click("#rescueCase\\:notify");
      agent.waitForAttribute("#rescueCase\\:rescuePanel", "data-state", "NOTIFIED");
      agent.waitForAttribute("#rescueCase\\:rescuePanel", "data-state", "ACKNOWLEDGED");
      assertEquals(acknowledged, agent.text("#rescueState"));
      agent.waitForText(".cd-dispatch-outcome", t -> !t.isBlank(), "the answer in the table");
      assertEquals("ACKNOWLEDGED", agent.attribute(".cd-dispatch-outcome", "data-outcome"));
      agent.waitForText("#liveNews", t -> t.contains(caseNo) && t.contains("25"), "info bar");
      agent.screenshot("rescue-acknowledged-" + language);

      // On another page of the desk the unit's arrival and completion still reach the agent.
      agent.clickAndWait("#fn\\:fn-rescues");
      agent.waitForAttribute("#livePush", "data-connected", "true");
      agent.waitForAttribute("#liveNewsBar li[data-outcome='COMPLETED']", "data-ref", caseNo);
      agent.clickLinkWithText("#rescues\\:mine a[data-case-no]", caseNo);
      agent.waitForAttribute("#rescueCase\\:rescuePanel", "data-state", "COMPLETED");
      assertEquals(completed, agent.text("#rescueState"));
      String record = agent.text("#processRecord");
      assertTrue(record.contains("(system)") && record.contains("(1002)"), record);
      agent.clickAndWait("#headerForm\\:logout");
    }
  }
}
