package com.calldesk.web.callbacks;

import com.calldesk.callbacks.Callbacks;
import com.calldesk.callbacks.QuotaRow;
import com.calldesk.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's callback quotas: each team member's quota for today and their default, what they
 * hold and have done today, and the tasks waiting for room. Saving hands tasks out at once.
 */
@Named("quotaBoard")
@ViewScoped
public class QuotaBoardBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Callbacks callbacks;
  @Inject private Feedback feedback;

  private List<QuotaRow> rows;
  private final Map<String, Integer> today = new LinkedHashMap<>();
  private final Map<String, Integer> defaults = new LinkedHashMap<>();
  private long waiting;
  private List<com.calldesk.callbacks.CallbackTaskView> urgent;
  private final Map<Long, String> assignTo = new LinkedHashMap<>();

  @PostConstruct
  void load() {
    rows = callbacks.quotaBoard();
    waiting = callbacks.waiting();
    urgent = callbacks.urgent();
    today.clear();
    defaults.clear();
    for (QuotaRow r : rows) {
      today.put(r.employeeNo(), r.today());
      defaults.put(r.employeeNo(), r.defaultQuota());
    }
  }

  public void save() {
    try {
      Map<String, Integer> changedDefaults = new LinkedHashMap<>();
      for (QuotaRow r : rows) {
        Integer d = defaults.get(r.employeeNo());
        if (d == null || d != r.defaultQuota()) {
          changedDefaults.put(r.employeeNo(), d);
        }
      }
      changedDefaults.forEach((no, d) -> callbacks.setDefaultQuota(no, d == null ? -1 : d));
      int handedOut = callbacks.setTodaysQuotas(new LinkedHashMap<>(today)).size();
      load();
      feedback.info("quota.saved", handedOut);
    } catch (RuntimeException e) {
      feedback.refused(e, "quotas");
    }
  }

  /** Gives a dropped call's callback to the agent chosen on its row. */
  public void assign(Long taskId, long version) {
    try {
      var task = callbacks.assign(taskId, version, assignTo.get(taskId));
      load();
      feedback.info("callback.assigned", task.customerNo(), task.assignedToNo());
    } catch (RuntimeException e) {
      feedback.refused(e, "urgent");
    }
  }

  public List<com.calldesk.callbacks.CallbackTaskView> getUrgent() {
    return urgent;
  }

  public Map<Long, String> getAssignTo() {
    return assignTo;
  }

  public List<QuotaRow> getRows() {
    return rows;
  }

  public Map<String, Integer> getToday() {
    return today;
  }

  public Map<String, Integer> getDefaults() {
    return defaults;
  }

  public long getWaiting() {
    return waiting;
  }
}
