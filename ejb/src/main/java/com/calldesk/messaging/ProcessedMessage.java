package com.calldesk.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Remembers that a consumer has handled a message id, so the same message never acts twice. */
@Entity
@Table(name = "cd_processed_message")
@IdClass(ProcessedMessage.Key.class)
public class ProcessedMessage {

  @Id
  @Column(nullable = false, length = 60)
  private String consumer;

  @Id
  @Column(name = "message_id", nullable = false, length = 100)
  private String messageId;

  @Column(name = "message_type", nullable = false, length = 60)
  private String messageType;

  @Column(name = "processed_at", nullable = false)
  private Instant processedAt;

  protected ProcessedMessage() {}

  ProcessedMessage(String consumer, String messageId, String messageType, Instant processedAt) {
    this.consumer = consumer;
    this.messageId = messageId;
    this.messageType = messageType;
    this.processedAt = processedAt;
  }

  /** Composite key: consumer and message id. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String consumer;
    private String messageId;

    public Key() {}

    public Key(String consumer, String messageId) {
      this.consumer = consumer;
      this.messageId = messageId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(consumer, k.consumer)
          && Objects.equals(messageId, k.messageId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(consumer, messageId);
    }
  }
}
