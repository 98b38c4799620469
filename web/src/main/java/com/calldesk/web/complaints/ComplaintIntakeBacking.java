package com.calldesk.web.complaints;

import com.calldesk.complaints.ComplaintChannel;
import com.calldesk.complaints.ComplaintTarget;
import com.calldesk.complaints.ComplaintView;
import com.calldesk.complaints.Complaints;
import com.calldesk.complaints.NewComplaint;
import com.calldesk.shared.CodeName;
import com.calldesk.web.Feedback;
import com.calldesk.web.desk.CustomerCardBacking;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Takes a complaint in (受理) on the desk, for the customer on the card: during a call it is linked
 * to the call; outside one the agent first opens the customer by number or phone.
 */
@Named("complaintIntake")
@ViewScoped
public class ComplaintIntakeBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Complaints complaints;
  @Inject private CustomerCardBacking card;
  @Inject private Feedback feedback;
  @Inject private FacesContext faces;

  private ComplaintChannel channel = ComplaintChannel.PHONE;
  private String category;
  private ComplaintTarget targetType = ComplaintTarget.SERVICE;
  private String target;
  private String content;
  private LocalDateTime receivedAt;
  private ComplaintView saved;
  private List<SelectItem> categories;

  /** Opening the form: the time starts as now, the agent may set an earlier one (a letter). */
  public void start() {
    saved = null;
    receivedAt = null;
  }

  public void save() {
    if (!card.isOpen()) {
      feedback.error(null, "complaint.noCustomer");
      return;
    }
    try {
      saved =
          complaints.receive(
              new NewComplaint(
                  card.getCustomerId(),
                  card.getCallId(),
                  channel,
                  category,
                  targetType,
                  target,
                  content,
                  receivedAt == null
                      ? null
                      : receivedAt.atZone(ZoneId.systemDefault()).toInstant()));
      target = null;
      content = null;
      receivedAt = null;
      card.refreshRecords();
      feedback.info(
          saved.repeatOfNo() == null ? "complaint.saved" : "complaint.savedRepeat",
          saved.complaintNo(),
          saved.repeatOfNo());
    } catch (RuntimeException e) {
      feedback.refused(
          e,
          "complaintForm",
          "channel=complaintChannel",
          "category=complaintCategory",
          "targetType=complaintTargetType",
          "target=complaintTarget",
          "content=complaintContent",
          "receivedAt=complaintReceivedAt");
    }
  }

  public List<SelectItem> getCategories() {
    if (categories == null) {
      Locale locale = faces.getViewRoot().getLocale();
      categories =
          complaints.categories().stream()
              .map((CodeName c) -> new SelectItem(c.code(), c.name(locale)))
              .toList();
    }
    return categories;
  }

  public ComplaintChannel[] getChannels() {
    return ComplaintChannel.values();
  }

  public ComplaintTarget[] getTargetTypes() {
    return ComplaintTarget.values();
  }

  public ComplaintView getSaved() {
    return saved;
  }

  public ComplaintChannel getChannel() {
    return channel;
  }

  public void setChannel(ComplaintChannel channel) {
    this.channel = channel;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public ComplaintTarget getTargetType() {
    return targetType;
  }

  public void setTargetType(ComplaintTarget targetType) {
    this.targetType = targetType;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public LocalDateTime getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(LocalDateTime receivedAt) {
    this.receivedAt = receivedAt;
  }
}
