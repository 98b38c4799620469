package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ivrsim.IvrSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The call loop as agents see it, against the real EAR, broker and database: the IVR simulator
 * offers a call, the agent's page pops the caller's card with a running timer, the agent transfers
 * it and the second agent's page pops it too; the second agent mutes it and sees the stopwatch.
 */
class CallsBrowserIT {

  private IvrSimulator ivr;

  @BeforeEach
  void telephoneSide() {
    ivr = Telephone.open();
  }

  @AfterEach
  void hangUp() {
    ivr.close();
  }

  @Test
  void aCallPopsTheCardWithATimerAndATransferPopsItForTheSecondAgent() {
    try (Browser first = new Browser("en");
        Browser second = new Browser("en")) {
      first.logIn("1001", "calldesk");
      first.waitForAttribute("#pushState", "data-connected", "true");
      // 1001 has been ready longest, so the call goes to them.
      second.logIn("1003", "calldesk");
      second.waitForAttribute("#pushState", "data-connected", "true");

      String caller = "1390" + String.format("%07d", System.currentTimeMillis() % 10_000_000);
      String callId = ivr.offer(caller);

      first.waitForAttribute("#callCard", "data-call-id", callId);
      assertEquals(caller, first.text("#callerNumber"));
      assertTrue(first.text("#customerNo").matches("C\\d{8}"), first.text("#customerNo"));
      assertEquals("New customer", first.text("#customerBadge"));
      first.waitForAttribute("#callStatus", "data-status", "TALKING");
      first.waitForText("#callDuration", t -> !t.equals("00:00:00"), "the call timer runs");
      first.waitForAttribute("#agentState", "data-state", "TALKING");
      assertTrue(
          first.text("#loginTime").matches("\\d{2}:\\d{2}(:\\d{2})?"),
          "the status bar shows the login time: " + first.text("#loginTime"));
      // The system tests' talk limit is 4 s (system-tests/pom.xml): the info bar warns.
      first.waitForText(
          "#overrunWarning", t -> t.contains("over the limit of 00:00:04"), "the overrun warning");
      first.screenshot("call-popped");

      first.click("#desk\\:openTransfer");
      first.find("#desk\\:transferTarget");
      assertTrue(
          first.text("#desk\\:transferTarget").contains("1003"),
          "the colleague list shows the second agent");
      first.select("#desk\\:transferTarget", "1003");
      first.click("#desk\\:doTransfer");

      second.waitForAttribute("#callCard", "data-call-id", callId);
      assertEquals(caller, second.text("#callerNumber"));
      second.waitForAttribute("#agentState", "data-state", "TALKING");
      first.waitForAttribute("#controlResult", "data-outcome", "DONE");
      first.waitForAttribute("#callStatus", "data-status", "TRANSFERRED");
      first.waitForAttribute("#agentState", "data-state", "WRAP_UP");
      first.waitForText(
          "#talkTime",
          t -> !t.equals("00:00:00"),
          "the talk time of the call is on the status bar");
      assertEquals("1003", ivr.agentOf(callId), "the switch moved the call");
      second.screenshot("call-transferred");

      second.click("#desk\\:mute");
      second.waitForAttribute("#controlResult", "data-type", "call.mute");
      assertEquals("DONE", second.attribute("#controlResult", "data-outcome"));
      second.waitForText("#muteStopwatch", t -> t.startsWith("Muted"), "the mute stopwatch runs");

      first.clickAndWait("#headerForm\\:logout");
      second.clickAndWait("#headerForm\\:logout");
    }
  }
}
