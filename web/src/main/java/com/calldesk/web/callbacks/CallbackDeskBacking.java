package com.calldesk.web.callbacks;

import com.calldesk.callbacks.CallbackOutcome;
import com.calldesk.callbacks.CallbackTaskView;
import com.calldesk.callbacks.Callbacks;
import com.calldesk.callbacks.MyCallbacks;
import com.calldesk.customers.CustomerCard;
import com.calldesk.customers.Customers;
import com.calldesk.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * My callbacks (回访): today's list with the quota and how many are done, one task opened with its
 * reason and earlier attempts, the outcome of a try, and a callback raised by hand.
 */
@Named("callbackDesk")
@ViewScoped
public class CallbackDeskBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Callbacks callbacks;
  @Inject private Customers customers;
  @Inject private Feedback feedback;

  private MyCallbacks day;
  private CallbackTaskView task;

  private CallbackOutcome outcome;
  private String answers;
  private LocalDateTime retryAt;
  private String newReason;
  private java.time.LocalDate newDueOn;

  private String customer;
  private String reason;
  private LocalDate dueOn = LocalDate.now();

  @PostConstruct
  void load() {
    day = callbacks.myDay();
  }

  public void open(Long id) {
    try {
      task = callbacks.task(id);
      outcome = null;
      answers = null;
      retryAt = null;
    } catch (RuntimeException e) {
      task = null;
      feedback.refused(e, "callbackList");
    }
  }

  /**
   * Records the try. With a reason or a due date for a new task, the next step is that new task;
   * otherwise the outcome decides (done, or another try at the time given).
   */
  public void record() {
    try {
      boolean newTask = (newReason != null && !newReason.isBlank()) || newDueOn != null;
      if (newTask) {
        task =
            callbacks.recordWithNewTask(
                task.id(), task.version(), outcome, answers, newReason, newDueOn);
      } else {
        Instant at = retryAt == null ? null : retryAt.atZone(ZoneId.systemDefault()).toInstant();
        task = callbacks.record(task.id(), task.version(), outcome, answers, at);
      }
      feedback.info(newTask ? "callback.recordedNewTask" : "callback.recorded", task.attempts());
      day = callbacks.myDay();
      outcome = null;
      answers = null;
      retryAt = null;
      newReason = null;
      newDueOn = null;
    } catch (RuntimeException e) {
      feedback.refused(e, "callbackTask");
      if ("callback.changedMeanwhile".equals(messageKeyOf(e))) {
        task = callbacks.task(task.id());
      }
    }
  }

  /** Asks the telephone side to dial the customer; the result arrives live (see refresh). */
  public void autoDial() {
    try {
      task = callbacks.autoDial(task.id(), task.version());
      feedback.info("callback.dialSent", task.customerNo());
    } catch (RuntimeException e) {
      feedback.refused(e, "callbackTask");
      task = callbacks.task(task.id());
    }
  }

  /**
   * The open task again, after the telephone side's answer was pushed: an answered dial preselects
   * "reached", unless the agent chose an outcome already.
   */
  public void refresh() {
    if (task == null) {
      return;
    }
    task = callbacks.task(task.id());
    // Answered: the agent talks, then records (reached preselected). No answer or busy: the
    // system has recorded the try and dials again at the retry time; nothing for the agent.
    if (outcome == null && "ANSWERED".equals(task.dialOutcome())) {
      outcome = CallbackOutcome.REACHED;
    }
  }

  public void raise() {
    Optional<CustomerCard> found =
        customer == null || customer.isBlank()
            ? Optional.empty()
            : customers.lookup(customer.trim());
    if (found.isEmpty()) {
      feedback.error(
          feedback.clientId("callbackRaise", "customer"), "callback.noSuchCustomer", customer);
      return;
    }
    try {
      CallbackTaskView raised = callbacks.raise(found.get().id(), reason, dueOn);
      feedback.info(
          raised.assignedToNo() == null ? "callback.raisedWaiting" : "callback.raised",
          raised.customerNo(),
          raised.assignedToNo());
      customer = null;
      reason = null;
      dueOn = LocalDate.now();
      day = callbacks.myDay();
    } catch (RuntimeException e) {
      feedback.refused(e, "callbackRaise", "customer=customer");
    }
  }

  private static String messageKeyOf(RuntimeException e) {
    var refusal = Feedback.refusalIn(e);
    return refusal == null ? null : refusal.messageKey();
  }

  public List<CallbackOutcome> getOutcomes() {
    return CallbackOutcome.ofTries();
  }

  public boolean isWorkable() {
    return task != null
        && task.state() == com.calldesk.callbacks.CallbackTask.State.ASSIGNED
        && day.list().stream().anyMatch(t -> t.id().equals(task.id()));
  }

  public MyCallbacks getDay() {
    return day;
  }

  public CallbackTaskView getTask() {
    return task;
  }

  public CallbackOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(CallbackOutcome outcome) {
    this.outcome = outcome;
  }

  public String getNewReason() {
    return newReason;
  }

  public void setNewReason(String newReason) {
    this.newReason = newReason;
  }

  public java.time.LocalDate getNewDueOn() {
    return newDueOn;
  }

  public void setNewDueOn(java.time.LocalDate newDueOn) {
    this.newDueOn = newDueOn;
  }

  public String getAnswers() {
    return answers;
  }

  public void setAnswers(String answers) {
    this.answers = answers;
  }

  public LocalDateTime getRetryAt() {
    return retryAt;
  }

  public void setRetryAt(LocalDateTime retryAt) {
    this.retryAt = retryAt;
  }

  public String getCustomer() {
    return customer;
  }

  public void setCustomer(String customer) {
    this.customer = customer;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }
}
