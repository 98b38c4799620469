package com.calldesk.messaging.contract;

/**
 * The queues CallDesk exchanges messages on. Names are part of the published contract (see {@code
 * calldesk/contract/asyncapi.yaml}); renaming one breaks the IVR integration and every partner.
 *
 * <p>Each queue has a dead-letter queue named {@code DLQ.<name>} where a message ends after the
 * broker's bounded redelivery attempts. The broker configuration ({@code
 * calldesk/broker/broker.xml}) declares them all.
 */
public enum CallDeskQueue {
  /** Call offered, queued, answered, transferred, ended: from the telephone side. */
  CALL_EVENTS("calldesk.call.events", Direction.INBOUND),
  /** Transfer, three-way, block, mute: to the telephone side. */
  CALL_CONTROL("calldesk.call.control", Direction.OUTBOUND),
  /** The telephone side's answer to each call-control command. */
  CALL_CONTROL_RESULTS("calldesk.call.control.results", Direction.INBOUND),
  /** Rescue and work-order dispatch tasks: the telephone side dials the chosen unit. */
  DISPATCH_TASKS("calldesk.dispatch.tasks", Direction.OUTBOUND),
  /** The unit's answer to a dispatch task: acknowledged, refused, unreachable. */
  DISPATCH_RESULTS("calldesk.dispatch.results", Direction.INBOUND),
  /** Callbacks, reminders and confirmations to be dialled automatically. */
  CALLBACK_TASKS("calldesk.callback.tasks", Direction.OUTBOUND),
  /** The outcome of an automatically dialled callback task. */
  CALLBACK_RESULTS("calldesk.callback.results", Direction.INBOUND),
  /** Partner systems create bookings, appointments and complaints. */
  PARTNER_REQUESTS("calldesk.partner.requests", Direction.INBOUND),
  /** Status changes of records partners created or care about. */
  PARTNER_EVENTS("calldesk.partner.events", Direction.OUTBOUND),
  /**
   * CallDesk's answer to each partner request: accepted (with the record's number) or rejected
   * (with the reasons). A request's JMSReplyTo may name another declared queue under this name.
   */
  PARTNER_REPLIES("calldesk.partner.replies", Direction.OUTBOUND);

  /** Seen from CallDesk: inbound queues are consumed by CallDesk, outbound ones are sent to. */
  public enum Direction {
    INBOUND,
    OUTBOUND
  }

  /** Prefix of every dead-letter queue; kept outside {@code calldesk.#} so DLQs have no DLQ. */
  public static final String DEAD_LETTER_PREFIX = "DLQ.";

  private final String address;
  private final Direction direction;

  CallDeskQueue(String address, Direction direction) {
    this.address = address;
    this.direction = direction;
  }

  /** The broker address and the anycast queue on it (same name). */
  public String address() {
    return address;
  }

  public String deadLetterAddress() {
    return DEAD_LETTER_PREFIX + address;
  }

  public Direction direction() {
    return direction;
  }

  /** Compile-time constants for annotations ({@code @ActivationConfigProperty} needs them). */
  public static final class Names {
    public static final String CALL_EVENTS = "calldesk.call.events";
    public static final String CALL_CONTROL_RESULTS = "calldesk.call.control.results";
    public static final String DISPATCH_RESULTS = "calldesk.dispatch.results";
    public static final String CALLBACK_RESULTS = "calldesk.callback.results";
    public static final String PARTNER_REQUESTS = "calldesk.partner.requests";

    private Names() {}
  }
}
