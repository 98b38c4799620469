package com.calldesk.it;

import com.calldesk.shared.DeskChannel;
import com.calldesk.shared.DeskNotice;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Stands where the desk pages' push endpoint stands: records what would reach each page. */
@ApplicationScoped
public class DeskRecorder {

  private final List<DeskNotice> received = new CopyOnWriteArrayList<>();
  private final Consumer<DeskNotice> subscriber = received::add;

  /** At deployment, before any test sends a call: nothing published is missed. */
  void subscribe(@Observes @Initialized(ApplicationScoped.class) Object started) {
    DeskChannel.subscribe(subscriber);
  }

  @PreDestroy
  void unsubscribe() {
    DeskChannel.unsubscribe(subscriber);
  }

  /** Notices of a kind that reached the agent (or everyone), as JSON, oldest first. */
  public List<JsonObject> to(String agentNo, String kind) {
    return received.stream()
        .filter(n -> n.recipient() == null || n.recipient().equals(agentNo))
        .map(n -> Json.createReader(new StringReader(n.json())).readObject())
        .filter(o -> kind.equals(o.getString("kind")))
        .toList();
  }

  /** The same, sent to everyone (recipient null). */
  public List<JsonObject> broadcast(String kind) {
    return received.stream()
        .filter(n -> n.recipient() == null)
        .map(n -> Json.createReader(new StringReader(n.json())).readObject())
        .filter(o -> kind.equals(o.getString("kind")))
        .toList();
  }
}
