package com.calldesk.survey;

import com.calldesk.calls.CallLink;
import com.calldesk.calls.CallLog;
import com.calldesk.customers.CustomerCard;
import com.calldesk.customers.Customers;
import com.calldesk.security.Roles;
import com.calldesk.shared.AuditTrail;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The situation survey (情况调查, SPEC §3.4): questions admins configure (text, choice, number, date),
 * answered per call. Every answer is checked against its question's type on the server.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN})
public class Survey {

  static final String SUBJECT = "Survey";

  @PersistenceContext private EntityManager em;
  @Inject private Customers customers;
  @Inject private CallLog calls;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /** The questions agents ask now, in order. */
  public List<SurveyQuestionView> questions() {
    return query("where q.active = true ");
  }

  /** Every question, retired ones too (for admins). */
  @RolesAllowed(Roles.ADMIN)
  public List<SurveyQuestionView> allQuestions() {
    return query("");
  }

  /**
   * Records the customer's answers; unanswered optional questions are left out.
   *
   * @param answers question id → the answer as typed (dates as yyyy-MM-dd; a choice as its text in
   *     either language)
   * @param locale the language the questions were asked in (their text is kept with the answers)
   * @throws InvalidInput naming each question ("q" + id) whose answer is missing or wrong
   */
  @RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
  public Long take(Long customerId, String callId, Map<Long, String> answers, Locale locale) {
    CustomerCard customer = customers.card(customerId);
    CallLink call = callId == null || callId.isBlank() ? null : calls.linkFor(callId);
    if (call != null && !customerId.equals(call.customerId())) {
      throw new BusinessException("inquiry.otherCustomer", null, "call of another customer");
    }
    List<SurveyQuestionView> asked = questions();
    InvalidInput.Check check = new InvalidInput.Check();
    for (Long id : answers.keySet()) {
      check.require(
          asked.stream().anyMatch(q -> q.id().equals(id)), "q" + id, "survey.unknownQuestion");
    }
    for (SurveyQuestionView q : asked) {
      String value = InvalidInput.clean(answers.get(q.id()));
      if (value == null) {
        check.require(!q.required(), "q" + q.id(), "input.required");
      } else {
        check.require(fits(q, value), "q" + q.id(), "survey.bad." + q.answerType());
        check.text(value, false, 1000, "q" + q.id());
      }
    }
    check.require(
        answers.values().stream().anyMatch(v -> InvalidInput.clean(v) != null),
        "survey",
        "survey.empty");
    check.throwIfAny();
    Instant now = clock.instant();
    SurveyResponse response =
        new SurveyResponse(
            customer.id(), call == null ? null : call.callRowId(), audit.currentActor(), now);
    em.persist(response);
    em.flush();
    for (SurveyQuestionView q : asked) {
      String value = InvalidInput.clean(answers.get(q.id()));
      if (value != null) {
        em.persist(new SurveyAnswer(response.getId(), q.id(), q.text(locale), value));
      }
    }
    audit.record(
        "SURVEY_TAKEN",
        SUBJECT,
        response.getId(),
        "customer " + customer.customerNo() + (call == null ? "" : ", call " + call.callId()));
    return response.getId();
  }

  /**
   * Creates (id null) or changes a question.
   *
   * @throws BusinessException {@code survey.changedMeanwhile} when another admin saved it first
   */
  @RolesAllowed(Roles.ADMIN)
  public SurveyQuestionView saveQuestion(Long id, SurveyQuestionInput raw) {
    SurveyQuestionInput in = cleaned(raw);
    InvalidInput.Check check = new InvalidInput.Check();
    check
        .text(in.textZh(), true, 200, "textZh")
        .text(in.textEn(), true, 200, "textEn")
        .require(in.answerType() != null, "answerType", "input.required");
    if (in.answerType() == AnswerType.CHOICE) {
      check
          .require(in.choicesZh().size() >= 2, "choicesZh", "survey.needsChoices")
          .require(
              in.choicesZh().size() == in.choicesEn().size(), "choicesEn", "survey.choicesDiffer")
          .text(String.join(";", in.choicesZh()), false, 1000, "choicesZh")
          .text(String.join(";", in.choicesEn()), false, 1000, "choicesEn");
    }
    check.throwIfAny();
    String actor = audit.currentActor();
    Instant now = clock.instant();
    SurveyQuestion question;
    if (id == null) {
      question = new SurveyQuestion(actor, now);
    } else {
      question = em.find(SurveyQuestion.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (question == null) {
        throw new BusinessException("survey.notFound", null, "no question " + id);
      }
      if (question.getVersion() != in.expectedVersion()) {
        throw new BusinessException(
            "survey.changedMeanwhile",
            null,
            "question " + id + " was changed by " + question.getUpdatedBy(),
            question.getUpdatedBy());
      }
    }
    question.write(in, actor, now);
    if (id == null) {
      em.persist(question);
    }
    em.flush();
    audit.record(
        id == null ? "SURVEY_QUESTION_CREATED" : "SURVEY_QUESTION_CHANGED",
        SUBJECT,
        question.getId(),
        question.getAnswerType()
            + " "
            + question.getTextEn()
            + (question.isActive() ? "" : " (retired)"));
    return view(question);
  }

  private static boolean fits(SurveyQuestionView q, String value) {
    return switch (q.answerType()) {
      case TEXT -> true;
      case NUMBER -> isNumber(value);
      case DATE -> isDate(value);
      case CHOICE -> q.choicesZh().contains(value) || q.choicesEn().contains(value);
    };
  }

  private static boolean isNumber(String value) {
    try {
      new BigDecimal(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private List<SurveyQuestionView> query(String where) {
    return em
        .createQuery(
            "select q from SurveyQuestion q " + where + "order by q.sortOrder, q.id",
            SurveyQuestion.class)
        .getResultList()
        .stream()
        .map(Survey::view)
        .toList();
  }

  private static SurveyQuestionView view(SurveyQuestion q) {
    return new SurveyQuestionView(
        q.getId(),
        q.getTextZh(),
        q.getTextEn(),
        q.getAnswerType(),
        split(q.getChoicesZh()),
        split(q.getChoicesEn()),
        q.isRequired(),
        q.getSortOrder(),
        q.isActive(),
        q.getVersion());
  }

  private static List<String> split(String choices) {
    return choices == null
        ? List.of()
        : Arrays.stream(choices.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static SurveyQuestionInput cleaned(SurveyQuestionInput in) {
    return new SurveyQuestionInput(
        InvalidInput.clean(in.textZh()),
        InvalidInput.clean(in.textEn()),
        in.answerType(),
        cleanList(in.choicesZh()),
        cleanList(in.choicesEn()),
        in.required(),
        in.sortOrder(),
        in.active(),
        in.expectedVersion());
  }

  private static List<String> cleanList(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().map(InvalidInput::clean).filter(v -> v != null).toList();
  }
}
