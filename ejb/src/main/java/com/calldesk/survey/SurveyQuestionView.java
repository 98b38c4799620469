package com.calldesk.survey;

import com.calldesk.shared.CodeName;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

public record SurveyQuestionView(
    Long id,
    String textZh,
    String textEn,
    AnswerType answerType,
    List<String> choicesZh,
    List<String> choicesEn,
    boolean required,
    int sortOrder,
    boolean active,
    long version)
    implements Serializable {

  public String text(Locale locale) {
    return CodeName.chinese(locale) ? textZh : textEn;
  }

  public List<String> choices(Locale locale) {
    return CodeName.chinese(locale) ? choicesZh : choicesEn;
  }
}
