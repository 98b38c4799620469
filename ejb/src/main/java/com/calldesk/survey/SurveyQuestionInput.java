package com.calldesk.survey;

import java.io.Serializable;
import java.util.List;

/** What an admin submits for a survey question. */
public record SurveyQuestionInput(
    String textZh,
    String textEn,
    AnswerType answerType,
    List<String> choicesZh,
    List<String> choicesEn,
    boolean required,
    int sortOrder,
    boolean active,
    long expectedVersion)
    implements Serializable {}
