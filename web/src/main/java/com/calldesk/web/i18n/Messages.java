package com.calldesk.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The screens' texts in the current view's language, for messages built in Java. */
@RequestScoped
public class Messages {

  public static final String BUNDLE = "com.calldesk.web.i18n.messages";

  @Inject private FacesContext faces;

  public String get(String key, Object... args) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    try {
      String text = bundle.getString(key);
      return args.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** These texts as one JSON object (key → text), for a page's script. */
  public String json(java.util.List<String> keys) {
    var b = jakarta.json.Json.createObjectBuilder();
    for (String key : keys) {
      b.add(key, get(key));
    }
    return b.build().toString();
  }
}
