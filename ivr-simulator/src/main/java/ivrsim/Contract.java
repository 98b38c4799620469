package ivrsim;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;

/**
 * The parts of the CallDesk messaging contract (calldesk/contract/asyncapi.yaml) the telephone side
 * uses, written out here as a partner would: queue names, the envelope, the JMS properties.
 */
final class Contract {

  /**
   * Telephone side → CallDesk: call.offered, call.queued, call.answered, call.transferred,
   * call.ended.
   */
  static final String CALL_EVENTS = "calldesk.call.events";

  /**
   * CallDesk → telephone side: call.route, call.reject, call.transfer, call.three-way, call.block,
   * call.mute.
   */
  static final String CALL_CONTROL = "calldesk.call.control";

  /** Telephone side → CallDesk: one call.control-result per command. */
  static final String CALL_CONTROL_RESULTS = "calldesk.call.control.results";

  /** CallDesk → telephone side: dispatch.task (dial a rescue unit and give it the job). */
  static final String DISPATCH_TASKS = "calldesk.dispatch.tasks";

  /**
   * Telephone side → CallDesk: dispatch.result (acknowledged, refused, unreachable; then arrived,
   * completed), correlated by the task id.
   */
  static final String DISPATCH_RESULTS = "calldesk.dispatch.results";

  /** CallDesk → telephone side: callback.task (dial a customer and put them through). */
  static final String CALLBACK_TASKS = "calldesk.callback.tasks";

  /** Telephone side → CallDesk: callback.result (answered, no answer, busy), by the dial's id. */
  static final String CALLBACK_RESULTS = "calldesk.callback.results";

  private Contract() {}

  /** A received envelope: type, id, correlation id and payload. */
  record Message(String type, String id, String correlationId, JsonObject payload) {

    static Message parse(String body) {
      JsonObject o = Json.createReader(new StringReader(body)).readObject();
      return new Message(
          o.getString("type"),
          o.getString("id"),
          o.getString("correlationId"),
          o.getJsonObject("payload"));
    }
  }

  /**
   * Sends one message: JSON envelope, duplicate-detection id = envelope id, and the call id as
   * correlation id and message group so CallDesk sees each call's events in order.
   *
   * @return the envelope id
   */
  static String send(JMSContext jms, String queue, String type, String callId, JsonObject payload) {
    String id = UUID.randomUUID().toString();
    String body =
        Json.createObjectBuilder()
            .add("type", type)
            .add("version", 1)
            .add("id", id)
            .add("correlationId", callId)
            .add("occurredAt", Instant.now().toString())
            .add("payload", payload)
            .build()
            .toString();
    try {
      TextMessage message = jms.createTextMessage(body);
      message.setStringProperty("_AMQ_DUPL_ID", id);
      message.setStringProperty("JMSXGroupID", callId);
      message.setJMSCorrelationID(callId);
      JMSProducer producer = jms.createProducer();
      producer.send(jms.createQueue(queue), message);
    } catch (JMSException e) {
      throw new IllegalStateException("could not send " + type + " for " + callId, e);
    }
    return id;
  }
}
