package com.calldesk.partners;

import static com.calldesk.messaging.contract.JsonSupport.JSON;

import com.calldesk.messaging.OutboundMessages;
import com.calldesk.messaging.RefusalReplies;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.messaging.contract.MessageContract;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * CallDesk's one answer to each partner request, on the queue the request named (JMSReplyTo) or
 * calldesk.partner.replies: {@code request.accepted} with the record's number, sent in the
 * transaction that created it, or {@code request.rejected} with the reasons, sent in the refusal's
 * transaction.
 */
@ApplicationScoped
public class PartnerReplies implements RefusalReplies {

  @Inject private OutboundMessages outbound;
  @Inject private Clock clock;

  @Override
  public CallDeskQueue queue() {
    return CallDeskQueue.PARTNER_REQUESTS;
  }

  /** The record a request asked for exists now. */
  void accepted(
      Message request,
      Envelope envelope,
      String partnerId,
      String partnerRef,
      String record,
      String number,
      String state,
      JsonObject extra) {
    JsonObjectBuilder payload =
        Json.createObjectBuilder()
            .add("requestId", envelope.id())
            .add("partnerId", partnerId)
            .add("partnerRef", partnerRef)
            .add("record", record)
            .add("number", number)
            .add("state", state);
    extra.forEach(payload::add);
    send(request, envelope.id(), "request.accepted", payload.build(), partnerId);
  }

  @Override
  public void refused(Message original, List<Reason> reasons) {
    JsonObject body = bodyOf(original);
    String requestId = string(body, "id", 200);
    if (requestId == null) {
      try {
        requestId = original.getJMSMessageID();
      } catch (JMSException e) {
        requestId = "unknown";
      }
    }
    JsonObjectBuilder payload = Json.createObjectBuilder().add("requestId", requestId);
    JsonObject p = body == null ? null : body.get("payload") instanceof JsonObject o ? o : null;
    String partnerId = string(p, "partnerId", 40);
    String partnerRef = string(p, "partnerRef", 60);
    if (partnerId != null) {
      payload.add("partnerId", partnerId);
    }
    if (partnerRef != null) {
      payload.add("partnerRef", partnerRef);
    }
    var list = Json.createArrayBuilder();
    for (Reason r : reasons) {
      var reason =
          Json.createObjectBuilder()
              .add("code", cut(r.code(), 60))
              .add("message", cut(r.message() == null ? r.code() : r.message(), 1000));
      if (r.field() != null) {
        reason.add("field", cut(r.field(), 60));
      }
      list.add(reason);
    }
    send(original, requestId, "request.rejected", payload.add("reasons", list).build(), partnerId);
  }

  private void send(
      Message request, String correlationId, String type, JsonObject payload, String partnerId) {
    outbound.reply(
        CallDeskQueue.PARTNER_REPLIES,
        request,
        new Envelope(
            type, 1, UUID.randomUUID().toString(), correlationId, clock.instant(), payload),
        null,
        partnerId);
  }

  /** The request's body as JSON, if it is a small enough JSON object; null otherwise. */
  private static JsonObject bodyOf(Message original) {
    try {
      if (original instanceof TextMessage text
          && text.getText() != null
          && text.getText().length() <= MessageContract.MAX_BODY_BYTES) {
        try (JsonReader reader = JSON.createReader(new StringReader(text.getText()))) {
          return reader.readObject();
        }
      }
    } catch (JMSException | RuntimeException e) {
      // not JSON: the answer names the JMS message id only
    }
    return null;
  }

  private static String string(JsonObject o, String key, int max) {
    return o != null && o.get(key) instanceof JsonString s && s.getString().length() <= max
        ? s.getString()
        : null;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
