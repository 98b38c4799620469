package com.calldesk.shared;

import java.io.Serializable;
import java.util.Locale;

/**
 * An entry of configured reference data (a customer class, an inquiry category) in both languages.
 */
public record CodeName(String code, String nameZh, String nameEn) implements Serializable {

  /** The name in the page's language: Chinese for zh, English otherwise. */
  public String name(Locale locale) {
    return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }
}
