package com.calldesk.web.breaks;

import com.calldesk.breaks.BreakKind;
import com.calldesk.breaks.BreakView;
import com.calldesk.breaks.Breaks;
import com.calldesk.web.Feedback;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The agent's breaks on the desk: ask for one (meal, restroom, other), see the place in the queue,
 * take the request back, come back. The queue's decisions arrive on the push stream (kind {@code
 * break}); desk.js shows them.
 */
@Named("breakDesk")
@ViewScoped
public class BreakDeskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Breaks breaks;
  @Inject private Feedback feedback;

  private BreakKind kind = BreakKind.RESTROOM;

  public void ask() {
    try {
      BreakView view = breaks.ask(kind);
      if (view != null && view.state() == com.calldesk.breaks.BreakRequest.State.WAITING) {
        feedback.info("break.queued", view.place());
      } else {
        feedback.info("break.granted");
      }
    } catch (RuntimeException e) {
      feedback.refused(e, "desk", "kind=breakKind");
    }
  }

  public void cancel() {
    try {
      breaks.cancel();
      feedback.info("break.cancelled");
    } catch (RuntimeException e) {
      feedback.refused(e, "desk");
    }
  }

  public void back() {
    try {
      breaks.back();
    } catch (RuntimeException e) {
      feedback.refused(e, "desk");
    }
  }

  /** The request waiting or running as the page opens, in the push message's shape, or "". */
  public String getMineJson() {
    BreakView v = breaks.mine();
    return v == null ? "" : v.json();
  }

  public List<BreakKind> getKinds() {
    return List.of(BreakKind.values());
  }

  public BreakKind getKind() {
    return kind;
  }

  public void setKind(BreakKind kind) {
    this.kind = kind;
  }
}
