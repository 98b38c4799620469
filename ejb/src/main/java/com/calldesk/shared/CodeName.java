package com.calldesk.shared;

import java.io.Serializable;
import java.util.Locale;

/**
 * An entry of configured reference data (a customer class, an inquiry category) in both languages.
 */
public record CodeName(String code, String nameZh, String nameEn) implements Serializable {

  /** The name in the page's language: Chinese for zh, English otherwise. */
  public String name(Locale locale) {
    return chinese(locale) ? nameZh : nameEn;
  }

  /**
   * Whether a page in this locale shows the Chinese text of bilingual data (classes, scripts,
   * survey questions); every other language gets the English one.
   */
  public static boolean chinese(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage());
  }
}
