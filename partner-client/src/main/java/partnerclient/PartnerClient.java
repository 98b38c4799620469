package partnerclient;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * An example partner system, written only against CallDesk's published contract (asyncapi.yaml and
 * its schemas) with the Artemis JMS client: it files a request on {@code calldesk.partner.requests}
 * with JMSReplyTo {@code calldesk.partner.replies}, waits for CallDesk's one answer
 * (request.accepted with the record's number, or request.rejected with the reasons), and prints the
 * events CallDesk sends about its records on {@code calldesk.partner.events}.
 *
 * <pre>
 * java -jar partner-client/target/partner-client.jar --password &lt;partner password&gt; booking
 * java -jar partner-client/target/partner-client.jar --password … appointment --slot 1050
 * java -jar partner-client/target/partner-client.jar --password … complaint
 * java -jar partner-client/target/partner-client.jar --password … events --seconds 60
 * java -jar partner-client/target/partner-client.jar --password … --partner sales-north lead --lead XS00000042 --result WON
 * </pre>
 *
 * Options: {@code --broker tcp://127.0.0.1:61616}, {@code --user partner}, {@code --partner
 * travel-agency-a}, {@code --ref} (the partner's own reference; a new one each run by default),
 * {@code --phone 13800138000}, {@code --timeout-ms 10000}.
 */
public final class PartnerClient implements AutoCloseable {

  /** Partner → CallDesk: appointment.request, booking.request, complaint.request, lead.result. */
  public static final String REQUESTS = "calldesk.partner.requests";

  /** CallDesk → partner: one request.accepted or request.rejected per request. */
  public static final String REPLIES = "calldesk.partner.replies";

  /** CallDesk → partner: appointment.changed, booking.changed, complaint.changed, lead.changed. */
  public static final String EVENTS = "calldesk.partner.events";

  private final ActiveMQConnectionFactory factory;
  private final JMSContext jms;
  private final String partnerId;

  public PartnerClient(String brokerUrl, String user, String password, String partnerId) {
    this.factory = new ActiveMQConnectionFactory(brokerUrl, user, password);
    this.jms = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
    this.partnerId = partnerId;
  }

  /** A booking.request payload: two nights' rooms and tickets for a party of two. */
  public JsonObject booking(String ref, String phone, LocalDate from, Map<Long, Integer> lines) {
    JsonArrayBuilder l = Json.createArrayBuilder();
    lines.forEach(
        (product, quantity) ->
            l.add(Json.createObjectBuilder().add("productId", product).add("quantity", quantity)));
    return base(ref, phone)
        .add("travelFrom", from.toString())
        .add("travelTo", from.plusDays(1).toString())
        .add("partySize", 2)
        .add("travellers", Json.createArrayBuilder().add("王强").add("李梅"))
        .add("language", "zh")
        .add("lines", l)
        .build();
  }

  /** An appointment.request payload for a repair on site in the given slot. */
  public JsonObject appointment(String ref, String phone, long slotId) {
    return base(ref, phone)
        .add("kind", "REPAIR")
        .add("slotId", slotId)
        .add("place", "ON_SITE")
        .add("address", "北京市朝阳区建国路 88 号 502")
        .add("notes", "空调不制冷")
        .build();
  }

  /** A complaint.request payload about a service. */
  public JsonObject complaint(String ref, String phone) {
    return base(ref, phone)
        .add("category", "SERVICE")
        .add("targetType", "SERVICE")
        .add("target", "Hotel pick-up")
        .add("content", "The driver never came.")
        .build();
  }

  /**
   * A lead.result payload: what became of a lead CallDesk forwarded to this (sales owner) system,
   * named by the lead number its lead.changed event carried.
   */
  public JsonObject leadResult(String leadNo, String result, String note) {
    JsonObjectBuilder p =
        Json.createObjectBuilder()
            .add("partnerId", partnerId)
            .add("leadNo", leadNo)
            .add("result", result);
    if (note != null) {
      p.add("note", note);
    }
    return p.build();
  }

  private JsonObjectBuilder base(String ref, String phone) {
    return Json.createObjectBuilder()
        .add("partnerId", partnerId)
        .add("partnerRef", ref)
        .add("customer", Json.createObjectBuilder().add("phone", phone));
  }

  /**
   * Sends a request: the JSON envelope, the duplicate-detection id (= envelope id, so a retried
   * send acts once), and JMSReplyTo for the answer.
   *
   * @return the envelope id, which the answer carries as correlationId and requestId
   */
  public String send(String type, JsonObject payload) {
    String id = UUID.randomUUID().toString();
    String body =
        Json.createObjectBuilder()
            .add("type", type)
            .add("version", 1)
            .add("id", id)
            .add("correlationId", id)
            .add("occurredAt", Instant.now().toString())
            .add("payload", payload)
            .build()
            .toString();
    try {
      TextMessage message = jms.createTextMessage(body);
      message.setStringProperty("_AMQ_DUPL_ID", id);
      message.setJMSCorrelationID(id);
      message.setJMSReplyTo(jms.createQueue(REPLIES));
      jms.createProducer().send(jms.createQueue(REQUESTS), message);
    } catch (JMSException e) {
      throw new IllegalStateException("could not send " + type, e);
    }
    return id;
  }

  /** CallDesk's answer to a request, or null if none came within the time. */
  public JsonObject awaitReply(String requestId, long timeoutMillis) {
    Queue replies = jms.createQueue(REPLIES);
    String selector = mine() + " AND JMSCorrelationID = '" + requestId.replace("'", "''") + "'";
    try (JMSConsumer consumer = jms.createConsumer(replies, selector)) {
      Message m = consumer.receive(timeoutMillis);
      return m == null ? null : envelope(m);
    }
  }

  /**
   * The next event about this partner's records, or null if none came within the time. The selector
   * on the {@code calldeskPartner} property leaves other partners' events on the queue.
   */
  public JsonObject nextEvent(long timeoutMillis) {
    try (JMSConsumer consumer = jms.createConsumer(jms.createQueue(EVENTS), mine())) {
      Message m = consumer.receive(timeoutMillis);
      return m == null ? null : envelope(m);
    }
  }

  private String mine() {
    return "calldeskPartner = '" + partnerId.replace("'", "''") + "'";
  }

  private static JsonObject envelope(Message m) {
    try {
      return Json.createReader(new StringReader(((TextMessage) m).getText())).readObject();
    } catch (JMSException e) {
      throw new IllegalStateException("unreadable message", e);
    }
  }

  @Override
  public void close() {
    jms.close();
    factory.close();
  }

  public static void main(String[] args) {
    Map<String, String> a = new HashMap<>();
    String command = "booking";
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--") && i + 1 < args.length) {
        a.put(args[i].substring(2), args[++i]);
      } else {
        command = args[i];
      }
    }
    PrintStream out = System.out;
    String ref = a.getOrDefault("ref", "EX-" + System.currentTimeMillis());
    String phone = a.getOrDefault("phone", "13800138000");
    long timeout = Long.parseLong(a.getOrDefault("timeout-ms", "10000"));
    try (PartnerClient client =
        new PartnerClient(
            a.getOrDefault("broker", "tcp://127.0.0.1:61616"),
            a.getOrDefault("user", "partner"),
            a.getOrDefault(
                "password", System.getenv().getOrDefault("CALLDESK_PARTNER_PASSWORD", "")),
            a.getOrDefault("partner", "travel-agency-a"))) {
      if (command.equals("events")) {
        long until =
            System.currentTimeMillis() + 1000L * Long.parseLong(a.getOrDefault("seconds", "60"));
        while (System.currentTimeMillis() < until) {
          JsonObject e = client.nextEvent(until - System.currentTimeMillis());
          if (e != null) {
            out.println(e.getString("type") + " " + e.getJsonObject("payload"));
          }
        }
        return;
      }
      JsonObject payload =
          switch (command) {
            case "appointment" ->
                client.appointment(ref, phone, Long.parseLong(a.getOrDefault("slot", "0")));
            case "complaint" -> client.complaint(ref, phone);
            case "lead" ->
                client.leadResult(
                    a.getOrDefault("lead", ""),
                    a.getOrDefault("result", "FOLLOWING"),
                    a.get("note"));
            default ->
                client.booking(ref, phone, LocalDate.now().plusDays(14), Map.of(1L, 10, 2L, 5));
          };
      String type = command.equals("lead") ? "lead.result" : command + ".request";
      String id = client.send(type, payload);
      out.println("sent " + type + " " + id + " (" + ref + ")");
      JsonObject reply = client.awaitReply(id, timeout);
      out.println(
          reply == null
              ? "no answer within " + timeout + " ms"
              : reply.getString("type") + " " + reply.getJsonObject("payload"));
    }
  }
}
