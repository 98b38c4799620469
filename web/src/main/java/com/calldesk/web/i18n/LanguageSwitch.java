package com.calldesk.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the screens: the browser's preferred one among those we have (Simplified Chinese,
 * English) until the user picks another, then that one for the rest of the session.
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  public static final Locale ENGLISH = Locale.ENGLISH;

  private Locale chosen;

  public Locale getLocale() {
    if (chosen != null) {
      return chosen;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    // Honours Accept-Language against faces-config's supported locales.
    return faces.getApplication().getViewHandler().calculateLocale(faces);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public List<Locale> getLanguages() {
    return List.of(CHINESE, ENGLISH);
  }

  public void switchTo(String languageTag) {
    chosen = "zh".equals(Locale.forLanguageTag(languageTag).getLanguage()) ? CHINESE : ENGLISH;
    FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
  }
}
