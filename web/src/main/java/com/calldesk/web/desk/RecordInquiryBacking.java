package com.calldesk.web.desk;

import com.calldesk.inquiries.Inquiries;
import com.calldesk.inquiries.NewInquiry;
import com.calldesk.shared.CodeName;
import com.calldesk.web.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Records an inquiry (咨询记录) for the customer on the card, linked to the call when there is one.
 * Once saved it cannot be edited: the form empties, and the record appears in the card's lists.
 */
@Named("recordInquiry")
@ViewScoped
public class RecordInquiryBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Inquiries inquiries;
  @Inject private CustomerCardBacking card;
  @Inject private Feedback feedback;
  @Inject private FacesContext faces;

  private String category = "PRODUCT";
  private String question;
  private String answer;
  private boolean answered;
  private Long articleId;
  private String articleTitle;
  private Long lastSavedId;
  private List<SelectItem> categories;

  public void save() {
    if (!card.isOpen()) {
      feedback.error(null, "inquiry.noCustomer");
      return;
    }
    try {
      lastSavedId =
          inquiries
              .record(
                  new NewInquiry(
                      card.getCustomerId(),
                      card.getCallId(),
                      category,
                      question,
                      answer,
                      answered,
                      articleId))
              .id();
      question = null;
      answer = null;
      answered = false;
      articleId = null;
      articleTitle = null;
      card.refreshRecords();
      feedback.info("inquiry.saved");
    } catch (RuntimeException e) {
      feedback.refused(e, "card");
    }
  }

  /** Links a knowledge article (or script) to the answer being written. */
  public void link(Long id, String title) {
    articleId = id;
    articleTitle = title;
  }

  public void unlink() {
    link(null, null);
  }

  /** Loaded once per view: JSF asks for the options several times per request. */
  public List<SelectItem> getCategories() {
    if (categories == null) {
      Locale locale = faces.getViewRoot().getLocale();
      categories =
          inquiries.categories().stream()
              .map((CodeName c) -> new SelectItem(c.code(), c.name(locale)))
              .toList();
    }
    return categories;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public boolean isAnswered() {
    return answered;
  }

  public void setAnswered(boolean answered) {
    this.answered = answered;
  }

  public Long getArticleId() {
    return articleId;
  }

  public String getArticleTitle() {
    return articleTitle;
  }

  public Long getLastSavedId() {
    return lastSavedId;
  }
}
