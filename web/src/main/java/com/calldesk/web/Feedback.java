package com.calldesk.web;

import com.calldesk.shared.BusinessException;
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
    BusinessException refusal = unwrap(e);
    if (refusal == null) {
      throw e;
    }
    String clientId = null;
    if (refusal.field() != null) {
      for (String mapping : fieldIds) {
        String[] pair = mapping.split("=", 2);
        if (pair[0].equals(refusal.field())) {
          UIComponent c = faces.getViewRoot().findComponent(formId + ":" + pair[1]);
          clientId = c == null ? null : c.getClientId(faces);
        }
      }
    }
    faces.addMessage(
        clientId,
        new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(refusal.messageKey()), null));
    faces.validationFailed();
  }

  private static BusinessException unwrap(Throwable e) {
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
