package com.calldesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.calldesk.breaks.BreakKind;
import com.calldesk.breaks.BreakQueue;
import com.calldesk.breaks.BreakRequest;
import com.calldesk.breaks.BreakView;
import com.calldesk.breaks.Breaks;
import com.calldesk.calls.CallStatus;
import com.calldesk.calls.CommandView;
import com.calldesk.calls.Disposition;
import com.calldesk.calls.PhoneCall;
import com.calldesk.complaints.ComplaintAction;
import com.calldesk.complaints.ComplaintChannel;
import com.calldesk.complaints.ComplaintMove;
import com.calldesk.complaints.ComplaintState;
import com.calldesk.complaints.ComplaintTarget;
import com.calldesk.complaints.ComplaintView;
import com.calldesk.complaints.Complaints;
import com.calldesk.complaints.NewComplaint;
import com.calldesk.customers.Customers;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.messaging.contract.MessageContract;
import com.calldesk.monitor.FloorFigures;
import com.calldesk.monitor.MonitorRow;
import com.calldesk.monitor.SeatMonitor;
import com.calldesk.notices.Audience;
import com.calldesk.notices.NewNotice;
import com.calldesk.notices.NoticeReader;
import com.calldesk.notices.NoticeView;
import com.calldesk.notices.Notices;
import com.calldesk.rescue.DispatchOutcome;
import com.calldesk.rescue.NewRescueCase;
import com.calldesk.rescue.Rescue;
import com.calldesk.rescue.RescueCaseView;
import com.calldesk.rescue.RescueState;
import com.calldesk.rescue.RescueUnitView;
import com.calldesk.seats.AgentState;
import com.calldesk.seats.SeatBoard;
import com.calldesk.seats.SeatView;
import com.calldesk.seats.Seats;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The call loop on a real Payara Micro, broker and database: the test plays the telephone side by
 * sending contract messages to calldesk.call.events and reading CallDesk's commands from
 * calldesk.call.control; {@link DeskRecorder} stands in for the agents' open pages.
 */
@ExtendWith({BrokerExtension.class, ArquillianExtension.class})
class CallsIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final AtomicLong NUMBERS = new AtomicLong(System.currentTimeMillis() % 1_000_000);

  @Deployment
  static WebArchive deployment() {
    return Deployments.platform();
  }

  @Inject FloorFixture floor;
  @Inject SeatBoard seats;
  @Inject Probes probes;
  @Inject DeskRecorder desks;
  @Inject RunAs.AsAgent asAgent1002;
  @jakarta.ejb.EJB Seats seatService;
  @jakarta.ejb.EJB Rescue rescue;
  @jakarta.ejb.EJB Complaints complaints;
  @jakarta.ejb.EJB Customers customers;
  @jakarta.ejb.EJB com.calldesk.callbacks.Callbacks callbacks;
  @Inject RunAs.AsSupervisor asSupervisor2001;
  @Inject DeskFixture fixture;
  @Inject RunAs.AsAdmin asAdmin9001;
  @jakarta.ejb.EJB Breaks breaks;
  @Inject BreakQueue breakQueue;
  @jakarta.ejb.EJB SeatMonitor monitor;
  @jakarta.ejb.EJB Notices notices;
  @Inject com.calldesk.callbacks.CallbackDay callbackDay;

  @BeforeEach
  void emptyFloor() {
    floor.clear();
  }

  // --- distribution --------------------------------------------------------------------------

  @Test
  void anOfferedCallGoesToTheReadyAgentIdleLongestAndPopsTheirScreen() {
    Instant now = Instant.now();
    floor.ready("1001", now.minusSeconds(30));
    floor.ready("1003", now.minusSeconds(90));
    String caller = newNumber();

    String callId = offer(caller, false);

    await(() -> floor.status(callId) == CallStatus.RINGING, "call routed");
    assertEquals("1003", floor.call(callId).getAgentNo());
    assertEquals(AgentState.TALKING, seat("1003").state());
    assertEquals(callId, seat("1003").currentCallId());
    assertEquals(AgentState.READY, seat("1001").state());
    JsonObject route = command(callId, "call.route");
    assertEquals("1003", route.getJsonObject("payload").getString("agentNo"));

    await(() -> !popsFor("1003", callId).isEmpty(), "screen pop");
    JsonObject card = popsFor("1003", callId).get(0);
    assertEquals(caller, card.getString("callerNumber"));
    assertTrue(card.getString("customerNo").matches("C\\d{8}"), card.toString());
    assertEquals(floor.customerNoOf(caller), card.getString("customerNo"));
    assertTrue(card.getBoolean("newCustomer"));
    // The routing time the call log recorded: the benchmark splits pop latency there.
    assertEquals(
        floor.call(callId).getRoutedAt().toEpochMilli(),
        card.getJsonNumber("routedAt").longValue());
    assertTrue(popsFor("1001", callId).isEmpty(), "only the chosen agent's screen pops");
  }

  @Test
  void newCallersGetConsecutiveCustomerNumbersAndRegularsKeepTheirs() {
    floor.ready("1001", Instant.now().minusSeconds(10));
    floor.ready("1002", Instant.now().minusSeconds(5));
    String first = newNumber();
    String second = newNumber();

    String a = offer(first, false);
    await(() -> floor.status(a) == CallStatus.RINGING, "first routed");
    String b = offer(second, false);
    await(() -> floor.status(b) == CallStatus.RINGING, "second routed");

    long n1 = Long.parseLong(floor.customerNoOf(first).substring(1));
    long n2 = Long.parseLong(floor.customerNoOf(second).substring(1));
    assertEquals(n1 + 1, n2, "customer numbers have no gaps");

    end(a, "CALLER");
    end(b, "CALLER");
    floor.clear();
    floor.ready("1003", Instant.now());
    String again = offer(first, false);
    await(() -> !popsFor("1003", again).isEmpty(), "pop for the regular");
    JsonObject card = popsFor("1003", again).get(0);
    assertEquals(floor.customerNoOf(first), card.getString("customerNo"));
    assertFalse(card.getBoolean("newCustomer"));
    assertEquals(a, card.getJsonArray("recentCalls").getJsonObject(0).getString("callId"));
    assertEquals(1, floor.customersWithNumber(first));
  }

  @Test
  void aCallAskingForAnExpertGoesToAnExpertFirst() {
    Instant now = Instant.now();
    floor.ready("1001", now.minusSeconds(300)); // NORMAL, idle longest
    floor.ready("1002", now.minusSeconds(10)); // EXPERT

    String expertCall = offer(newNumber(), true);
    await(() -> floor.status(expertCall) == CallStatus.RINGING, "expert call routed");
    assertEquals("1002", floor.call(expertCall).getAgentNo());

    String plainCall = offer(newNumber(), false);
    await(() -> floor.status(plainCall) == CallStatus.RINGING, "plain call routed");
    assertEquals("1001", floor.call(plainCall).getAgentNo());
  }

  @Test
  void callsOfferedTogetherGoToDifferentAgentsAndNoneWaits() {
    Instant now = Instant.now();
    List<String> agents = List.of("1001", "1002", "1003");
    for (int i = 0; i < agents.size(); i++) {
      floor.ready(agents.get(i), now.minusSeconds(60 - i));
    }

    List<String> calls = new java.util.ArrayList<>();
    for (int i = 0; i < agents.size(); i++) {
      calls.add(offer(newNumber(), false));
    }

    for (String callId : calls) {
      await(() -> floor.status(callId) == CallStatus.RINGING, "call " + callId + " routed");
    }
    List<String> chosen = calls.stream().map(c -> floor.call(c).getAgentNo()).sorted().toList();
    assertEquals(agents, chosen, "one call per agent");
    for (String callId : calls) {
      assertEquals(callId, seat(floor.call(callId).getAgentNo()).currentCallId());
      assertFalse(floor.timeline(callId).contains("WAITING"), "nobody waited: " + callId);
    }
  }

  @Test
  void withNobodyReadyTheCallWaitsTheQueueGrowsAndTheNextReadyAgentGetsIt() {
    int queueNoticesBefore = desks.broadcast("queue").size();
    String callId = offer(newNumber(), false);

    await(() -> floor.status(callId) == CallStatus.WAITING, "call waiting");
    await(() -> desks.broadcast("queue").size() > queueNoticesBefore, "queue length pushed");
    assertEquals(1, last(desks.broadcast("queue")).getInt("length"));
    assertTrue(browse(CallDeskQueue.CALL_CONTROL, callId).isEmpty(), "no route without an agent");

    asAgent1002.signIn(); // the real login path: READY, then the waiting caller

    await(() -> floor.status(callId) == CallStatus.RINGING, "waiting call routed on sign-in");
    assertEquals("1002", floor.call(callId).getAgentNo());
    await(() -> last(desks.broadcast("queue")).getInt("length") == 0, "queue back to 0");
  }

  @Test
  void theChannelChosenAtLoginIsOnTheSeatOnTheCallAndInTheRouteSentToTheSwitch() throws Exception {
    SeatView seat = asAgent1002.call(() -> seatService.signIn("hotline-vip"));
    assertEquals("hotline-vip", seat.channelCode());
    assertTrue(probes.auditEntriesMentioning("SEAT_STATE", "login at channel hotline-vip") >= 1);

    String callId = offer(newNumber(), false);
    await(() -> floor.status(callId) == CallStatus.RINGING, "routed");

    JsonObject route = command(callId, "call.route");
    assertEquals(2, route.getInt("version"), "call.route version 2");
    assertEquals("hotline-vip", route.getJsonObject("payload").getString("extension"));
    assertEquals(
        List.of(),
        MessageContract.published()
            .problems("call.route", 2, route.getJsonObject("payload").toString()),
        "what CallDesk sends follows the published schema");
    assertEquals("hotline-vip", floor.call(callId).getAgentChannel());

    BusinessException refused =
        businessFailure(
            () -> {
              try {
                asAgent1002.call(() -> seatService.signIn("no-such-line"));
              } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
              }
            });
    assertInstanceOf(InvalidInput.class, refused, "a channel that is not offered is refused");
    assertEquals("login.badChannel", ((InvalidInput) refused).problems().get(0).messageKey());
  }

  @Test
  void theReadyButtonEndsWrapUpAtOnce() {
    String callId = connectedCallOf1002();
    end(callId, "CALLER");
    await(() -> seat("1002").state() == AgentState.WRAP_UP, "wrap-up");

    assertEquals(AgentState.READY, asAgent1002.finishWrapUp().state());
    assertNull(seat("1002").currentCallId());
    assertTrue(probes.auditEntriesMentioning("SEAT_STATE", "wrap-up done") >= 1);
  }

  @Test
  void aSecondLoginWhileTalkingTakesTheSeatOverWithItsCallAndNoSecondCallIsRouted() {
    String callId = connectedCallOf1002();

    SeatView again = asAgent1002.signIn();

    assertEquals(AgentState.TALKING, again.state(), "the seat is not reset to READY");
    assertEquals(callId, again.currentCallId(), "the call stays with the seat");
    String next = offer(newNumber(), false);
    await(() -> floor.status(next) == CallStatus.WAITING, "the next caller waits");
    assertNull(floor.call(next).getAgentNo(), "not routed to an agent who is talking");
    assertEquals(callId, seat("1002").currentCallId());
    assertTrue(probes.auditEntries("SEAT_TAKEN_OVER", "1002") >= 1, "the take-over is audited");
  }

  @Test
  void aBlacklistedCallerIsRefusedBeforeReachingAnyone() {
    floor.ready("1001", Instant.now());

    String callId = offer("17000000001", false); // demo blacklist

    await(() -> floor.status(callId) == CallStatus.ENDED, "call closed");
    PhoneCall call = floor.call(callId);
    assertEquals(Disposition.REJECTED, call.getDisposition());
    assertNull(call.getAgentNo());
    assertEquals(
        "BLACKLISTED", command(callId, "call.reject").getJsonObject("payload").getString("reason"));
    assertEquals(AgentState.READY, seat("1001").state());
    assertNull(floor.customerNoOf("17000000001"), "no customer card for a refused number");
    assertTrue(probes.auditEntries("CALL_REJECTED", callId) == 1);
  }

  // --- the call's life and the seat's states ----------------------------------------------

  @Test
  void answeredEndedWrapUpReadyAndTheClosedLogNeverChangesAgain() {
    floor.ready("1003", Instant.now());
    String callId = offer(newNumber(), false);
    await(() -> floor.status(callId) == CallStatus.RINGING, "routed");

    send(callId, "call.answered", Json.createObjectBuilder().add("agentNo", "1003"));
    await(() -> floor.status(callId) == CallStatus.TALKING, "answered");
    PhoneCall answeredCall = floor.call(callId);
    assertNotNull(answeredCall.getAnsweredAt());
    assertEquals(
        java.time.Duration.between(answeredCall.getOfferedAt(), answeredCall.getAnsweredAt())
            .toMillis(),
        answeredCall.getAnswerWaitMs(),
        "the caller's wait, for the service level");
    await(() -> !desks.to("1003", "answered").isEmpty(), "timer start pushed");

    send(
        callId,
        "call.ended",
        Json.createObjectBuilder().add("endedBy", "CALLER").add("talkSeconds", 42));
    await(() -> floor.status(callId) == CallStatus.ENDED, "closed");
    PhoneCall closed = floor.call(callId);
    assertEquals(Disposition.COMPLETED, closed.getDisposition());
    assertEquals(42L, closed.getTalkSeconds());
    assertEquals("1003", closed.getAgentNo());
    SeatView wrapping = seat("1003");
    assertEquals(AgentState.WRAP_UP, wrapping.state());
    assertEquals(1, wrapping.callsHandled());
    assertNotNull(wrapping.wrapUpUntil(), "wrap-up ends by itself (2 s in tests)");

    await(() -> seat("1003").state() == AgentState.READY, "READY after wrap-up");

    long version = floor.callVersion(callId);
    send(callId, "call.queued", Json.createObjectBuilder().add("queueLength", 9));
    send(callId, "call.ended", Json.createObjectBuilder().add("endedBy", "LINE"));
    String marker = offer(newNumber(), false); // same queue, later: the two above are done by then
    await(() -> floor.status(marker) != null, "later call seen");
    await(() -> floor.timeline(callId).stream().filter("ENDED"::equals).count() == 2, "logged");
    assertEquals(version, floor.callVersion(callId), "a closed call-log row is never updated");
    assertEquals(Disposition.COMPLETED, floor.call(callId).getDisposition());
  }

  @Test
  void aCallCutOffByTheLineRaisesOneUrgentCallbackMoreUrgentWhileTheCallerComplains() {
    String calm = connectedCallOf1002();
    end(calm, "LINE");
    await(() -> fixture.callbackUrgency("DROPPED:" + calm) != null, "a callback raised");
    assertEquals(1, fixture.callbackUrgency("DROPPED:" + calm));
    assertEquals(Disposition.DROPPED, floor.call(calm).getDisposition());

    String angry = connectedCallOf1002();
    fixture.complaintBy("1002", floor.call(angry).getCustomerId(), "still broken");
    end(angry, "LINE");
    await(() -> fixture.callbackUrgency("DROPPED:" + angry) != null, "a callback raised");
    assertEquals(2, fixture.callbackUrgency("DROPPED:" + angry), "an open complaint: most urgent");

    String hungUp = connectedCallOf1002();
    end(hungUp, "CALLER");
    end(angry, "LINE"); // the line's report again, as a new message
    String marker = offer(newNumber(), false); // same queue, later: the two above are done by then
    await(() -> floor.status(marker) != null, "later call seen");
    await(() -> floor.status(hungUp) == CallStatus.ENDED, "ended");
    assertEquals(null, fixture.callbackUrgency("DROPPED:" + hungUp), "the caller hung up: none");
    assertEquals(1, fixture.callbackKeys("DROPPED:" + angry).size(), "still one");
  }

  @Test
  void aCallerHangingUpWhileWaitingIsAbandonedAndWhileRingingFreesTheAgent() {
    String waiting = offer(newNumber(), false);
    await(() -> floor.status(waiting) == CallStatus.WAITING, "waiting");
    end(waiting, "CALLER");
    await(() -> floor.status(waiting) == CallStatus.ENDED, "abandoned");
    assertEquals(Disposition.ABANDONED, floor.call(waiting).getDisposition());

    floor.ready("1001", Instant.now());
    String ringing = offer(newNumber(), false);
    await(() -> floor.status(ringing) == CallStatus.RINGING, "ringing");
    end(ringing, "CALLER");
    await(() -> floor.status(ringing) == CallStatus.ENDED, "abandoned while ringing");
    assertEquals(Disposition.ABANDONED, floor.call(ringing).getDisposition());
    assertEquals(AgentState.READY, seat("1001").state(), "no wrap-up for a call never taken");
  }

  @Test
  void aRouteTheSwitchCannotCarryOutEndsTheCallAndFreesTheAgent() {
    floor.ready("1001", Instant.now());
    String callId = offer(newNumber(), false);
    JsonObject route = command(callId, "call.route");

    result(route.getString("id"), callId, "FAILED", "no such call in progress");

    await(() -> floor.status(callId) == CallStatus.ENDED, "closed");
    assertEquals(Disposition.ABANDONED, floor.call(callId).getDisposition());
    await(() -> seat("1001").state() == AgentState.READY, "agent free again");
    assertEquals(1, browse(CallDeskQueue.CALL_CONTROL, callId).size(), "not routed again");
  }

  @Test
  void theSameEventTwiceHasOneEffect() {
    floor.ready("1001", Instant.now());
    String callId = "it-" + UUID.randomUUID();
    Envelope offered = offeredEnvelope(callId, newNumber(), false);

    // No broker duplicate id: the consumer's own idempotency must catch the repeat.
    probes.send(CallDeskQueue.CALL_EVENTS.address(), offered.toJson(), null, callId);
    probes.send(CallDeskQueue.CALL_EVENTS.address(), offered.toJson(), null, callId);
    // A second offer of the same call under a new message id: still one call.
    probes.send(
        CallDeskQueue.CALL_EVENTS.address(),
        offeredEnvelope(callId, "13800000000", false).toJson(),
        null,
        callId);
    await(() -> probes.processed(offered.id()) == 1, "processed");
    String marker = offer(newNumber(), false);
    await(() -> floor.status(marker) != null, "later call seen");

    assertEquals(1, floor.calls(callId));
    assertEquals(1, browse(CallDeskQueue.CALL_CONTROL, callId).size(), "one route command");
    assertEquals(1, popsFor("1001", callId).size(), "one screen pop");
  }

  // --- call controls -------------------------------------------------------------------------

  @Test
  void theAgentTransfersTheCallAndTheSecondAgentGetsTheCard() {
    String callId = connectedCallOf1002();
    floor.ready("1003", Instant.now());

    CommandView transfer = asAgent1002.transfer("1003");

    JsonObject sent = command(callId, "call.transfer");
    assertEquals(transfer.commandId(), sent.getString("id"));
    assertEquals("1003", sent.getJsonObject("payload").getString("toAgentNo"));
    assertEquals("PENDING", floor.commandOutcome(transfer.commandId()));

    result(transfer.commandId(), callId, "DONE", null);
    await(() -> "DONE".equals(floor.commandOutcome(transfer.commandId())), "result saved");
    await(() -> resultsFor("1002", transfer.commandId()).size() == 1, "result pushed");

    send(
        callId,
        "call.transferred",
        Json.createObjectBuilder().add("fromAgentNo", "1002").add("toAgentNo", "1003"));
    await(() -> "1003".equals(floor.call(callId).getAgentNo()), "call moved");
    assertEquals(AgentState.TALKING, seat("1003").state());
    assertEquals(AgentState.WRAP_UP, seat("1002").state());
    await(() -> !popsFor("1003", callId).isEmpty(), "card pops for the second agent");
    assertTrue(floor.timeline(callId).contains("TRANSFERRED"));
    assertTrue(probes.auditEntries("CALL_COMMAND", callId) >= 1);
  }

  @Test
  void aTransferToSomeoneNotReadyIsRefusedAndNothingIsSent() {
    String callId = connectedCallOf1002();
    int before = browse(CallDeskQueue.CALL_CONTROL, callId).size();

    BusinessException refused =
        businessFailure(() -> asAgent1002.transfer("1001")); // 1001 is OFFLINE
    assertEquals("calls.agentNotReady", refused.messageKey());
    assertEquals(
        "calls.notYourself", businessFailure(() -> asAgent1002.transfer("1002")).messageKey());
    assertEquals(before, browse(CallDeskQueue.CALL_CONTROL, callId).size());
  }

  @Test
  void blockBlacklistsTheNumberWithWhoAndWhyAndTheNextCallIsRefused() {
    String caller = newNumber();
    String callId = connectedCallOf1002(caller);

    assertEquals(
        "calls.block.reasonRequired", businessFailure(() -> asAgent1002.block("  ")).messageKey());
    assertNull(floor.blacklistedBy(caller), "a refused block changes nothing");

    asAgent1002.block("abusive caller");

    assertEquals("1002:abusive caller", floor.blacklistedBy(caller));
    command(callId, "call.block");
    send(callId, "call.ended", Json.createObjectBuilder().add("endedBy", "SYSTEM"));
    await(() -> floor.status(callId) == CallStatus.ENDED, "closed");
    assertEquals(Disposition.BLOCKED, floor.call(callId).getDisposition());

    floor.ready("1001", Instant.now());
    String next = offer(caller, false);
    await(() -> floor.status(next) == CallStatus.ENDED, "next call refused");
    assertEquals(Disposition.REJECTED, floor.call(next).getDisposition());
  }

  @Test
  void muteAndThreeWayAreCommandsWhoseResultsReachTheAgent() {
    String callId = connectedCallOf1002();
    floor.ready("1001", Instant.now());

    CommandView mute = asAgent1002.mute();
    assertEquals(5, command(callId, "call.mute").getJsonObject("payload").getInt("seconds"));
    result(mute.commandId(), callId, "DONE", null);
    await(() -> resultsFor("1002", mute.commandId()).size() == 1, "mute result");
    assertEquals(5, resultsFor("1002", mute.commandId()).get(0).getInt("seconds"));

    CommandView threeWay = asAgent1002.threeWay("1001");
    result(threeWay.commandId(), callId, "FAILED", "line busy");
    await(() -> resultsFor("1002", threeWay.commandId()).size() == 1, "three-way result");
    JsonObject failed = resultsFor("1002", threeWay.commandId()).get(0);
    assertEquals("FAILED", failed.getString("outcome"));
    assertEquals("line busy", failed.getString("reason"));

    // The same result again (a redelivery from the switch) changes nothing.
    result(threeWay.commandId(), callId, "DONE", null);
    String marker = offer(newNumber(), false);
    await(() -> floor.status(marker) != null, "later call seen");
    assertEquals("FAILED", floor.commandOutcome(threeWay.commandId()));
  }

  @Test
  void callControlsNeedACallAndMyCallsShowsOnlyMine() {
    assertEquals("calls.noCall", businessFailure(() -> asAgent1002.mute()).messageKey());

    String caller = newNumber();
    String callId = connectedCallOf1002(caller);
    send(callId, "call.ended", Json.createObjectBuilder().add("endedBy", "AGENT"));
    await(() -> floor.status(callId) == CallStatus.ENDED, "closed");

    var mine = asAgent1002.myCalls(caller.substring(3));
    assertEquals(1, mine.size());
    assertEquals(callId, mine.get(0).callId());
    assertEquals(Disposition.COMPLETED, mine.get(0).disposition());
    assertTrue(asAgent1002.myCalls("99999999999").isEmpty());
    assertEquals(
        "calls.history.badNumber", businessFailure(() -> asAgent1002.myCalls("x1")).messageKey());
  }

  // --- the contract, enforced before any effect ----------------------------------------------

  @Test
  void anOfferWithoutItsChannelIsRefusedAtOnceAndRegistersNobody() {
    floor.ready("1001", Instant.now());
    String caller = newNumber();
    String callId = "it-" + UUID.randomUUID();
    JsonObject payload = offeredEnvelope(callId, caller, false).payload();
    Envelope noChannel =
        Envelope.create(
            "call.offered",
            1,
            callId,
            Instant.now(),
            Json.createObjectBuilder(payload).remove("channel").build());

    String[] refused = refusedCopy(noChannel.toJson(), noChannel.id(), callId);

    assertTrue(refused[1].contains("channel"), "the reason names the field: " + refused[1]);
    assertEquals(CallDeskQueue.CALL_EVENTS.address(), refused[2]);
    assertNull(floor.customerNoOf(caller), "nobody was registered for a refused offer");
    assertNull(floor.call(callId), "no call was logged");
    assertEquals(0, probes.processed(noChannel.id()));
    assertEquals(1, probes.auditEntriesMentioning("MESSAGE_REFUSED", noChannel.id()), "one audit");
    assertEquals(AgentState.READY, seat("1001").state(), "the agent was never rung");
  }

  @Test
  void aCallerNumberThatIsNotANumberNeverBecomesACustomersPhone() {
    String callId = "it-" + UUID.randomUUID();
    Envelope anonymous = offeredEnvelope(callId, "anonymous", false);

    String[] refused = refusedCopy(anonymous.toJson(), anonymous.id(), callId);

    assertTrue(refused[1].contains("callerNumber"), refused[1]);
    assertEquals(0, floor.customersWithNumber("anonymous"));
    assertNull(floor.call(callId));
  }

  @Test
  void anUnknownVersionOrAnOversizedBodyIsRefusedWithItsReason() {
    String callId = "it-" + UUID.randomUUID();
    Envelope v9 =
        new Envelope(
            "call.offered",
            9,
            UUID.randomUUID().toString(),
            callId,
            Instant.now(),
            offeredEnvelope(callId, newNumber(), false).payload());
    assertTrue(
        refusedCopy(v9.toJson(), v9.id(), callId)[1].contains("call.offered version 9"),
        "unknown version");

    String bigId = "it-" + UUID.randomUUID();
    Envelope big =
        Envelope.create(
            "call.ended",
            1,
            bigId,
            Instant.now(),
            Json.createObjectBuilder()
                .add("callId", bigId)
                .add("endedBy", "CALLER")
                .add("reason", "x".repeat(70_000))
                .build());
    assertTrue(refusedCopy(big.toJson(), big.id(), bigId)[1].contains("over the limit"));
  }

  /**
   * Sends a body and waits for its copy in the dead-letter queue, refused by CallDesk (the broker's
   * own move after the redelivery attempts carries no reason). Exactly one copy: it was not
   * retried.
   */
  private String[] refusedCopy(String body, String id, String group) {
    return refusedCopy(CallDeskQueue.CALL_EVENTS, body, id, group);
  }

  private String[] refusedCopy(CallDeskQueue queue, String body, String id, String group) {
    probes.send(queue.address(), body, id, group);
    String dlq = queue.deadLetterAddress();
    await(
        () -> probes.browseWithRefusal(dlq).stream().anyMatch(m -> m[0].contains(id)),
        "refused copy in " + dlq);
    List<String[]> copies =
        probes.browseWithRefusal(dlq).stream().filter(m -> m[0].contains(id)).toList();
    assertEquals(1, copies.size(), "one copy, no retries");
    assertNotNull(copies.get(0)[1], "refused by CallDesk with a reason, not moved by the broker");
    return copies.get(0);
  }

  // --- a complaint waiting on the customer ------------------------------------------------------

  @Test
  void aComplaintWaitingOnTheCustomerResumesWhenTheirNextCallIsAnswered() throws Exception {
    String caller = newNumber();
    Long customer = fixture.customer(caller);
    ComplaintView received =
        asAgent1002.call(
            () ->
                complaints.receive(
                    new NewComplaint(
                        customer,
                        null,
                        ComplaintChannel.PHONE,
                        "BILLING",
                        ComplaintTarget.SERVICE,
                        "invoice",
                        "Charged twice",
                        null)));
    ComplaintView held =
        asAgent1002.call(
            () ->
                complaints.move(
                    ComplaintMove.of(
                        received.id(),
                        received.version(),
                        ComplaintAction.HOLD,
                        "Send us the bank statement")));
    assertEquals(ComplaintState.WAITING_ON_CUSTOMER, held.state());

    String callId = connectedCallOf1002(caller);
    await(
        () -> complaintState(received.id()) == ComplaintState.RECEIVED,
        "resumed by the customer's call");
    ComplaintView resumed = asAgent1002.call(() -> complaints.view(received.id()));
    ComplaintView.StepView last = resumed.steps().get(resumed.steps().size() - 1);
    assertEquals("RESUME", last.action());
    assertTrue(last.detail().contains(callId), last.detail());
    assertEquals(
        received.dueAt().plusSeconds(resumed.pausedSeconds()),
        resumed.dueAt(),
        "the due time moved on by the time it waited");
  }

  private ComplaintState complaintState(Long id) {
    try {
      return asAgent1002.call(() -> complaints.view(id)).state();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // --- roadside rescue dispatch --------------------------------------------------------------

  @Test
  void aRescueCaseTakesTheCallersCustomerAndCallTimeAndRefusesBadPlatesAndPhones()
      throws Exception {
    String callId = connectedCallOf1002();
    PhoneCall call = floor.call(callId);
    long before = fixture.rows("cd_rescue_case");
    InvalidInput refused =
        refusal(
            InvalidInput.class,
            () ->
                asAgent1002.call(
                    () ->
                        rescue.open(
                            new NewRescueCase(
                                call.getCustomerId(),
                                callId,
                                " ",
                                "京I12345",
                                "Wang",
                                "12345",
                                "G4 km 12",
                                null,
                                ""))));
    assertEquals(
        Set.of("vehicleModel", "plateNo", "contactPhone", "faultSymptom"),
        refused.problems().stream().map(InvalidInput.Problem::field).collect(Collectors.toSet()));
    assertEquals("rescue.badPlate", problem(refused, "plateNo"));
    assertEquals("rescue.badPhone", problem(refused, "contactPhone"));
    assertEquals(before, fixture.rows("cd_rescue_case"), "nothing saved");

    RescueCaseView opened =
        asAgent1002.call(() -> rescue.open(rescueCase(call.getCustomerId(), callId, "京a·d12345")));
    assertEquals(call.getCustomerId(), opened.customerId());
    assertEquals(call.getOfferedAt(), opened.calledAt(), "the time of the call, not of saving");
    assertEquals("京AD12345", opened.plateNo(), "a new-energy plate, normalised");
    assertEquals(RescueState.OPEN, opened.state());
    assertEquals(
        List.of("OPENED"), opened.steps().stream().map(RescueCaseView.StepView::action).toList());
  }

  @Test
  void notifySendsAContractTaskAndTheUnitsAnswersArriveOnceAndLiveToTheNotifyingAgent()
      throws Exception {
    Long customer = fixture.customer(newNumber());
    RescueCaseView c = asAgent1002.call(() -> rescue.open(rescueCase(customer, null, "沪B12345")));
    List<RescueUnitView> units = asAgent1002.call(() -> rescue.unitsFor("上海"));
    assertEquals("上海", units.get(0).serviceArea(), "units of the case's area first");

    RescueCaseView notified =
        asAgent1002.call(() -> rescue.notifyUnit(c.id(), c.version(), units.get(0).id()));
    assertEquals(RescueState.NOTIFIED, notified.state());
    String taskId = notified.dispatches().get(0).taskId();
    String task = awaitTask(taskId);
    Envelope sent = MessageContract.published().read(task);
    assertEquals("dispatch.task", sent.type());
    assertEquals(taskId, sent.correlationId());
    assertEquals(c.caseNo(), sent.payload().getString("reference"));
    assertEquals(units.get(0).phone(), sent.payload().getJsonObject("unit").getString("phone"));
    BusinessException busy =
        refusal(
            BusinessException.class,
            () ->
                asAgent1002.call(
                    () -> rescue.notifyUnit(c.id(), notified.version(), units.get(1).id())));
    assertEquals("rescue.notNow", busy.messageKey(), "one unit at a time");

    Envelope ack = dispatchResult(taskId, "ACKNOWLEDGED", 25, null);
    probes.send(CallDeskQueue.DISPATCH_RESULTS.address(), ack.toJson(), ack.id(), taskId);
    await(() -> state(c.id()) == RescueState.ACKNOWLEDGED, "acknowledged");
    // The same message again (a redelivery the broker did not catch), and the same answer again.
    probes.send(
        CallDeskQueue.DISPATCH_RESULTS.address(), ack.toJson(), "again-" + ack.id(), taskId);
    Envelope sameAnswer = dispatchResult(taskId, "ACKNOWLEDGED", 25, null);
    probes.send(
        CallDeskQueue.DISPATCH_RESULTS.address(), sameAnswer.toJson(), sameAnswer.id(), taskId);
    await(() -> probes.processed(sameAnswer.id()) == 1, "second answer handled");

    RescueCaseView acknowledged = asAgent1002.call(() -> rescue.view(c.id()));
    assertEquals(
        1, acknowledged.steps().stream().filter(s -> s.action().equals("ACKNOWLEDGED")).count());
    RescueCaseView.DispatchView d = acknowledged.dispatches().get(0);
    assertEquals(DispatchOutcome.ACKNOWLEDGED, d.outcome());
    assertEquals(25, d.etaMinutes());
    assertEquals(
        Duration.between(d.notifiedAt(), d.answeredAt()).toSeconds(),
        d.ackSeconds(),
        "dispatch-to-acknowledge time kept for the reports");
    List<JsonObject> pushed =
        desks.to("1002", "rescue").stream()
            .filter(n -> n.getString("caseNo").equals(c.caseNo()))
            .toList();
    assertEquals(1, pushed.size(), "pushed once to the agent who notified");
    assertEquals("ACKNOWLEDGED", pushed.get(0).getString("outcome"));
    assertEquals(25, pushed.get(0).getInt("etaMinutes"));

    Envelope arrived = dispatchResult(taskId, "ARRIVED", null, null);
    probes.send(CallDeskQueue.DISPATCH_RESULTS.address(), arrived.toJson(), arrived.id(), taskId);
    Envelope completed = dispatchResult(taskId, "COMPLETED", null, "towed to the 4S shop");
    probes.send(
        CallDeskQueue.DISPATCH_RESULTS.address(), completed.toJson(), completed.id(), taskId);
    await(() -> state(c.id()) == RescueState.COMPLETED, "completed");
    RescueCaseView closed = asAgent1002.call(() -> rescue.view(c.id()));
    assertNotNull(closed.closedAt());
    assertEquals(
        List.of("OPENED", "NOTIFIED", "ACKNOWLEDGED", "ARRIVED", "COMPLETED"),
        closed.steps().stream().map(RescueCaseView.StepView::action).toList());
    assertTrue(
        asAgent1002.call(() -> customers.history(customer)).stream()
            .anyMatch(h -> h.kind().equals("RESCUE_STEP") && h.summary().contains("COMPLETED")),
        "on the customer's timeline");
  }

  // --- callback auto-dial ----------------------------------------------------------------------

  @Test
  void autoDialSendsAContractTaskAndItsResultArrivesOnceLiveAndContradictionsAreDeadLettered()
      throws Exception {
    fixture.clearCallbacks();
    String number = newNumber();
    Long customer = fixture.customer(number);
    asSupervisor2001.call(
        () -> callbacks.setTodaysQuotas(java.util.Map.of("1001", 0, "1002", 1, "1003", 0)));
    var task =
        asAgent1002.call(() -> callbacks.raise(customer, "promised", java.time.LocalDate.now()));
    assertEquals("1002", task.assignedToNo());

    var dialling = asAgent1002.call(() -> callbacks.autoDial(task.id(), task.version()));
    assertTrue(dialling.dialling());
    String marker = "\"callbackId\":" + task.id();
    await(
        () ->
            probes.browse(CallDeskQueue.CALLBACK_TASKS.address()).stream()
                .anyMatch(b -> b.contains(marker)),
        "callback task sent");
    String sent =
        probes.browse(CallDeskQueue.CALLBACK_TASKS.address()).stream()
            .filter(b -> b.contains(marker))
            .findFirst()
            .orElseThrow();
    Envelope dial = MessageContract.published().read(sent);
    assertEquals("callback.task", dial.type());
    String dialId = dial.payload().getString("taskId");
    assertEquals(dialId, dial.correlationId());
    assertEquals(number, dial.payload().getString("phone"));
    assertEquals("1002", dial.payload().getString("agentNo"));
    BusinessException twice =
        refusal(
            BusinessException.class,
            () -> asAgent1002.call(() -> callbacks.autoDial(task.id(), dialling.version())));
    assertEquals("callback.dialling", twice.messageKey(), "one dial at a time");

    Envelope answered = callbackResult(dialId, "ANSWERED");
    probes.send(CallDeskQueue.CALLBACK_RESULTS.address(), answered.toJson(), answered.id(), dialId);
    Envelope again = callbackResult(dialId, "ANSWERED");
    probes.send(CallDeskQueue.CALLBACK_RESULTS.address(), again.toJson(), again.id(), dialId);
    await(() -> probes.processed(again.id()) == 1, "the same result handled");
    var after = asAgent1002.call(() -> callbacks.task(task.id()));
    assertEquals("ANSWERED", after.dialOutcome());
    assertEquals(dialling.version(), after.version(), "the agent's open screen stays current");
    List<JsonObject> pushed =
        desks.to("1002", "callback-dial").stream()
            .filter(n -> n.getJsonNumber("taskId").longValue() == task.id())
            .toList();
    assertEquals(1, pushed.size(), "pushed once to the agent");
    assertEquals("ANSWERED", pushed.get(0).getString("outcome"));

    Envelope contradicting = callbackResult(dialId, "BUSY");
    String[] copy =
        refusedCopy(
            CallDeskQueue.CALLBACK_RESULTS, contradicting.toJson(), contradicting.id(), dialId);
    assertTrue(copy[1].contains("ANSWERED"), copy[1]);
    String unknown = java.util.UUID.randomUUID().toString();
    Envelope stray = callbackResult(unknown, "NO_ANSWER");
    String[] strayCopy =
        refusedCopy(CallDeskQueue.CALLBACK_RESULTS, stray.toJson(), stray.id(), unknown);
    assertTrue(strayCopy[1].contains("no callback dial"), strayCopy[1]);

    var done =
        asAgent1002.call(
            () ->
                callbacks.record(
                    task.id(),
                    after.version(),
                    com.calldesk.callbacks.CallbackOutcome.REACHED,
                    "fine",
                    null));
    assertEquals(com.calldesk.callbacks.CallbackTask.State.DONE, done.state());
  }

  @Test
  void anAutoDialNobodyAnswersIsRecordedByItselfAndDialledAgainUntilTheAttemptsRunOut()
      throws Exception {
    fixture.clearCallbacks();
    Long customer = fixture.customer(newNumber());
    asSupervisor2001.call(
        () -> callbacks.setTodaysQuotas(java.util.Map.of("1001", 0, "1002", 1, "1003", 0)));
    var task =
        asAgent1002.call(
            () -> callbacks.raise(customer, "no answer yet", java.time.LocalDate.now()));
    asAgent1002.signIn(); // READY: a re-dial is put through to a free agent only
    asAgent1002.call(() -> callbacks.autoDial(task.id(), task.version()));
    assertEquals(0, callbackDay.redialDue(Instant.now()), "nothing to re-dial while dialling");

    // Three tries (calldesk.callbacks.max-attempts): no answer, busy, no answer.
    String[] results = {"NO_ANSWER", "BUSY", "NO_ANSWER"};
    java.util.Set<String> dials = new java.util.HashSet<>();
    for (int i = 0; i < results.length; i++) {
      String dialId = lastDialOf(task.id(), dials);
      Envelope result = callbackResult(dialId, results[i]);
      probes.send(CallDeskQueue.CALLBACK_RESULTS.address(), result.toJson(), result.id(), dialId);
      Envelope duplicate = callbackResult(dialId, results[i]);
      probes.send(
          CallDeskQueue.CALLBACK_RESULTS.address(), duplicate.toJson(), duplicate.id(), dialId);
      await(() -> probes.processed(duplicate.id()) == 1, "the result and its duplicate handled");
      var after = asAgent1002.call(() -> callbacks.task(task.id()));
      assertEquals(i + 1, after.attempts(), "the try recorded once, by the system");
      assertEquals(i + 1, after.history().size());
      assertTrue(
          after.history().stream()
              .anyMatch(a -> a.attemptNo() == after.attempts() && "system".equals(a.doneBy())));
      if (i < results.length - 1) {
        assertEquals(com.calldesk.callbacks.CallbackTask.State.ASSIGNED, after.state());
        assertNotNull(after.nextTryAt(), "tried again later");
        assertEquals(0, callbackDay.redialDue(Instant.now()), "not before the retry time");
        fixture.retryNow(task.id());
        assertEquals(1, callbackDay.redialDue(Instant.now()), "dialled again at the retry time");
        assertTrue(
            desks.to("1002", "callback-dial").stream()
                .anyMatch(
                    n ->
                        n.getJsonNumber("taskId").longValue() == task.id()
                            && "REDIAL".equals(n.getString("outcome"))));
      } else {
        assertEquals(com.calldesk.callbacks.CallbackTask.State.DONE, after.state());
        assertEquals("NO_ANSWER", after.outcome().name(), "given up after the last try");
      }
    }
    fixture.retryNow(task.id());
    assertEquals(0, callbackDay.redialDue(Instant.now()), "a task given up is not dialled");
    asAgent1002.signOut();
  }

  @Test
  void aDialTheTelephoneSideNeverAnsweredMayBeDialledAgainAfterFiveMinutes() throws Exception {
    fixture.clearCallbacks();
    Long customer = fixture.customer(newNumber());
    asSupervisor2001.call(
        () -> callbacks.setTodaysQuotas(java.util.Map.of("1001", 0, "1002", 1, "1003", 0)));
    var task =
        asAgent1002.call(() -> callbacks.raise(customer, "lost dial", java.time.LocalDate.now()));
    var dialling = asAgent1002.call(() -> callbacks.autoDial(task.id(), task.version()));
    assertEquals(
        "callback.dialling",
        refusal(
                BusinessException.class,
                () -> asAgent1002.call(() -> callbacks.autoDial(task.id(), dialling.version())))
            .messageKey());

    fixture.dialSentAgo(task.id(), 6 * 60); // no result came back
    var lost = asAgent1002.call(() -> callbacks.task(task.id()));
    assertFalse(lost.dialling(), "given up on after five minutes");
    assertTrue(asAgent1002.call(() -> callbacks.autoDial(task.id(), lost.version())).dialling());
  }

  /** The newest callback.task sent for the task: the one not among {@code seen} (added to it). */
  private String lastDialOf(Long taskId, java.util.Set<String> seen) {
    String marker = "\"callbackId\":" + taskId;
    java.util.concurrent.atomic.AtomicReference<String> found =
        new java.util.concurrent.atomic.AtomicReference<>();
    await(
        () -> {
          for (String body : probes.browse(CallDeskQueue.CALLBACK_TASKS.address())) {
            if (body.contains(marker)) {
              String id = MessageContract.published().read(body).payload().getString("taskId");
              if (!seen.contains(id)) {
                found.set(id);
                return true;
              }
            }
          }
          return false;
        },
        "a new dial of task " + taskId);
    seen.add(found.get());
    return found.get();
  }

  private static Envelope callbackResult(String dialId, String outcome) {
    return Envelope.create(
        "callback.result",
        1,
        dialId,
        Instant.now(),
        Json.createObjectBuilder().add("taskId", dialId).add("outcome", outcome).build());
  }

  @Test
  void aRefusalPromptsTheNextUnitAndAnAnswerContradictingItIsDeadLettered() throws Exception {
    Long customer = fixture.customer(newNumber());
    RescueCaseView c = asAgent1002.call(() -> rescue.open(rescueCase(customer, null, "粤A12345")));
    List<RescueUnitView> units = asAgent1002.call(() -> rescue.unitsFor("广州"));
    RescueCaseView notified =
        asAgent1002.call(() -> rescue.notifyUnit(c.id(), c.version(), units.get(0).id()));
    String taskId = notified.dispatches().get(0).taskId();
    Envelope refusedByUnit = dispatchResult(taskId, "REFUSED", null, "no truck free");
    probes.send(
        CallDeskQueue.DISPATCH_RESULTS.address(),
        refusedByUnit.toJson(),
        refusedByUnit.id(),
        taskId);
    await(() -> state(c.id()) == RescueState.OPEN, "open again after the refusal");
    RescueCaseView open = asAgent1002.call(() -> rescue.view(c.id()));
    assertTrue(open.mayNotify(), "the agent is prompted to notify the next unit");
    assertEquals("no truck free", open.dispatches().get(0).reason());

    Envelope contradicting = dispatchResult(taskId, "ARRIVED", null, null);
    String[] copy =
        refusedCopy(
            CallDeskQueue.DISPATCH_RESULTS, contradicting.toJson(), contradicting.id(), taskId);
    assertTrue(copy[1].contains("REFUSED"), copy[1]);

    RescueCaseView next =
        asAgent1002.call(() -> rescue.notifyUnit(c.id(), open.version(), units.get(1).id()));
    assertEquals(2, next.dispatches().size());
    assertEquals(RescueState.NOTIFIED, next.state());
  }

  @Test
  void aNotifyRolledBackSendsNothingAndLeavesNoTrace() throws Exception {
    Long customer = fixture.customer(newNumber());
    RescueCaseView c = asAgent1002.call(() -> rescue.open(rescueCase(customer, null, "京B12345")));
    Long unit = asAgent1002.call(() -> rescue.unitsFor("北京")).get(0).id();
    BusinessException after =
        refusal(
            BusinessException.class,
            () ->
                asAgent1002.call(
                    () -> {
                      rescue.notifyUnit(c.id(), c.version(), unit);
                      throw new BusinessException("test.afterNotify", null, "fails after notify");
                    }));
    assertEquals("test.afterNotify", after.messageKey());
    // A committed notify of another case, sent after: once it is on the queue, the rolled-back one
    // would be too.
    RescueCaseView witness =
        asAgent1002.call(() -> rescue.open(rescueCase(customer, null, "京C12345")));
    RescueCaseView sent =
        asAgent1002.call(() -> rescue.notifyUnit(witness.id(), witness.version(), unit));
    awaitTask(sent.dispatches().get(0).taskId());
    assertTrue(
        probes.browse(CallDeskQueue.DISPATCH_TASKS.address()).stream()
            .noneMatch(b -> b.contains(c.caseNo())),
        "no task for the rolled-back notify");
    assertEquals(0, fixture.rowsOf("cd_rescue_dispatch", "case_id", c.id()));
    RescueCaseView unchanged = asAgent1002.call(() -> rescue.view(c.id()));
    assertEquals(RescueState.OPEN, unchanged.state());
    assertEquals(c.version(), unchanged.version());
    assertEquals(1, unchanged.steps().size(), "the process record has only OPENED");
  }

  @Test
  void aResultForAnUnknownTaskOrAMalformedOneGoesToTheDeadLetterQueueWithItsReason() {
    String unknown = "nt-" + UUID.randomUUID();
    Envelope stray = dispatchResult(unknown, "ACKNOWLEDGED", 10, null);
    String[] copy =
        refusedCopy(CallDeskQueue.DISPATCH_RESULTS, stray.toJson(), stray.id(), unknown);
    assertTrue(copy[1].contains("no dispatch task " + unknown), copy[1]);

    String task = "mf-" + UUID.randomUUID();
    Envelope noEta =
        Envelope.create(
            "dispatch.result",
            1,
            task,
            Instant.now(),
            Json.createObjectBuilder().add("taskId", task).add("outcome", "ACKNOWLEDGED").build());
    String[] malformed =
        refusedCopy(CallDeskQueue.DISPATCH_RESULTS, noEta.toJson(), noEta.id(), task);
    assertTrue(malformed[1].contains("etaMinutes"), malformed[1]);
  }

  @Test
  void anotherAgentsRescueCaseIsNotFoundForReadingNotifyingOrNoting() throws Exception {
    Long customer = fixture.customer(newNumber());
    Long theirs = fixture.rescueCaseBy("1001", customer);
    BusinessException read =
        refusal(BusinessException.class, () -> asAgent1002.call(() -> rescue.view(theirs)));
    BusinessException missing =
        refusal(BusinessException.class, () -> asAgent1002.call(() -> rescue.view(Long.MAX_VALUE)));
    assertEquals("rescue.notFound", read.messageKey());
    assertEquals(missing.messageKey(), read.messageKey());
    BusinessException notify =
        refusal(
            BusinessException.class,
            () -> asAgent1002.call(() -> rescue.notifyUnit(theirs, 0, 1L)));
    assertEquals("rescue.notFound", notify.messageKey());
    BusinessException note =
        refusal(BusinessException.class, () -> asAgent1002.call(() -> rescue.note(theirs, "hi")));
    assertEquals("rescue.notFound", note.messageKey());
    assertEquals(0, fixture.rowsOf("cd_rescue_dispatch", "case_id", theirs));
    assertEquals(0, fixture.rowsOf("cd_rescue_step", "case_id", theirs));
  }

  private static NewRescueCase rescueCase(Long customerId, String callId, String plate) {
    return new NewRescueCase(
        customerId,
        callId,
        "Volkswagen Passat",
        plate,
        "Wang",
        "138 0013 8000",
        "G4 northbound km 12",
        null,
        "Engine will not start");
  }

  private static Envelope dispatchResult(
      String taskId, String outcome, Integer eta, String reason) {
    var payload = Json.createObjectBuilder().add("taskId", taskId).add("outcome", outcome);
    if (eta != null) {
      payload.add("etaMinutes", eta);
    }
    if (reason != null) {
      payload.add("reason", reason);
    }
    return Envelope.create("dispatch.result", 1, taskId, Instant.now(), payload.build());
  }

  private String awaitTask(String taskId) {
    await(
        () ->
            probes.browse(CallDeskQueue.DISPATCH_TASKS.address()).stream()
                .anyMatch(b -> b.contains(taskId)),
        "dispatch task " + taskId);
    return probes.browse(CallDeskQueue.DISPATCH_TASKS.address()).stream()
        .filter(b -> b.contains(taskId))
        .findFirst()
        .orElseThrow();
  }

  private RescueState state(Long caseId) {
    try {
      return asAgent1002.call(() -> rescue.view(caseId)).state();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String problem(InvalidInput refused, String field) {
    return refused.problems().stream()
        .filter(p -> p.field().equals(field))
        .findFirst()
        .orElseThrow()
        .messageKey();
  }

  private static <E extends BusinessException> E refusal(
      Class<E> type, java.util.concurrent.Callable<?> action) {
    return Refusals.refusal(type, () -> action.call());
  }

  // --- helpers -------------------------------------------------------------------------------

  private String connectedCallOf1002() {
    return connectedCallOf1002(newNumber());
  }

  /** A call put through to and answered by agent 1002, the principal of {@link RunAs.AsAgent}. */
  private String connectedCallOf1002(String caller) {
    floor.ready("1002", Instant.now().minusSeconds(600));
    String callId = offer(caller, false);
    await(() -> floor.status(callId) == CallStatus.RINGING, "routed");
    assertEquals("1002", floor.call(callId).getAgentNo());
    send(callId, "call.answered", Json.createObjectBuilder().add("agentNo", "1002"));
    await(() -> floor.status(callId) == CallStatus.TALKING, "answered");
    return callId;
  }

  private static String newNumber() {
    return "186" + String.format("%08d", NUMBERS.incrementAndGet() % 100_000_000);
  }

  private String offer(String caller, boolean expert) {
    String callId = "it-" + UUID.randomUUID();
    Envelope e = offeredEnvelope(callId, caller, expert);
    probes.send(CallDeskQueue.CALL_EVENTS.address(), e.toJson(), e.id(), callId);
    return callId;
  }

  private static Envelope offeredEnvelope(String callId, String caller, boolean expert) {
    return Envelope.create(
        "call.offered",
        1,
        callId,
        Instant.now(),
        Json.createObjectBuilder()
            .add("callId", callId)
            .add("callerNumber", caller)
            .add("calledNumber", "4008001234")
            .add("channel", "hotline-main")
            .add("expertRequested", expert)
            .build());
  }

  private void send(String callId, String type, JsonObjectBuilder payload) {
    Envelope e =
        Envelope.create(type, 1, callId, Instant.now(), payload.add("callId", callId).build());
    probes.send(CallDeskQueue.CALL_EVENTS.address(), e.toJson(), e.id(), callId);
  }

  private void end(String callId, String by) {
    send(callId, "call.ended", Json.createObjectBuilder().add("endedBy", by));
  }

  private void result(String commandId, String callId, String outcome, String reason) {
    JsonObjectBuilder p =
        Json.createObjectBuilder()
            .add("commandId", commandId)
            .add("callId", callId)
            .add("outcome", outcome);
    if (reason != null) {
      p.add("reason", reason);
    }
    Envelope e = Envelope.create("call.control-result", 1, callId, Instant.now(), p.build());
    probes.send(CallDeskQueue.CALL_CONTROL_RESULTS.address(), e.toJson(), e.id(), callId);
  }

  private List<JsonObject> browse(CallDeskQueue queue, String callId) {
    return probes.browse(queue.address()).stream()
        .map(b -> Json.createReader(new StringReader(b)).readObject())
        .filter(o -> callId.equals(o.getString("correlationId")))
        .toList();
  }

  /** The one command of this type CallDesk sent for the call. */
  private JsonObject command(String callId, String type) {
    await(
        () ->
            browse(CallDeskQueue.CALL_CONTROL, callId).stream()
                .anyMatch(o -> type.equals(o.getString("type"))),
        type + " sent");
    List<JsonObject> found =
        browse(CallDeskQueue.CALL_CONTROL, callId).stream()
            .filter(o -> type.equals(o.getString("type")))
            .toList();
    assertEquals(1, found.size(), "exactly one " + type);
    return found.get(0);
  }

  private List<JsonObject> popsFor(String agentNo, String callId) {
    return desks.to(agentNo, "pop").stream()
        .filter(o -> callId.equals(o.getString("callId")))
        .toList();
  }

  private List<JsonObject> resultsFor(String agentNo, String commandId) {
    return desks.to(agentNo, "result").stream()
        .filter(o -> commandId.equals(o.getString("commandId")))
        .toList();
  }

  // --- breaks (离席) ----------------------------------------------------------------------------

  @Test
  void breaksAreGrantedFirstAskedFirstWhileSeventyOrEightyPercentOfTheTeamStayOnline() {
    Long team = floor.team("BRK", 10);
    for (int i = 1; i <= 10; i++) {
      floor.seat(FloorFixture.member("BRK", i), "READY");
    }
    Instant t = Instant.now().minusSeconds(600);
    Long meal1 = floor.asked(FloorFixture.member("BRK", 1), "MEAL", t);
    Long meal2 = floor.asked(FloorFixture.member("BRK", 2), "MEAL", t.plusSeconds(1));
    Long restroom3 = floor.asked(FloorFixture.member("BRK", 3), "RESTROOM", t.plusSeconds(2));
    Long meal4 = floor.asked(FloorFixture.member("BRK", 4), "MEAL", t.plusSeconds(3));
    Long meal5 = floor.asked(FloorFixture.member("BRK", 5), "MEAL", t.plusSeconds(4));

    // 10 on shift: a meal leaves 9 then 8 online (>= 70 %); a restroom break would leave 7 (< 80 %)
    // and nobody overtakes it, though a meal would still be allowed.
    assertEquals(2, breakQueue.grantWaiting(team));
    assertEquals("GRANTED", floor.breakState(meal1));
    assertEquals("GRANTED", floor.breakState(meal2));
    assertEquals("WAITING", floor.breakState(restroom3));
    assertEquals("WAITING", floor.breakState(meal4));
    assertEquals("BREAK", floor.seatState(FloorFixture.member("BRK", 1)));
    assertEquals("READY", floor.seatState(FloorFixture.member("BRK", 4)));
    assertEquals(0, breakQueue.grantWaiting(team), "deciding again changes nothing");

    // One comes back: 8 of 10 stay online with the restroom break (exactly 80 %), then 7 with the
    // next meal (exactly 70 %); the fifth would leave 6.
    floor.seat(FloorFixture.member("BRK", 1), "READY");
    assertEquals(2, breakQueue.grantWaiting(team));
    assertEquals("GRANTED", floor.breakState(restroom3));
    assertEquals("GRANTED", floor.breakState(meal4));
    assertEquals("WAITING", floor.breakState(meal5));
    assertTrue(probes.auditEntriesMentioning("BREAK_GRANTED", "7 of 10 stay online") >= 1);

    // The first in line on a call keeps their place: nobody behind them goes first.
    floor.seat(FloorFixture.member("BRK", 2), "READY");
    floor.seat(FloorFixture.member("BRK", 4), "READY");
    floor.seat(FloorFixture.member("BRK", 5), "TALKING");
    Long meal6 = floor.asked(FloorFixture.member("BRK", 6), "MEAL", t.plusSeconds(5));
    assertEquals(0, breakQueue.grantWaiting(team));
    assertEquals("WAITING", floor.breakState(meal6));
    floor.seat(FloorFixture.member("BRK", 5), "WRAP_UP");
    assertEquals(2, breakQueue.grantWaiting(team), "after the call, the first and the next go");
    assertEquals("BREAK", floor.seatState(FloorFixture.member("BRK", 5)));

    // A request of an agent who signed out meanwhile is dropped from the queue.
    Long gone = floor.asked(FloorFixture.member("BRK", 7), "OTHER", t.plusSeconds(6));
    floor.seat(FloorFixture.member("BRK", 7), "OFFLINE");
    breakQueue.grantWaiting(team);
    assertEquals("CANCELLED", floor.breakState(gone));
  }

  @Test
  void anAgentsBreakWaitsIsGrantedByTheSupervisorAndEndsWhenTheyComeBack() throws Exception {
    Instant now = Instant.now();
    floor.ready("1001", now);
    floor.ready("1003", now);
    asAgent1002.signIn();

    // 3 on shift: a meal break would leave 2 online, under 70 %: it waits, first in line.
    BreakView asked = asAgent1002.call(() -> breaks.ask(BreakKind.MEAL));
    assertEquals(BreakRequest.State.WAITING, asked.state());
    assertEquals(1, asked.place());
    assertEquals("READY", floor.seatState("1002"));
    assertEquals("WAITING", last(desks.to("1002", "break")).getString("state"));
    assertEquals(
        "break.alreadyAsked",
        businessFailure(() -> call(() -> asAgent1002.call(() -> breaks.ask(BreakKind.RESTROOM))))
            .messageKey());
    assertEquals(
        "break.kindRequired",
        businessFailure(() -> call(() -> asAgent1002.call(() -> breaks.ask(null)))).messageKey());
    assertThrows(Exception.class, () -> asAgent1002.call(() -> breaks.board()), "agents only ask");

    List<BreakView> board = asSupervisor2001.call(() -> breaks.board());
    BreakView row = board.stream().filter(b -> b.id().equals(asked.id())).findFirst().orElseThrow();
    assertEquals(1, row.place());
    assertEquals(
        "break.changed",
        businessFailure(
                () ->
                    call(
                        () ->
                            asSupervisor2001.call(() -> breaks.grant(row.id(), row.version() + 1))))
            .messageKey(),
        "a stale screen");
    InvalidInput noReason =
        Refusals.refusal(
            InvalidInput.class,
            () -> asSupervisor2001.call(() -> breaks.refuse(row.id(), row.version(), " ")));
    assertEquals("break.reasonRequired", noReason.problems().get(0).messageKey());
    assertEquals("WAITING", floor.breakState(asked.id()), "nothing changed");

    BreakView granted = asSupervisor2001.call(() -> breaks.grant(row.id(), row.version()));
    assertEquals(BreakRequest.State.GRANTED, granted.state());
    assertNotNull(granted.endsAt(), "a meal break is up after 30 minutes");
    assertEquals("BREAK", floor.seatState("1002"));
    assertEquals("2001", granted.decidedBy());
    assertTrue(probes.auditEntriesMentioning("BREAK_GRANTED", "1002 MEAL (by hand)") >= 1);
    assertTrue(
        desks.to("monitor:2001", "monitor-seat").stream()
            .anyMatch(
                m -> "1002".equals(m.getString("agentNo")) && "BREAK".equals(m.getString("state"))),
        "the supervisor's monitor sees the seat change");

    asAgent1002.call(
        () -> {
          breaks.back();
          return null;
        });
    assertEquals("READY", floor.seatState("1002"));
    assertEquals("ENDED", floor.breakState(asked.id()));
    assertEquals(
        "seat.notIn.BREAK",
        businessFailure(
                () ->
                    call(
                        () ->
                            asAgent1002.call(
                                () -> {
                                  breaks.back();
                                  return null;
                                })))
            .messageKey());

    // Asked again and refused, with the reason told to the agent.
    BreakView again = asAgent1002.call(() -> breaks.ask(BreakKind.OTHER));
    asSupervisor2001.call(() -> breaks.refuse(again.id(), again.version(), "Queue is long"));
    assertEquals("REFUSED", floor.breakState(again.id()));
    assertEquals("Queue is long", last(desks.to("1002", "break")).getString("reason"));
    assertNull(asAgent1002.call(() -> breaks.mine()));
    asAgent1002.signOut();
  }

  @Test
  void aBreakEndsWhenTheAgentSignsOutDuringItAndTheyCanAskAgainAfterLoggingIn() throws Exception {
    Long id = floor.onMealBreak("1002", Instant.now().plusSeconds(600));
    asAgent1002.signOut(); // the end of the shift, during the break
    asAgent1002.signIn();
    assertEquals("READY", floor.seatState("1002"));

    BreakView again = asAgent1002.call(() -> breaks.ask(BreakKind.RESTROOM));
    assertEquals(BreakKind.RESTROOM, again.kind(), "not refused as asked already");
    assertEquals("ENDED", floor.breakState(id));
    assertTrue(probes.auditEntriesMentioning("BREAK_ENDED", "1002 no longer away") >= 1);
    asAgent1002.call(
        () -> {
          breaks.cancel();
          return null;
        });
    asAgent1002.signOut();
  }

  @Test
  void anotherTeamsBreakRequestIsNotFoundForASupervisorAndSeenByAdmins() throws Exception {
    floor.team("OTH", 2);
    floor.seat(FloorFixture.member("OTH", 1), "READY");
    Long id = floor.asked(FloorFixture.member("OTH", 1), "RESTROOM", Instant.now());

    assertEquals(
        "break.notFound",
        businessFailure(() -> call(() -> asSupervisor2001.call(() -> breaks.grant(id, 0L))))
            .messageKey());
    assertFalse(
        asSupervisor2001.call(() -> breaks.board()).stream().anyMatch(b -> b.id().equals(id)));
    assertTrue(asAdmin9001.call(() -> breaks.board()).stream().anyMatch(b -> b.id().equals(id)));
    assertEquals("WAITING", floor.breakState(id));
  }

  @Test
  void aMealBreakNearlyUpRemindsTheAgentOnceAndShowsOnTheMonitor() throws Exception {
    Instant endsAt = Instant.now().plusSeconds(120);
    Long id = floor.onMealBreak("1003", endsAt);
    int before = desks.to("1003", "break-reminder").size();

    assertTrue(breakQueue.remind() >= 1);
    assertEquals(before + 1, desks.to("1003", "break-reminder").size());
    breakQueue.remind();
    assertEquals(before + 1, desks.to("1003", "break-reminder").size(), "once");

    MonitorRow row =
        asSupervisor2001.call(() -> monitor.rows()).stream()
            .filter(r -> "1003".equals(r.employeeNo()))
            .findFirst()
            .orElseThrow();
    assertEquals(AgentState.BREAK, row.state());
    assertEquals(BreakKind.MEAL, row.breakKind());
    assertEquals(endsAt.toEpochMilli() / 1000, row.breakEndsAt().toEpochMilli() / 1000);
    assertEquals("GRANTED", floor.breakState(id));
  }

  // --- the seat monitor ----------------------------------------------------------------------

  @Test
  void theSeatMonitorShowsTheTeamAndForcesABreakOrSignOutAudited() throws Exception {
    floor.team("MON", 1);
    floor.seat(FloorFixture.member("MON", 1), "READY");
    floor.ready("1001", Instant.now());
    floor.seat("1003", "TALKING");

    List<MonitorRow> rows = asSupervisor2001.call(() -> monitor.rows());
    assertEquals(
        List.of("1001", "1002", "1003"), rows.stream().map(MonitorRow::employeeNo).toList());
    assertEquals(AgentState.READY, rows.get(0).state());
    assertEquals(AgentState.OFFLINE, rows.get(1).state());
    assertTrue(
        asAdmin9001.call(() -> monitor.rows()).stream()
            .anyMatch(r -> FloorFixture.member("MON", 1).equals(r.employeeNo())),
        "admins watch everyone");
    assertThrows(Exception.class, () -> asAgent1002.call(() -> monitor.rows()), "not for agents");

    assertEquals(
        AgentState.BREAK,
        asSupervisor2001.call(() -> monitor.force("1001", AgentState.BREAK)).state());
    assertEquals("BREAK", floor.seatState("1001"));
    assertTrue(probes.auditEntriesMentioning("SEAT_STATE", "forced BREAK by supervisor 2001") >= 1);
    assertEquals(
        "monitor.already",
        businessFailure(
                () ->
                    call(
                        () -> asSupervisor2001.call(() -> monitor.force("1001", AgentState.BREAK))))
            .messageKey());
    assertEquals(
        "monitor.onCall",
        businessFailure(
                () ->
                    call(
                        () ->
                            asSupervisor2001.call(() -> monitor.force("1003", AgentState.OFFLINE))))
            .messageKey(),
        "a call is not cut off");
    assertEquals("TALKING", floor.seatState("1003"));
    assertEquals(
        "monitor.notFound",
        businessFailure(
                () ->
                    call(
                        () ->
                            asSupervisor2001.call(
                                () ->
                                    monitor.force(
                                        FloorFixture.member("MON", 1), AgentState.OFFLINE))))
            .messageKey(),
        "another team's agent");
    assertEquals("READY", floor.seatState(FloorFixture.member("MON", 1)));
    assertEquals(
        AgentState.OFFLINE,
        asAdmin9001
            .call(() -> monitor.force(FloorFixture.member("MON", 1), AgentState.OFFLINE))
            .state());
    assertTrue(probes.auditEntriesMentioning("SEAT_STATE", "forced OFFLINE by admin 9001") >= 1);
  }

  @Test
  void theServiceLevelCountsTodaysCallsAnsweredWithinTwentySeconds() throws Exception {
    FloorFigures before = asSupervisor2001.call(() -> monitor.floor());
    String id = "sl-" + NUMBERS.incrementAndGet();
    floor.pastCall(id + "-a", 120, 5_000L, "COMPLETED");
    floor.pastCall(id + "-b", 120, 20_000L, "COMPLETED"); // exactly 20 s: in time
    floor.pastCall(id + "-c", 120, 20_001L, "COMPLETED");
    floor.pastCall(id + "-d", 120, null, "ABANDONED");
    floor.pastCall(id + "-e", 120, null, "REJECTED"); // blacklisted: never waited for an agent
    floor.pastCall(id + "-f", 5, 1_000L, "COMPLETED"); // offered under 20 s ago: not yet counted

    FloorFigures after = asSupervisor2001.call(() -> monitor.floor());
    assertEquals(before.offered() + 4, after.offered());
    assertEquals(before.inTime() + 2, after.inTime());
    assertEquals(20, after.seconds());
    assertEquals(after.inTime() * 100 / after.offered(), after.serviceLevel());
  }

  // --- notices (通知) --------------------------------------------------------------------------

  @Test
  void aTeamNoticeReachesTheTeamLiveAndTheSupervisorSeesWhoReadIt() throws Exception {
    String text = "Team meeting at 17:00 " + NUMBERS.incrementAndGet();
    NoticeView sent =
        asSupervisor2001.call(() -> notices.send(new NewNotice(Audience.TEAM, null, text, null)));
    assertEquals(3, sent.recipients(), "1001, 1002 and 1003");
    assertTrue(
        desks.to("1002", "notice").stream().anyMatch(m -> text.equals(m.getString("body"))),
        "pushed to the team's desks");
    assertTrue(probes.auditEntriesMentioning("NOTICE_SENT", text) >= 1);

    NoticeView mine =
        asAgent1002.call(() -> notices.mine()).stream()
            .filter(n -> n.id().equals(sent.id()))
            .findFirst()
            .orElseThrow();
    assertFalse(mine.read());
    asAgent1002.call(
        () -> {
          notices.markRead(sent.id());
          notices.markRead(sent.id()); // twice: one receipt
          return null;
        });
    assertTrue(
        asAgent1002.call(() -> notices.mine()).stream()
            .anyMatch(n -> n.id().equals(sent.id()) && n.read()));
    NoticeView receipts =
        asSupervisor2001.call(() -> notices.sent()).stream()
            .filter(n -> n.id().equals(sent.id()))
            .findFirst()
            .orElseThrow();
    assertEquals(1, receipts.readers());
    assertEquals(3, receipts.recipients());
    List<NoticeReader> readers = asSupervisor2001.call(() -> notices.readers(sent.id()));
    assertEquals("1002", readers.get(0).employeeNo());
    assertNotNull(readers.get(0).readAt());
    assertNull(readers.get(1).readAt());
    assertEquals(
        1,
        desks.to("2001", "notice-read").stream()
            .filter(m -> m.getJsonNumber("id").longValue() == sent.id())
            .count(),
        "told once");
  }

  @Test
  void noticesAreCheckedAndOnlyTheirRecipientsSeeThem() throws Exception {
    floor.team("NOT", 1);
    long before = floor.count("cd_notice");
    InvalidInput bad =
        Refusals.refusal(
            InvalidInput.class,
            () ->
                asSupervisor2001.call(
                    () ->
                        notices.send(
                            new NewNotice(
                                Audience.AGENT,
                                FloorFixture.member("NOT", 1),
                                " ",
                                Instant.now().minusSeconds(60)))));
    assertEquals(
        List.of("body", "expiresAt", "agent"),
        bad.problems().stream().map(InvalidInput.Problem::field).toList(),
        "every field at once: no text, an expiry past, another team's agent");
    assertEquals(before, floor.count("cd_notice"), "nothing sent");
    assertThrows(
        Exception.class,
        () -> asAgent1002.call(() -> notices.send(new NewNotice(Audience.ALL, null, "Hi", null))),
        "agents do not send notices");

    NoticeView toOne =
        asSupervisor2001.call(
            () -> notices.send(new NewNotice(Audience.AGENT, "1001", "Only for 1001", null)));
    assertFalse(
        asAgent1002.call(() -> notices.mine()).stream().anyMatch(n -> n.id().equals(toOne.id())));
    assertEquals(
        "notice.notFound",
        businessFailure(
                () ->
                    call(
                        () ->
                            asAgent1002.call(
                                () -> {
                                  notices.markRead(toOne.id());
                                  return null;
                                })))
            .messageKey(),
        "another agent's notice");

    NoticeView all =
        asAdmin9001.call(
            () ->
                notices.send(
                    new NewNotice(
                        Audience.ALL,
                        null,
                        "System upgrade tonight",
                        Instant.now().plusSeconds(3600))));
    assertTrue(
        asAgent1002.call(() -> notices.mine()).stream().anyMatch(n -> n.id().equals(all.id())));
    assertTrue(
        desks.broadcast("notice").stream()
            .anyMatch(m -> m.getJsonNumber("id").longValue() == all.id()));
    floor.expireNotice(all.id());
    assertFalse(
        asAgent1002.call(() -> notices.mine()).stream().anyMatch(n -> n.id().equals(all.id())),
        "an expired notice leaves the desks");
    assertEquals(
        "notice.notFound",
        businessFailure(() -> call(() -> asSupervisor2001.call(() -> notices.readers(all.id()))))
            .messageKey(),
        "only its sender (and admins) see the receipts");
  }

  private static <T> T call(java.util.concurrent.Callable<T> action) {
    try {
      return action.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private SeatView seat(String agentNo) {
    return seats.find(agentNo).orElseThrow();
  }

  private static JsonObject last(List<JsonObject> list) {
    assertFalse(list.isEmpty());
    return list.get(list.size() - 1);
  }

  private static BusinessException businessFailure(Runnable action) {
    return Refusals.refusal(BusinessException.class, action::run);
  }

  private static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
    throw new AssertionError("timed out waiting for " + what);
  }
}
