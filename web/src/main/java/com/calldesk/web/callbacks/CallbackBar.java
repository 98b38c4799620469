package com.calldesk.web.callbacks;

import com.calldesk.callbacks.Callbacks;
import com.calldesk.callbacks.MyCallbacks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The desk's callback figures as the page opens: "today: N tasks, M done" in the info bar, the
 * quota on the status bar. Later changes arrive on the push stream (kind {@code callbacks}).
 */
@Named("callbackBar")
@RequestScoped
public class CallbackBar {

  @Inject private Callbacks callbacks;
  private MyCallbacks day;

  public MyCallbacks getDay() {
    if (day == null) {
      day = callbacks.myDay();
    }
    return day;
  }
}
