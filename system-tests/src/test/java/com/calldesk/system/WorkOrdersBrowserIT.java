package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ivrsim.IvrSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A repair appointment in the browser, in Chinese and in English: an agent books it during a call
 * (a missing address refused next to its field); a supervisor dispatches its work order, sends it
 * back as misdispatched and dispatches it again; the simulated work area answers and completes it
 * over the dispatch queues; the supervisor audits it and the agent finds it all in the business
 * query.
 */
class WorkOrdersBrowserIT {

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
  @CsvSource({"zh-CN, 必填, 反单, 已审核", "en, Required, Sent back, Audited"})
  void aRepairAppointmentBecomesAWorkOrderThatIsSentBackRedispatchedCompletedAndAudited(
      String language, String required, String sentBack, String audited) throws Exception {
    String caller = "1372" + String.format("%07d", System.currentTimeMillis() % 10_000_000);
    String appointmentNo;
    String customerNo;
    try (Browser agent = new Browser(language)) {
      agent.logIn("1002", "calldesk");
      agent.waitForAttribute("#pushState", "data-connected", "true");
      String callId = ivr.offer(caller);
      agent.waitForAttribute("#callCard", "data-call-id", callId);
      customerNo = agent.text("#customerNo");
      agent.waitForAttribute("#card\\:customer", "data-customer-no", customerNo);

      // Alt+P opens the booking form; on site without an address is refused next to the field.
      agent.alt('p');
      agent.find("#appointmentForm\\:kind");
      agent.select("#appointmentForm\\:kind", "REPAIR");
      agent.ajaxIdle();
      String slot =
          (String)
              agent.script(
                  "var o = document.querySelectorAll('#appointmentForm\\\\:slot option');"
                      + " return o.length > 1 ? o[1].value : null;");
      agent.select("#appointmentForm\\:slot", slot);
      agent.select("#appointmentForm\\:place", "ON_SITE");
      agent.type("#appointmentForm\\:address", "");
      agent.type("#appointmentForm\\:notes", "Aircon blows warm air " + language);
      agent.click("#appointmentForm\\:saveAppointment");
      agent.waitForText(
          "#appointmentForm\\:addressMessage",
          t -> t.contains(required),
          "the address is required on site");
      agent.type("#appointmentForm\\:address", "建国路 88 号 502");
      agent.click("#appointmentForm\\:saveAppointment");
      agent.waitForText("#appointmentForm\\:appointmentSaved", t -> t.contains("YY"), "booked");
      appointmentNo = agent.attribute("#appointmentForm\\:appointmentSaved", "data-appointment-no");
      agent.keys(org.openqa.selenium.Keys.ESCAPE);
      agent.waitForText("#card\\:timeline", t -> t.contains(appointmentNo), "on the timeline");
      agent.clickAndWait("#headerForm\\:logout");
    }

    try (Browser supervisor = new Browser(language)) {
      supervisor.logIn("2001", "calldesk");
      supervisor.open("/supervisor/workorders.xhtml");
      supervisor.click("a[data-appointment-no='" + appointmentNo + "']");
      supervisor.waitForAttribute("#order\\:orderPanel", "data-state", "TO_DISPATCH");
      String orderId = supervisor.attribute("#order\\:orderPanel", "data-order-id");

      // Dispatch without a technician: refused next to the field, nothing sent.
      supervisor.select("#order\\:workArea", "1");
      supervisor.ajaxIdle();
      supervisor.click("#order\\:dispatch");
      supervisor.waitForText(
          "#order\\:technicianMessage", t -> !t.isBlank(), "a technician is needed");
      assertEquals("TO_DISPATCH", supervisor.attribute("#order\\:orderPanel", "data-state"));
      supervisor.select("#order\\:technician", "1");
      supervisor.click("#order\\:dispatch");
      supervisor.waitForAttribute("#order\\:orderPanel", "data-state", "DISPATCHED");

      // The area says it is not theirs: sent back with the explanation, dispatched again.
      supervisor.type("#order\\:text", "Address is in Haidian");
      supervisor.click("#order\\:sendBack");
      supervisor.waitForAttribute("#order\\:orderPanel", "data-state", "SENT_BACK");
      assertEquals(sentBack, supervisor.text("#orderState"));
      supervisor.select("#order\\:workArea", "2");
      supervisor.ajaxIdle();
      supervisor.select("#order\\:technician", "3");
      supervisor.click("#order\\:dispatch");
      supervisor.waitForAttribute("#order\\:orderPanel", "data-state", "DISPATCHED");

      // The simulated area acknowledges, arrives and completes over the dispatch queues.
      long deadline = System.currentTimeMillis() + 30_000;
      while (!"COMPLETED".equals(supervisor.attribute("#order\\:orderPanel", "data-state"))
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(1000);
        supervisor.open("/supervisor/workorders.xhtml?order=" + orderId);
      }
      assertEquals("COMPLETED", supervisor.attribute("#order\\:orderPanel", "data-state"));
      supervisor.type("#order\\:text", "Checked with the customer");
      supervisor.click("#order\\:audit");
      supervisor.waitForAttribute("#order\\:orderPanel", "data-state", "AUDITED");
      assertEquals(audited, supervisor.text("#orderState"));
      String steps = supervisor.text("#orderSteps");
      for (String action :
          new String[] {"DISPATCHED", "SENT_BACK", "REDISPATCHED", "COMPLETED", "AUDITED"}) {
        assertTrue(
            supervisor.pageSource().contains("data-action=\"" + action + "\""),
            action + " in " + steps);
      }
      supervisor.screenshot("work-order-" + language);
      supervisor.clickAndWait("#headerForm\\:logout");
    }

    try (Browser agent = new Browser(language)) {
      agent.logIn("1002", "calldesk");
      agent.open("/agent/query.xhtml?customer=" + customerNo);
      agent.waitForText("#results", t -> t.contains(appointmentNo), "the business query");
      assertTrue(agent.pageSource().contains("data-state=\"AUDITED\""), "the order, audited");
      assertTrue(agent.text("#results").contains(audited));
      agent.clickAndWait("#headerForm\\:logout");
    }
  }
}
