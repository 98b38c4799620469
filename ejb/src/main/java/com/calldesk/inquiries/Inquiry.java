package com.calldesk.inquiries;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An inquiry record (咨询记录): what the customer asked, what they were told. Saved once and never
 * changed: the entity refuses an update or removal before it reaches the database, and the database
 * refuses it too (trigger). Later answers and corrections are {@link InquiryReply replies}.
 *
 * <p>The columns are deliberately not {@code updatable = false}: EclipseLink would then drop a
 * change silently, and code that "corrects" a record would believe it had. This way the attempt
 * fails loudly in {@link #refuseChange()}.
 */
@Entity
@Table(name = "cd_inquiry")
public class Inquiry {

  @Id
  @SequenceGenerator(name = "inquiry_seq", sequenceName = "cd_inquiry_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inquiry_seq")
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private Long customerId;

  @Column(name = "call_row_id")
  private Long callRowId;

  @Column(name = "category_code", nullable = false, length = 30)
  private String categoryCode;

  @Column(nullable = false, length = 2000)
  private String question;

  @Column(length = 2000)
  private String answer;

  @Column(nullable = false)
  private boolean answered;

  @Column(name = "article_id")
  private Long articleId;

  @Column(name = "agent_id", nullable = false)
  private Long agentId;

  @Column(name = "agent_no", nullable = false, length = 20)
  private String agentNo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Inquiry() {}

  Inquiry(
      Long customerId,
      Long callRowId,
      String categoryCode,
      String question,
      String answer,
      boolean answered,
      Long articleId,
      Long agentId,
      String agentNo,
      Instant createdAt) {
    this.customerId = customerId;
    this.callRowId = callRowId;
    this.categoryCode = categoryCode;
    this.question = question;
    this.answer = answer;
    this.answered = answered;
    this.articleId = articleId;
    this.agentId = agentId;
    this.agentNo = agentNo;
    this.createdAt = createdAt;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException(
        "inquiry " + id + " is saved and cannot change: append a reply instead");
  }

  public Long getId() {
    return id;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public Long getCallRowId() {
    return callRowId;
  }

  public String getCategoryCode() {
    return categoryCode;
  }

  public String getQuestion() {
    return question;
  }

  public String getAnswer() {
    return answer;
  }

  /** Answered when saved; replies may answer it later (see {@link Inquiries}). */
  public boolean isAnswered() {
    return answered;
  }

  public Long getArticleId() {
    return articleId;
  }

  /** Row id of the employee who recorded it: whose record it is for {@code RecordAccess}. */
  public Long getAgentId() {
    return agentId;
  }

  public String getAgentNo() {
    return agentNo;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
