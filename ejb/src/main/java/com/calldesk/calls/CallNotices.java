package com.calldesk.calls;

import static com.calldesk.messaging.contract.JsonSupport.JSON;

import com.calldesk.customers.CustomerRegistry;
import com.calldesk.customers.CustomerSummary;
import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** What the call handling tells the agents' open pages (delivered after commit). */
@ApplicationScoped
class CallNotices {

  static final int RECENT_CALLS = 5;

  @PersistenceContext private EntityManager em;
  @Inject private DeskChannel desks;
  @Inject private CustomerRegistry customers;

  /**
   * The screen pop: the caller's card on the agent's page as their phone rings. The card's {@code
   * routedAt} splits a pop's latency into before and after the routing decision; the benchmark
   * reports both parts.
   */
  void pop(String agentNo, PhoneCall call) {
    desks.publish(DeskNotice.to(agentNo, card(call).add("kind", "pop").build().toString()));
  }

  void answered(PhoneCall call) {
    desks.publish(
        DeskNotice.to(
            call.getAgentNo(),
            JSON.createObjectBuilder()
                .add("kind", "answered")
                .add("callId", call.getCallId())
                .add("answeredAt", call.getAnsweredAt().toEpochMilli())
                .build()
                .toString()));
  }

  void ended(String agentNo, PhoneCall call) {
    callLeft(agentNo, call, call.getDisposition().name(), call.getEndedBy());
  }

  /** The agent handed the call on (a transfer): it leaves their screen, wrap-up starts. */
  void passedOn(String agentNo, PhoneCall call) {
    callLeft(agentNo, call, "TRANSFERRED", "AGENT");
  }

  private void callLeft(String agentNo, PhoneCall call, String disposition, String endedBy) {
    desks.publish(
        DeskNotice.to(
            agentNo,
            JSON.createObjectBuilder()
                .add("kind", "ended")
                .add("callId", call.getCallId())
                .add("disposition", disposition)
                .add("endedBy", endedBy)
                .build()
                .toString()));
  }

  void result(CallCommand command, String callId) {
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("kind", "result")
            .add("commandId", command.getId())
            .add("type", command.getType())
            .add("callId", callId)
            .add("outcome", command.getOutcome().name());
    if (command.getTargetAgentNo() != null) {
      b.add("agentNo", command.getTargetAgentNo());
    }
    if (command.getOutcomeReason() != null) {
      b.add("reason", command.getOutcomeReason());
    }
    if ("call.mute".equals(command.getType())) {
      b.add("seconds", CallSettings.MUTE_SECONDS);
    }
    desks.publish(DeskNotice.to(command.getRequestedBy(), b.build().toString()));
  }

  /** The waiting-queue length (等待队列) on every open desk. */
  void queue(long waiting) {
    desks.publish(
        DeskNotice.toEveryone(
            JSON.createObjectBuilder()
                .add("kind", "queue")
                .add("length", waiting)
                .build()
                .toString()));
  }

  /** The card's contents, also used when a page is reloaded during a call. */
  JsonObjectBuilder card(PhoneCall call) {
    JsonObjectBuilder b =
        JSON.createObjectBuilder()
            .add("callId", call.getCallId())
            .add("callerNumber", call.getCallerNumber())
            .add("channel", call.getChannel())
            .add("status", call.getStatus().name())
            .add("offeredAt", call.getOfferedAt().toEpochMilli())
            .add("expertRequested", call.isExpertRequested());
    putInstant(b, "routedAt", call.getRoutedAt());
    putInstant(b, "answeredAt", call.getAnsweredAt());
    CustomerSummary customer =
        call.getCustomerId() == null ? null : customers.find(call.getCustomerId());
    if (customer != null) {
      b.add("customerNo", customer.customerNo());
      if (customer.fullName() != null) {
        b.add("customerName", customer.fullName());
      } else {
        b.addNull("customerName");
      }
      JsonArrayBuilder phones = JSON.createArrayBuilder();
      customer.phoneNumbers().forEach(phones::add);
      b.add("phones", phones);
      java.util.List<PhoneCall> earlierCalls = recentCalls(call);
      JsonArrayBuilder recent = JSON.createArrayBuilder();
      for (PhoneCall earlier : earlierCalls) {
        JsonObjectBuilder r =
            JSON.createObjectBuilder()
                .add("callId", earlier.getCallId())
                .add("offeredAt", earlier.getOfferedAt().toEpochMilli())
                .add("status", earlier.getStatus().name());
        if (earlier.getAgentNo() != null) {
          r.add("agentNo", earlier.getAgentNo());
        }
        if (earlier.getDisposition() != null) {
          r.add("disposition", earlier.getDisposition().name());
        }
        if (earlier.getTalkSeconds() != null) {
          r.add("talkSeconds", earlier.getTalkSeconds());
        }
        recent.add(r);
      }
      b.add("recentCalls", recent);
      b.add("newCustomer", earlierCalls.isEmpty());
    }
    return b;
  }

  private java.util.List<PhoneCall> recentCalls(PhoneCall call) {
    return em.createQuery(
            "select c from PhoneCall c where c.customerId = :customer and c.id <> :id"
                + " order by c.offeredAt desc",
            PhoneCall.class)
        .setParameter("customer", call.getCustomerId())
        .setParameter("id", call.getId())
        .setMaxResults(RECENT_CALLS)
        .getResultList();
  }

  private static void putInstant(JsonObjectBuilder b, String name, Instant value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value.toEpochMilli());
    }
  }
}
