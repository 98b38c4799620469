package com.calldesk.web.desk;

import com.calldesk.shared.InvalidInput;
import com.calldesk.survey.Survey;
import com.calldesk.survey.SurveyQuestionView;
import com.calldesk.web.Feedback;
import com.calldesk.web.i18n.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The situation survey (情况调查) for the customer on the card, per call. */
@Named("situationSurvey")
@ViewScoped
public class SituationSurveyBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Survey survey;
  @Inject private CustomerCardBacking card;
  @Inject private Feedback feedback;
  @Inject private Messages messages;
  @Inject private FacesContext faces;

  private List<SurveyQuestionView> questions;
  private final Map<Long, String> answers = new HashMap<>();
  private final Map<String, String> problems = new HashMap<>();

  public List<SurveyQuestionView> getQuestions() {
    if (questions == null) {
      questions = survey.questions();
    }
    return questions;
  }

  public String text(SurveyQuestionView q) {
    return q.text(faces.getViewRoot().getLocale());
  }

  public List<String> choices(SurveyQuestionView q) {
    return q.choices(faces.getViewRoot().getLocale());
  }

  public void take() {
    problems.clear();
    if (!card.isOpen()) {
      feedback.error(null, "inquiry.noCustomer");
      return;
    }
    try {
      survey.take(card.getCustomerId(), card.getCallId(), answers, faces.getViewRoot().getLocale());
      answers.clear();
      card.refreshRecords();
      feedback.info("survey.saved");
    } catch (RuntimeException e) {
      if (!(Feedback.refusalIn(e) instanceof InvalidInput invalid)) {
        feedback.refused(e, "card");
        return;
      }
      // Each problem goes next to its question ("q" + id); the rest to the form.
      for (InvalidInput.Problem p : invalid.problems()) {
        problems.put(p.field(), messages.get(p.messageKey()));
      }
      feedback.error(null, "survey.fix");
    }
  }

  /** The message for a question's answer, or null. */
  public String problem(SurveyQuestionView q) {
    return problems.get("q" + q.id());
  }

  public Map<Long, String> getAnswers() {
    return answers;
  }
}
