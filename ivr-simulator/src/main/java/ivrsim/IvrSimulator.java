package ivrsim;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Plays the telephone side of a call center for CallDesk: offers calls at a given rate, follows
 * CallDesk's call-control commands (route, reject, transfer, three-way, block, mute) with results,
 * and ends calls after a talk time. Prints what it does and a summary.
 *
 * <pre>
 * java -jar ivr-simulator/target/ivr-simulator.jar --rate 2 --duration 60 --talk 20
 * </pre>
 *
 * <p>It also plays the rescue units and work areas CallDesk dispatches to (dispatch.task versions 1
 * and 2): each dispatch task is answered after {@code --dispatch-answer-ms}, acknowledged (with
 * {@code --eta} minutes) at the rate {@code --dispatch-ack}, refused at {@code --dispatch-refuse},
 * otherwise unreachable; an acknowledging unit reports ARRIVED after {@code --arrive-ms} and
 * COMPLETED after {@code --complete-ms}.
 *
 * <p>And the customers CallDesk calls back, and those it calls automatically (callback.task version
 * 2: a confirmation or reminder played without an agent): each callback.task is dialled and, after
 * {@code --callback-ring-ms}, answered at the rate {@code --callback-answer}, busy at {@code
 * --callback-busy}, otherwise not answered (callback.result).
 *
 * <p>Every state change of a call happens on one thread (the scheduler); the JMS listener only
 * hands commands over to it. That keeps the call model free of locks and each call's events in
 * order.
 */
public final class IvrSimulator implements AutoCloseable {

  /** What the simulator was asked to do. */
  public record Options(
      String brokerUrl,
      String user,
      String password,
      double callsPerSecond,
      int durationSeconds,
      int meanTalkSeconds,
      int ringMillis,
      int patienceSeconds,
      long seed,
      boolean quiet,
      Dispatch dispatch,
      Dialling dialling) {

    /**
     * How the customers the simulator dials for callbacks (callback.task) answer: the share that
     * answer and that are busy; the rest do not answer. The result comes after {@code ringMillis}.
     */
    public record Dialling(double answerRate, double busyRate, int ringMillis) {}

    /**
     * How the rescue units the simulator dials answer dispatch tasks: the share that acknowledge
     * (with an ETA) and refuse; the rest are unreachable. After acknowledging, a unit reports its
     * arrival and completion (0: never).
     */
    public record Dispatch(
        double acknowledgeRate,
        double refuseRate,
        int answerMillis,
        int etaMinutes,
        int arriveMillis,
        int completeMillis) {}

    public static Options parse(String... args) {
      Map<String, String> a = new TreeMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        if (!args[i].startsWith("--")) {
          throw new IllegalArgumentException("expected --option value, got " + args[i]);
        }
        a.put(args[i].substring(2), args[i + 1]);
      }
      if (args.length % 2 != 0) {
        a.put(args[args.length - 1].substring(2), "true");
      }
      return new Options(
          a.getOrDefault("broker", "tcp://127.0.0.1:61616"),
          // The telephone side's own broker user; its password from the option or, better (it
          // stays out of the process list), from the environment.
          a.getOrDefault("user", "telephony"),
          a.getOrDefault(
              "password", System.getenv().getOrDefault("CALLDESK_TELEPHONY_PASSWORD", "")),
          Double.parseDouble(a.getOrDefault("rate", "0.5")),
          Integer.parseInt(a.getOrDefault("duration", "60")),
          Integer.parseInt(a.getOrDefault("talk", "20")),
          Integer.parseInt(a.getOrDefault("ring", "800")),
          Integer.parseInt(a.getOrDefault("patience", "60")),
          Long.parseLong(a.getOrDefault("seed", "20261122")),
          Boolean.parseBoolean(a.getOrDefault("quiet", "false")),
          new Dispatch(
              Double.parseDouble(a.getOrDefault("dispatch-ack", "0.8")),
              Double.parseDouble(a.getOrDefault("dispatch-refuse", "0.1")),
              Integer.parseInt(a.getOrDefault("dispatch-answer-ms", "2000")),
              Integer.parseInt(a.getOrDefault("eta", "30")),
              Integer.parseInt(a.getOrDefault("arrive-ms", "60000")),
              Integer.parseInt(a.getOrDefault("complete-ms", "120000"))),
          new Dialling(
              Double.parseDouble(a.getOrDefault("callback-answer", "0.7")),
              Double.parseDouble(a.getOrDefault("callback-busy", "0.1")),
              Integer.parseInt(a.getOrDefault("callback-ring-ms", "3000"))));
    }
  }

  enum State {
    WAITING,
    RINGING,
    TALKING,
    ENDED
  }

  /** One caller's call, as the switch sees it. */
  static final class Call {
    final String id;
    final String callerNumber;
    final long offeredAt = System.currentTimeMillis();
    volatile State state = State.WAITING;
    volatile String agentNo;
    long answeredAt;
    ScheduledFuture<?> pending;

    Call(String id, String callerNumber) {
      this.id = id;
      this.callerNumber = callerNumber;
    }
  }

  private final Options options;
  private final PrintStream out;
  private final CallerPool callers;
  private final ScheduledThreadPoolExecutor switchThread = switchThread();
  private final ConcurrentMap<String, Call> calls = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final java.util.Random dispatchDice;
  private final ActiveMQConnectionFactory factory;
  private JMSContext sender;
  private JMSContext receiver;

  public IvrSimulator(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
    this.callers = new CallerPool(options.seed());
    this.dispatchDice = new java.util.Random(options.seed());
    this.factory = new ActiveMQConnectionFactory(options.brokerUrl());
  }

  /** One thread plays the switch; when it stops, rings and talk times still to come are dropped. */
  private static ScheduledThreadPoolExecutor switchThread() {
    ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1);
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    thread.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    return thread;
  }

  public static void main(String[] args) throws InterruptedException {
    Options options = Options.parse(args);
    try (IvrSimulator simulator = new IvrSimulator(options, System.out)) {
      simulator.run();
    } catch (jakarta.jms.JMSRuntimeException e) {
      System.err.println(
          "IVR simulator: cannot work with the broker at "
              + options.brokerUrl()
              + ": "
              + e.getMessage());
      System.exit(1);
    }
  }

  /** Offers calls for the configured time, lets the calls in progress finish, prints a summary. */
  public Map<String, Integer> run() throws InterruptedException {
    connect();
    long everyMillis = Math.max(1, Math.round(1000 / options.callsPerSecond()));
    ScheduledFuture<?> offering =
        switchThread.scheduleAtFixedRate(this::offer, 0, everyMillis, TimeUnit.MILLISECONDS);
    Thread.sleep(options.durationSeconds() * 1000L);
    offering.cancel(false);
    long drainUntil =
        System.currentTimeMillis()
            + options.meanTalkSeconds() * 1500L
            + options.ringMillis()
            + 5000;
    while (System.currentTimeMillis() < drainUntil
        && calls.values().stream().anyMatch(this::open)) {
      Thread.sleep(200);
    }
    onSwitch(() -> calls.values().stream().filter(this::open).forEach(c -> end(c, "CALLER")));
    Thread.sleep(300);
    Map<String, Integer> summary = summary();
    out.println("IVR simulator summary: " + summary);
    return summary;
  }

  /**
   * Connects without offering anything: a test or a partner's tool then offers calls one by one
   * with {@link #offer(String)} and the simulator plays the switch for them as usual.
   */
  public void open() {
    connect();
  }

  /**
   * Offers one call from this number now.
   *
   * @return the call id
   */
  public String offer(String callerNumber) {
    Call call =
        new Call(
            "sim-" + System.currentTimeMillis() + "-" + sequence.incrementAndGet(), callerNumber);
    onSwitch(() -> offer(call, false));
    return call.id;
  }

  /** Where a call offered by this simulator is now: WAITING, RINGING, TALKING or ENDED. */
  public String stateOf(String callId) {
    Call call = calls.get(callId);
    return call == null ? null : call.state.name();
  }

  /** The agent a call is connected to, or null. */
  public String agentOf(String callId) {
    Call call = calls.get(callId);
    return call == null ? null : call.agentNo;
  }

  private void connect() {
    sender = factory.createContext(options.user(), options.password(), JMSContext.AUTO_ACKNOWLEDGE);
    receiver =
        factory.createContext(options.user(), options.password(), JMSContext.AUTO_ACKNOWLEDGE);
    JMSConsumer commands = receiver.createConsumer(receiver.createQueue(Contract.CALL_CONTROL));
    commands.setMessageListener(
        m -> {
          try {
            Contract.Message command = Contract.Message.parse(((TextMessage) m).getText());
            onSwitch(() -> handle(command));
          } catch (JMSException | RuntimeException e) {
            log("ignored an unreadable command: " + e.getMessage());
          }
        });
    JMSConsumer tasks = receiver.createConsumer(receiver.createQueue(Contract.DISPATCH_TASKS));
    tasks.setMessageListener(
        m -> {
          try {
            Contract.Message task = Contract.Message.parse(((TextMessage) m).getText());
            onSwitch(() -> dispatch(task));
          } catch (JMSException | RuntimeException e) {
            log("ignored an unreadable dispatch task: " + e.getMessage());
          }
        });
    JMSConsumer dials = receiver.createConsumer(receiver.createQueue(Contract.CALLBACK_TASKS));
    dials.setMessageListener(
        m -> {
          try {
            Contract.Message task = Contract.Message.parse(((TextMessage) m).getText());
            onSwitch(() -> dialCallback(task));
          } catch (JMSException | RuntimeException e) {
            log("ignored an unreadable callback task: " + e.getMessage());
          }
        });
  }

  // --- customers answering callback dials ------------------------------------------------------

  private void dialCallback(Contract.Message task) {
    JsonObject p = task.payload();
    String taskId = p.getString("taskId", task.id());
    count("callback dials");
    // Version 1 puts the customer through to an agent; version 2 plays a text (a confirmation, a
    // reminder) and needs nobody.
    log(
        "dialling "
            + p.getString("phone", "?")
            + (p.containsKey("agentNo")
                ? " for agent " + p.getString("agentNo")
                : " to play a " + p.getString("purpose", "?").toLowerCase(java.util.Locale.ROOT)));
    Options.Dialling d = options.dialling();
    double roll = dispatchDice.nextDouble();
    String outcome =
        roll < d.answerRate()
            ? "ANSWERED"
            : roll < d.answerRate() + d.busyRate() ? "BUSY" : "NO_ANSWER";
    switchThread.schedule(
        () -> {
          Contract.send(
              sender,
              Contract.CALLBACK_RESULTS,
              "callback.result",
              taskId,
              Json.createObjectBuilder()
                  .add("taskId", taskId)
                  .add("outcome", outcome)
                  .add("ringSeconds", Math.max(0, d.ringMillis() / 1000))
                  .build());
          count("callback " + outcome.toLowerCase(java.util.Locale.ROOT));
          log("callback dial " + outcome.toLowerCase(java.util.Locale.ROOT));
        },
        d.ringMillis(),
        TimeUnit.MILLISECONDS);
  }

  // --- rescue units answering dispatch tasks ---------------------------------------------------

  private void dispatch(Contract.Message task) {
    JsonObject p = task.payload();
    String taskId = p.getString("taskId", task.id());
    String unit = p.containsKey("unit") ? p.getJsonObject("unit").getString("name", "?") : "?";
    count("dispatch tasks");
    log("dialling " + unit + " for " + p.getString("reference", "?"));
    Options.Dispatch d = options.dispatch();
    double roll = dispatchDice.nextDouble();
    String outcome =
        roll < d.acknowledgeRate()
            ? "ACKNOWLEDGED"
            : roll < d.acknowledgeRate() + d.refuseRate() ? "REFUSED" : "UNREACHABLE";
    switchThread.schedule(
        () -> {
          var result = Json.createObjectBuilder().add("taskId", taskId).add("outcome", outcome);
          switch (outcome) {
            case "ACKNOWLEDGED" -> result.add("etaMinutes", d.etaMinutes());
            // A work area refuses a work order it was wrongly sent (反单); a rescue unit is busy.
            case "REFUSED" ->
                result.add(
                    "reason",
                    "WORK_ORDER".equals(p.getString("kind", ""))
                        ? "not in our area"
                        : "no vehicle free");
            default -> {}
          }
          dispatchResult(taskId, result.build());
          log(unit + " " + outcome.toLowerCase(java.util.Locale.ROOT));
          if (outcome.equals("ACKNOWLEDGED")) {
            if (d.arriveMillis() > 0) {
              switchThread.schedule(
                  () -> dispatchResult(taskId, progress(taskId, "ARRIVED")),
                  d.arriveMillis(),
                  TimeUnit.MILLISECONDS);
            }
            if (d.completeMillis() > 0) {
              switchThread.schedule(
                  () -> dispatchResult(taskId, progress(taskId, "COMPLETED")),
                  Math.max(d.completeMillis(), d.arriveMillis() + 1),
                  TimeUnit.MILLISECONDS);
            }
          }
        },
        d.answerMillis(),
        TimeUnit.MILLISECONDS);
  }

  private static JsonObject progress(String taskId, String outcome) {
    return Json.createObjectBuilder().add("taskId", taskId).add("outcome", outcome).build();
  }

  private void dispatchResult(String taskId, JsonObject payload) {
    Contract.send(sender, Contract.DISPATCH_RESULTS, "dispatch.result", taskId, payload);
    count("dispatch " + payload.getString("outcome").toLowerCase(java.util.Locale.ROOT));
  }

  // --- calls arriving --------------------------------------------------------------------------

  private void offer() {
    offer(
        new Call(
            "sim-" + System.currentTimeMillis() + "-" + sequence.incrementAndGet(), callers.next()),
        callers.expertWanted());
  }

  private void offer(Call call, boolean expertWanted) {
    calls.put(call.id, call);
    send(
        Contract.CALL_EVENTS,
        "call.offered",
        call,
        Json.createObjectBuilder()
            .add("callId", call.id)
            .add("callerNumber", call.callerNumber)
            .add("calledNumber", "4008001234")
            .add("channel", "hotline-main")
            .add("expertRequested", expertWanted)
            .build());
    count("offered");
    log("offered " + call.id + " from " + call.callerNumber);
    // Nobody routed it quickly: the caller hears the waiting music and CallDesk hears the queue.
    call.pending =
        switchThread.schedule(
            () -> {
              if (call.state == State.WAITING) {
                reportQueue(call);
                call.pending =
                    switchThread.schedule(
                        () -> abandon(call), options.patienceSeconds(), TimeUnit.SECONDS);
              }
            },
            500,
            TimeUnit.MILLISECONDS);
  }

  private void abandon(Call call) {
    if (call.state == State.WAITING) {
      count("abandoned");
      log("caller of " + call.id + " hung up while waiting");
      end(call, "CALLER");
    }
  }

  // --- CallDesk's commands ---------------------------------------------------------------------

  private void handle(Contract.Message command) {
    JsonObject p = command.payload();
    Call call = calls.get(p.getString("callId", ""));
    count("command " + command.type());
    if (call == null || call.state == State.ENDED) {
      result(command, p.getString("callId", "?"), "FAILED", "no such call in progress");
      return;
    }
    switch (command.type()) {
      case "call.route" -> {
        if (call.state != State.WAITING) {
          result(command, call.id, "FAILED", "the call is not waiting");
          return;
        }
        cancelPending(call);
        call.state = State.RINGING;
        call.agentNo = p.getString("agentNo");
        result(command, call.id, "DONE", null);
        call.pending =
            switchThread.schedule(() -> answer(call), options.ringMillis(), TimeUnit.MILLISECONDS);
        reportQueueChange();
      }
      case "call.reject", "call.block" -> {
        result(command, call.id, "DONE", null);
        count(command.type().equals("call.reject") ? "rejected" : "blocked");
        log(command.type() + " " + call.id + " (" + call.callerNumber + "): busy tone");
        boolean wasWaiting = call.state == State.WAITING;
        end(call, "SYSTEM");
        if (wasWaiting) {
          reportQueueChange();
        }
      }
      case "call.transfer" -> {
        if (call.state != State.TALKING) {
          result(command, call.id, "FAILED", "the call is not connected to an agent");
          return;
        }
        String from = call.agentNo;
        call.agentNo = p.getString("toAgentNo");
        result(command, call.id, "DONE", null);
        send(
            Contract.CALL_EVENTS,
            "call.transferred",
            call,
            Json.createObjectBuilder()
                .add("callId", call.id)
                .add("fromAgentNo", from)
                .add("toAgentNo", call.agentNo)
                .build());
        count("transferred");
        log("transferred " + call.id + " from " + from + " to " + call.agentNo);
      }
      case "call.three-way", "call.mute" -> {
        if (call.state != State.TALKING) {
          result(command, call.id, "FAILED", "the call is not connected to an agent");
          return;
        }
        result(command, call.id, "DONE", null);
        log(command.type() + " " + call.id + " done");
      }
      default -> result(command, call.id, "FAILED", "unknown command " + command.type());
    }
  }

  private void answer(Call call) {
    if (call.state != State.RINGING) {
      return;
    }
    call.state = State.TALKING;
    call.answeredAt = System.currentTimeMillis();
    send(
        Contract.CALL_EVENTS,
        "call.answered",
        call,
        Json.createObjectBuilder().add("callId", call.id).add("agentNo", call.agentNo).build());
    count("answered");
    log("answered " + call.id + " by " + call.agentNo);
    call.pending =
        switchThread.schedule(
            () -> end(call, "CALLER"),
            callers.talkMillis(options.meanTalkSeconds() * 1000L),
            TimeUnit.MILLISECONDS);
  }

  private void end(Call call, String endedBy) {
    if (call.state == State.ENDED) {
      return;
    }
    cancelPending(call);
    long talkSeconds =
        call.answeredAt == 0 ? 0 : (System.currentTimeMillis() - call.answeredAt) / 1000;
    call.state = State.ENDED;
    send(
        Contract.CALL_EVENTS,
        "call.ended",
        call,
        Json.createObjectBuilder()
            .add("callId", call.id)
            .add("endedBy", endedBy)
            .add("talkSeconds", talkSeconds)
            .build());
    count("ended");
    log("ended " + call.id + " by " + endedBy + " after " + talkSeconds + " s of talk");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private void reportQueue(Call call) {
    long waiting = calls.values().stream().filter(c -> c.state == State.WAITING).count();
    send(
        Contract.CALL_EVENTS,
        "call.queued",
        call,
        Json.createObjectBuilder().add("callId", call.id).add("queueLength", waiting).build());
    count("queued reports");
  }

  /** After a caller leaves the queue, the oldest one still waiting carries the new length. */
  private void reportQueueChange() {
    calls.values().stream()
        .filter(c -> c.state == State.WAITING && System.currentTimeMillis() - c.offeredAt >= 500)
        .min((a, b) -> Long.compare(a.offeredAt, b.offeredAt))
        .ifPresent(this::reportQueue);
  }

  private void result(Contract.Message command, String callId, String outcome, String reason) {
    var payload =
        Json.createObjectBuilder()
            .add("commandId", command.id())
            .add("callId", callId)
            .add("outcome", outcome);
    if (reason != null) {
      payload.add("reason", reason);
    }
    Contract.send(
        sender, Contract.CALL_CONTROL_RESULTS, "call.control-result", callId, payload.build());
    if (!"DONE".equals(outcome)) {
      log(command.type() + " for " + callId + " failed: " + reason);
    }
  }

  private void send(String queue, String type, Call call, JsonObject payload) {
    Contract.send(sender, queue, type, call.id, payload);
  }

  private void cancelPending(Call call) {
    if (call.pending != null) {
      call.pending.cancel(false);
      call.pending = null;
    }
  }

  private boolean open(Call call) {
    return call.state != State.ENDED;
  }

  private void onSwitch(Runnable task) {
    if (!switchThread.isShutdown()) {
      switchThread.execute(task);
    }
  }

  private void count(String what) {
    counts.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
  }

  private Map<String, Integer> summary() {
    Map<String, Integer> summary = new TreeMap<>();
    counts.forEach((k, v) -> summary.put(k, v.get()));
    return summary;
  }

  private void log(String line) {
    if (!options.quiet()) {
      out.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + line);
    }
  }

  /**
   * Stops the switch. Calls still in progress are cut off ({@code call.ended} by LINE), as they are
   * when a real switch goes down, so CallDesk does not keep their agents TALKING.
   */
  @Override
  public void close() {
    if (sender != null) {
      onSwitch(() -> calls.values().stream().filter(this::open).forEach(c -> end(c, "LINE")));
    }
    switchThread.shutdown();
    try {
      if (!switchThread.awaitTermination(5, TimeUnit.SECONDS)) {
        log("the switch did not stop within 5 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    switchThread.shutdownNow();
    if (receiver != null) {
      receiver.close();
    }
    if (sender != null) {
      sender.close();
    }
    factory.close();
  }
}
