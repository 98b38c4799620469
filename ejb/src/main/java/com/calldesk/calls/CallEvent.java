package com.calldesk.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a call's timeline. Insert-only: no column is updatable and there are no setters. */
@Entity
@Table(name = "cd_call_event")
public class CallEvent {

  @Id
  @SequenceGenerator(
      name = "call_event_seq",
      sequenceName = "cd_call_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "call_event_seq")
  private Long id;

  @Column(name = "call_row_id", nullable = false, updatable = false)
  private Long callRowId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false, length = 30)
  private String kind;

  @Column(nullable = false, updatable = false, length = 60)
  private String actor;

  @Column(name = "agent_no", updatable = false, length = 20)
  private String agentNo;

  @Column(updatable = false, length = 500)
  private String detail;

  protected CallEvent() {}

  CallEvent(
      Long callRowId,
      Instant occurredAt,
      String kind,
      String actor,
      String agentNo,
      String detail) {
    this.callRowId = callRowId;
    this.occurredAt = occurredAt;
    this.kind = kind;
    this.actor = actor;
    this.agentNo = agentNo;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getKind() {
    return kind;
  }

  public String getActor() {
    return actor;
  }

  public String getAgentNo() {
    return agentNo;
  }

  public String getDetail() {
    return detail;
  }
}
