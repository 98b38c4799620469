package com.calldesk.web;

import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import com.calldesk.web.i18n.Messages;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Turns a refused request into a translated message next to the field it is about. */
@RequestScoped
public class Feedback {

  @Inject private FacesContext faces;
  @Inject private Messages messages;

  public void info(String key, Object... args) {
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key, args), null));
  }

  /**
   * Shows the business rule that refused the request, or rethrows anything else.
   *
   * @param fieldIds maps the exception's field name to a component id in the form, e.g.
   *     "agent=transferTarget"
   */
  public void refused(RuntimeException e, String formId, String... fieldIds) {
    BusinessException refusal = refusalIn(e);
    if (refusal == null) {
      throw e;
    }
    if (refusal instanceof InvalidInput invalid) {
      for (InvalidInput.Problem p : invalid.problems()) {
        add(clientIdOf(formId, p.field(), fieldIds), messages.get(p.messageKey()));
      }
    } else {
      add(
          clientIdOf(formId, refusal.field(), fieldIds),
          messages.get(refusal.messageKey(), refusal.args()));
    }
    faces.validationFailed();
  }

  /** A message of ours next to a component (its client id), or for the whole form (null). */
  public void error(String clientId, String key, Object... args) {
    add(clientId, messages.get(key, args));
    faces.validationFailed();
  }

  /** The client id of a form's component, for {@link #error}; null if the form has none. */
  public String clientId(String formId, String componentId) {
    return clientIdOf(formId, componentId);
  }

  private void add(String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * The component a field's message goes next to: "field=componentId" mappings first, else a
   * component of the form with the field's own name; null (the whole form) if there is none.
   */
  private String clientIdOf(String formId, String field, String... fieldIds) {
    if (field == null) {
      return null;
    }
    String componentId = field;
    for (String mapping : fieldIds) {
      String[] pair = mapping.split("=", 2);
      if (pair[0].equals(field)) {
        componentId = pair[1];
      }
    }
    UIComponent c = faces.getViewRoot().findComponent(formId + ":" + componentId);
    return c == null ? null : c.getClientId(faces);
  }

  /** The business refusal inside whatever the container wrapped it in, or null. */
  public static BusinessException refusalIn(Throwable e) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof BusinessException b) {
        return b;
      }
      t =
          t instanceof EJBException ejb && ejb.getCausedByException() != null
              ? ejb.getCausedByException()
              : t.getCause();
    }
    return null;
  }
}
