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

/** A reply (回复) appended to an inquiry: a later answer or a correction, with who and when. */
@Entity
@Table(name = "cd_inquiry_reply")
public class InquiryReply {

  @Id
  @SequenceGenerator(name = "desk_seq", sequenceName = "cd_desk_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "desk_seq")
  private Long id;

  @Column(name = "inquiry_id", nullable = false)
  private Long inquiryId;

  @Column(nullable = false, length = 2000)
  private String body;

  /** Whether this reply answers the question (marks the inquiry answered). */
  @Column(nullable = false)
  private boolean answers;

  @Column(name = "article_id")
  private Long articleId;

  @Column(name = "replied_by", nullable = false, length = 60)
  private String repliedBy;

  @Column(name = "replied_at", nullable = false)
  private Instant repliedAt;

  protected InquiryReply() {}

  InquiryReply(
      Long inquiryId,
      String body,
      boolean answers,
      Long articleId,
      String repliedBy,
      Instant repliedAt) {
    this.inquiryId = inquiryId;
    this.body = body;
    this.answers = answers;
    this.articleId = articleId;
    this.repliedBy = repliedBy;
    this.repliedAt = repliedAt;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("reply " + id + " is saved and cannot change");
  }

  public Long getId() {
    return id;
  }

  public Long getInquiryId() {
    return inquiryId;
  }

  public String getBody() {
    return body;
  }

  public boolean isAnswers() {
    return answers;
  }

  public Long getArticleId() {
    return articleId;
  }

  public String getRepliedBy() {
    return repliedBy;
  }

  public Instant getRepliedAt() {
    return repliedAt;
  }
}
