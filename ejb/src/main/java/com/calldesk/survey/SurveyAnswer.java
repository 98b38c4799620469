package com.calldesk.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One answer of a survey, with the question's text as it was asked. Insert-only. */
@Entity
@Table(name = "cd_survey_answer")
public class SurveyAnswer {

  @Id
  @SequenceGenerator(name = "desk_seq", sequenceName = "cd_desk_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "desk_seq")
  private Long id;

  @Column(name = "response_id", nullable = false, updatable = false)
  private Long responseId;

  @Column(name = "question_id", nullable = false, updatable = false)
  private Long questionId;

  @Column(name = "question_text", nullable = false, updatable = false, length = 200)
  private String questionText;

  @Column(name = "answer_value", nullable = false, updatable = false, length = 1000)
  private String value;

  protected SurveyAnswer() {}

  SurveyAnswer(Long responseId, Long questionId, String questionText, String value) {
    this.responseId = responseId;
    this.questionId = questionId;
    this.questionText = questionText;
    this.value = value;
  }

  public Long getQuestionId() {
    return questionId;
  }

  public String getQuestionText() {
    return questionText;
  }

  public String getValue() {
    return value;
  }
}
