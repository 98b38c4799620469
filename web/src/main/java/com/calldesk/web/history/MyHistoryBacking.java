package com.calldesk.web.history;

import com.calldesk.customers.CustomerCard;
import com.calldesk.customers.Customers;
import com.calldesk.inquiries.Inquiries;
import com.calldesk.inquiries.InquiryRow;
import com.calldesk.inquiries.InquiryView;
import com.calldesk.inquiries.NewReply;
import com.calldesk.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * My history (历史记录, SPEC §3.7): my inquiries with the answered ones ticked; open an unanswered one,
 * see the customer's numbers to call them back, and record the reply (回复) that answers it.
 * Supervisors also see their team's unanswered inquiries, oldest first.
 */
@Named("myHistory")
@ViewScoped
public class MyHistoryBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Inquiries inquiries;
  @Inject private Customers customers;
  @Inject private Feedback feedback;
  @Inject private ExternalContext external;

  private boolean unansweredOnly;
  private List<InquiryRow> rows = List.of();
  private List<InquiryRow> team;
  private InquiryView open;
  private CustomerCard customer;
  private String reply;
  private boolean replyAnswers = true;

  @PostConstruct
  void load() {
    search();
    String id = external.getRequestParameterMap().get("inquiry");
    if (id != null && id.matches("\\d{1,18}")) {
      open(Long.valueOf(id));
    }
  }

  public void search() {
    rows = inquiries.mine(unansweredOnly);
  }

  public List<InquiryRow> getTeam() {
    if (team == null) {
      team = external.isUserInRole("SUPERVISOR") ? inquiries.teamUnanswered() : List.of();
    }
    return team;
  }

  public void open(Long id) {
    try {
      open = inquiries.view(id);
      customer = customers.card(open.customerId());
      reply = null;
      replyAnswers = true;
    } catch (RuntimeException e) {
      feedback.refused(e, "history");
    }
  }

  public void sendReply() {
    if (open == null) {
      return;
    }
    try {
      open = inquiries.reply(open.id(), new NewReply(reply, replyAnswers, null));
      reply = null;
      feedback.info(open.answered() ? "history.replied" : "history.noted");
      search();
      team = null;
    } catch (RuntimeException e) {
      feedback.refused(e, "history", "reply=replyBody");
    }
  }

  public int getMaxRows() {
    return Inquiries.MAX_ROWS;
  }

  public boolean isUnansweredOnly() {
    return unansweredOnly;
  }

  public void setUnansweredOnly(boolean unansweredOnly) {
    this.unansweredOnly = unansweredOnly;
  }

  public List<InquiryRow> getRows() {
    return rows;
  }

  public InquiryView getOpen() {
    return open;
  }

  public CustomerCard getCustomer() {
    return customer;
  }

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }

  public boolean isReplyAnswers() {
    return replyAnswers;
  }

  public void setReplyAnswers(boolean replyAnswers) {
    this.replyAnswers = replyAnswers;
  }
}
