package com.calldesk.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One call in the call log: when it was offered, answered and ended, who took it, how it ended.
 * Changes only through the transitions below; once closed ({@link CallStatus#ENDED}) every
 * transition refuses, and a flush of a changed closed row fails, so the log cannot be rewritten.
 */
@Entity
@Table(name = "cd_call")
public class PhoneCall {

  @Id
  @SequenceGenerator(name = "call_seq", sequenceName = "cd_call_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "call_seq")
  private Long id;

  @Column(name = "call_id", nullable = false, unique = true, updatable = false, length = 100)
  private String callId;

  @Column(name = "caller_number", nullable = false, updatable = false, length = 21)
  private String callerNumber;

  @Column(name = "called_number", updatable = false, length = 21)
  private String calledNumber;

  @Column(nullable = false, updatable = false, length = 40)
  private String channel;

  @Column(name = "expert_requested", nullable = false, updatable = false)
  private boolean expertRequested;

  @Column(name = "customer_id", updatable = false)
  private Long customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CallStatus status;

  @Column(name = "agent_id")
  private Long agentId;

  @Column(name = "agent_no", length = 20)
  private String agentNo;

  /** The inbound channel / extension of the agent it was put through to (chosen at their login). */
  @Column(name = "agent_channel", length = 30)
  private String agentChannel;

  @Column(name = "offered_at", nullable = false, updatable = false)
  private Instant offeredAt;

  @Column(name = "routed_at")
  private Instant routedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  /** How long the caller waited for an agent to answer (the service level's measure). */
  @Column(name = "answer_wait_ms")
  private Long answerWaitMs;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "talk_seconds")
  private Long talkSeconds;

  @Column(name = "queue_length")
  private Integer queueLength;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Disposition disposition;

  @Column(name = "ended_by", length = 20)
  private String endedBy;

  @Version private long version;

  /** Status as loaded: a row loaded closed must never be written again. */
  @Transient private CallStatus loadedStatus;

  protected PhoneCall() {}

  PhoneCall(
      String callId,
      String callerNumber,
      String calledNumber,
      String channel,
      boolean expertRequested,
      Long customerId,
      Instant offeredAt) {
    this.callId = callId;
    this.callerNumber = callerNumber;
    this.calledNumber = calledNumber;
    this.channel = channel;
    this.expertRequested = expertRequested;
    this.customerId = customerId;
    this.offeredAt = offeredAt;
    this.status = CallStatus.WAITING;
  }

  @PostLoad
  void remember() {
    loadedStatus = status;
  }

  @PreUpdate
  void refuseRewrite() {
    if (loadedStatus == CallStatus.ENDED) {
      throw new IllegalStateException("call " + callId + " is closed; the call log is not changed");
    }
  }

  boolean isOpen() {
    return status != CallStatus.ENDED;
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new IllegalStateException("call " + callId + " is closed");
    }
  }

  void queued(int length) {
    requireOpen();
    queueLength = queueLength == null ? length : Math.max(queueLength, length);
  }

  void routeTo(Long agentId, String agentNo, String agentChannel, Instant now) {
    requireOpen();
    this.agentId = agentId;
    this.agentNo = agentNo;
    this.agentChannel = agentChannel;
    this.routedAt = now;
    this.status = CallStatus.RINGING;
  }

  void answered(Long agentId, String agentNo, Instant at) {
    requireOpen();
    this.agentId = agentId;
    this.agentNo = agentNo;
    if (this.answeredAt == null) {
      this.answerWaitMs = Math.max(0, Duration.between(offeredAt, at).toMillis());
    }
    this.answeredAt = at;
    this.status = CallStatus.TALKING;
  }

  void transferredTo(Long agentId, String agentNo, String agentChannel) {
    requireOpen();
    this.agentId = agentId;
    this.agentNo = agentNo;
    this.agentChannel = agentChannel;
  }

  void close(Disposition disposition, String endedBy, Instant at, Long talkSeconds) {
    requireOpen();
    this.disposition = disposition;
    this.endedBy = endedBy;
    this.endedAt = at;
    this.talkSeconds =
        talkSeconds != null
            ? talkSeconds
            : answeredAt == null ? 0L : Duration.between(answeredAt, at).toSeconds();
    this.status = CallStatus.ENDED;
  }

  /** How long the caller waited for the answer, in ms; null until answered. */
  public Long getAnswerWaitMs() {
    return answerWaitMs;
  }

  public Long getId() {
    return id;
  }

  public String getCallId() {
    return callId;
  }

  public String getCallerNumber() {
    return callerNumber;
  }

  public String getCalledNumber() {
    return calledNumber;
  }

  public String getChannel() {
    return channel;
  }

  public boolean isExpertRequested() {
    return expertRequested;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public CallStatus getStatus() {
    return status;
  }

  public Long getAgentId() {
    return agentId;
  }

  public String getAgentChannel() {
    return agentChannel;
  }

  public String getAgentNo() {
    return agentNo;
  }

  public Instant getOfferedAt() {
    return offeredAt;
  }

  public Instant getRoutedAt() {
    return routedAt;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public Long getTalkSeconds() {
    return talkSeconds;
  }

  public Integer getQueueLength() {
    return queueLength;
  }

  public Disposition getDisposition() {
    return disposition;
  }

  public String getEndedBy() {
    return endedBy;
  }
}
