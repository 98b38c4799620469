package com.calldesk.survey;

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

  private static boolean zh(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage());
  }

  public String text(Locale locale) {
    return zh(locale) ? textZh : textEn;
  }

  public List<String> choices(Locale locale) {
    return zh(locale) ? choicesZh : choicesEn;
  }
}
