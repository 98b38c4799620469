package com.calldesk.web.callbacks;

import com.calldesk.callbacks.CallbackRuleAdmin;
import com.calldesk.callbacks.CallbackRuleView;
import com.calldesk.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The admin's callback rules: each on or off with its days, saved one rule at a time. */
@Named("callbackRules")
@ViewScoped
public class CallbackRulesBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private CallbackRuleAdmin admin;
  @Inject private Feedback feedback;

  private List<CallbackRuleView> rules;
  private final Map<String, Boolean> active = new HashMap<>();
  private final Map<String, Integer> days = new HashMap<>();

  @PostConstruct
  void load() {
    rules = admin.rules();
    for (CallbackRuleView r : rules) {
      active.put(r.code(), r.active());
      days.put(r.code(), r.days());
    }
  }

  public void save(CallbackRuleView r) {
    try {
      admin.save(
          r.code(), Boolean.TRUE.equals(active.get(r.code())), days.get(r.code()), r.version());
      feedback.info("callbackRules.saved");
      load();
    } catch (RuntimeException e) {
      feedback.refused(e, "rules");
    }
  }

  public List<CallbackRuleView> getRules() {
    return rules;
  }

  public Map<String, Boolean> getActive() {
    return active;
  }

  public Map<String, Integer> getDays() {
    return days;
  }
}
