package com.calldesk.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A question of the situation survey (情况调查), configured by admins. */
@Entity
@Table(name = "cd_survey_question")
public class SurveyQuestion {

  @Id
  @SequenceGenerator(name = "desk_seq", sequenceName = "cd_desk_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "desk_seq")
  private Long id;

  @Column(name = "text_zh", nullable = false, length = 200)
  private String textZh;

  @Column(name = "text_en", nullable = false, length = 200)
  private String textEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer_type", nullable = false, length = 10)
  private AnswerType answerType;

  /** Choices separated by ';', in the same order in both languages. */
  @Column(name = "choices_zh", length = 1000)
  private String choicesZh;

  @Column(name = "choices_en", length = 1000)
  private String choicesEn;

  @Column(nullable = false)
  private boolean required;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active = true;

  @Version private long version;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SurveyQuestion() {}

  SurveyQuestion(String actor, Instant now) {
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  void write(SurveyQuestionInput in, String actor, Instant now) {
    this.textZh = in.textZh();
    this.textEn = in.textEn();
    this.answerType = in.answerType();
    this.choicesZh = in.answerType() == AnswerType.CHOICE ? String.join(";", in.choicesZh()) : null;
    this.choicesEn = in.answerType() == AnswerType.CHOICE ? String.join(";", in.choicesEn()) : null;
    this.required = in.required();
    this.sortOrder = in.sortOrder();
    this.active = in.active();
    this.updatedBy = actor;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getTextZh() {
    return textZh;
  }

  public String getTextEn() {
    return textEn;
  }

  public AnswerType getAnswerType() {
    return answerType;
  }

  public String getChoicesZh() {
    return choicesZh;
  }

  public String getChoicesEn() {
    return choicesEn;
  }

  public boolean isRequired() {
    return required;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public boolean isActive() {
    return active;
  }

  public long getVersion() {
    return version;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
