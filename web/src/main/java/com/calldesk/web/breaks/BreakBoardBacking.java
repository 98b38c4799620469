package com.calldesk.web.breaks;

import com.calldesk.breaks.BreakView;
import com.calldesk.breaks.Breaks;
import com.calldesk.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The break queue on the seat monitor: breaks running and waiting, in order; the supervisor grants
 * or refuses (with a reason) by hand. Redrawn when the push stream says a break changed.
 */
@Named("breakBoard")
@ViewScoped
public class BreakBoardBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Breaks breaks;
  @Inject private Feedback feedback;

  private List<BreakView> rows;
  private final Map<Long, String> reasons = new HashMap<>();

  @PostConstruct
  void load() {
    rows = breaks.board();
  }

  public void refresh() {
    load();
  }

  public void grant(Long id, long version) {
    try {
      BreakView v = breaks.grant(id, version);
      feedback.info("break.grantedTo", v.employeeNo());
    } catch (RuntimeException e) {
      feedback.refused(e, "breaks");
    }
    load();
  }

  public void refuse(Long id, long version) {
    try {
      BreakView v = breaks.refuse(id, version, reasons.get(id));
      reasons.remove(id);
      feedback.info("break.refusedTo", v.employeeNo());
    } catch (RuntimeException e) {
      feedback.refused(e, "breaks");
    }
    load();
  }

  public List<BreakView> getRows() {
    return rows;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  /** A meal break past its time, flagged on the queue. */
  public boolean overrun(BreakView v) {
    return v.overrun(java.time.Instant.now());
  }
}
