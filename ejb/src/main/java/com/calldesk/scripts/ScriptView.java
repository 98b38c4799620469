package com.calldesk.scripts;

import com.calldesk.shared.CodeName;
import java.io.Serializable;
import java.util.Locale;

/** A node as the pages show it. */
public record ScriptView(
    Long id,
    Long parentId,
    ScriptKind kind,
    String purpose,
    int sortOrder,
    String titleZh,
    String titleEn,
    String bodyZh,
    String bodyEn,
    String keywords,
    long version)
    implements Serializable {

  static ScriptView of(ScriptNode n) {
    return new ScriptView(
        n.getId(),
        n.getParentId(),
        n.getKind(),
        n.getPurpose(),
        n.getSortOrder(),
        n.getTitleZh(),
        n.getTitleEn(),
        n.getBodyZh(),
        n.getBodyEn(),
        n.getKeywords(),
        n.getVersion());
  }

  public String title(Locale locale) {
    return CodeName.chinese(locale) ? titleZh : titleEn;
  }

  /** The body in the page's language, falling back to the other one if it was left empty. */
  public String body(Locale locale) {
    String first = CodeName.chinese(locale) ? bodyZh : bodyEn;
    String other = CodeName.chinese(locale) ? bodyEn : bodyZh;
    return first == null || first.isBlank() ? other : first;
  }
}
