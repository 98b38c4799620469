package com.calldesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.calldesk.appointments.AppointmentKind;
import com.calldesk.appointments.AppointmentState;
import com.calldesk.appointments.AppointmentView;
import com.calldesk.appointments.Appointments;
import com.calldesk.appointments.NewAppointment;
import com.calldesk.appointments.Place;
import com.calldesk.bookings.Booking;
import com.calldesk.bookings.BookingRow;
import com.calldesk.bookings.BookingState;
import com.calldesk.bookings.BookingView;
import com.calldesk.bookings.Bookings;
import com.calldesk.bookings.NewBooking;
import com.calldesk.callbacks.CallbackAttempt;
import com.calldesk.callbacks.CallbackDay;
import com.calldesk.callbacks.CallbackOutcome;
import com.calldesk.callbacks.CallbackRuleView;
import com.calldesk.callbacks.CallbackTask;
import com.calldesk.callbacks.CallbackTaskView;
import com.calldesk.callbacks.Callbacks;
import com.calldesk.callbacks.MyCallbacks;
import com.calldesk.complaints.ComplaintAction;
import com.calldesk.complaints.ComplaintAlarms;
import com.calldesk.complaints.ComplaintCause;
import com.calldesk.complaints.ComplaintChannel;
import com.calldesk.complaints.ComplaintFilter;
import com.calldesk.complaints.ComplaintMove;
import com.calldesk.complaints.ComplaintPage;
import com.calldesk.complaints.ComplaintRow;
import com.calldesk.complaints.ComplaintState;
import com.calldesk.complaints.ComplaintStatistics;
import com.calldesk.complaints.ComplaintTarget;
import com.calldesk.complaints.ComplaintView;
import com.calldesk.complaints.Complaints;
import com.calldesk.complaints.NewComplaint;
import com.calldesk.customers.CustomerCalled;
import com.calldesk.customers.CustomerCard;
import com.calldesk.customers.CustomerCorrection;
import com.calldesk.customers.Customers;
import com.calldesk.customers.HistoryEntry;
import com.calldesk.inquiries.Inquiries;
import com.calldesk.inquiries.InquiryRow;
import com.calldesk.inquiries.InquiryView;
import com.calldesk.inquiries.NewInquiry;
import com.calldesk.inquiries.NewReply;
import com.calldesk.leads.Interest;
import com.calldesk.leads.Lead;
import com.calldesk.leads.LeadDesk;
import com.calldesk.leads.LeadResult;
import com.calldesk.leads.LeadView;
import com.calldesk.leads.Leads;
import com.calldesk.leads.NewLead;
import com.calldesk.leads.Timing;
import com.calldesk.messaging.contract.CallDeskQueue;
import com.calldesk.messaging.contract.Envelope;
import com.calldesk.messaging.contract.MessageContract;
import com.calldesk.scripts.ScriptInput;
import com.calldesk.scripts.ScriptKind;
import com.calldesk.scripts.ScriptTree;
import com.calldesk.scripts.ScriptView;
import com.calldesk.shared.BusinessException;
import com.calldesk.shared.InvalidInput;
import com.calldesk.shared.ReferenceView;
import com.calldesk.survey.AnswerType;
import com.calldesk.survey.Survey;
import com.calldesk.survey.SurveyQuestionInput;
import com.calldesk.survey.SurveyQuestionView;
import com.calldesk.workorders.BusinessQuery;
import com.calldesk.workorders.BusinessRecords;
import com.calldesk.workorders.TechnicianView;
import com.calldesk.workorders.WorkAreaView;
import com.calldesk.workorders.WorkOrderState;
import com.calldesk.workorders.WorkOrderView;
import com.calldesk.workorders.WorkOrders;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agent desk's records on a real Payara Micro and database: inquiries that cannot change once
 * saved, replies, the situation survey, the customer card with its lost-update guard and its
 * timeline, and the script tree's search.
 */
@ExtendWith({BrokerExtension.class, ArquillianExtension.class})
class DeskIT {

  private static final AtomicLong NUMBERS = new AtomicLong(System.currentTimeMillis() % 1_000_000);

  @Deployment
  static WebArchive deployment() {
    return Deployments.platform();
  }

  @Inject DeskFixture fixture;
  @Inject RunAs.AsAgent asAgent1002;
  @Inject RunAs.AsSupervisor asSupervisor2001;
  @Inject RunAs.AsAdmin asAdmin9001;
  @EJB Inquiries inquiries;
  @EJB Customers customers;
  @EJB Survey survey;
  @EJB ScriptTree scripts;
  @EJB Complaints complaints;
  @Inject ComplaintAlarms alarms;
  @Inject DeskRecorder desks;
  @Inject jakarta.enterprise.event.Event<CustomerCalled> customerCalled;
  @EJB Callbacks callbacks;
  @EJB com.calldesk.callbacks.CallbackRuleAdmin ruleAdmin;
  @Inject CallbackDay callbackDay;
  @Inject WorkFixture work;
  @Inject Probes probes;
  @Inject com.calldesk.callbacks.AutomaticCalls automatic;
  @EJB Appointments appointments;
  @EJB WorkOrders workOrders;
  @EJB BusinessQuery businessQuery;
  @EJB Bookings bookings;
  @EJB Leads leads;
  @Inject LeadDesk leadDesk;
  @Inject com.calldesk.bookings.BookingCalendar.Days bookingDays;

  // --- inquiries -------------------------------------------------------------------------------

  @Test
  void aSavedInquiryCannotBeChangedByTheEntityByJpqlOrBySql() throws Exception {
    Long customer = fixture.customer(newNumber());
    InquiryView saved = agent(() -> inquiries.record(inquiry(customer, null, "Price of towing?")));

    assertRefused(
        "cannot change", () -> fixture.changeQuestionThroughTheEntity(saved.id(), "by entity"));
    assertRefused("insert-only", () -> fixture.changeQuestionWithJpql(saved.id(), "by JPQL"));
    assertRefused("insert-only", () -> fixture.changeAnsweredWithSql(saved.id()));

    assertEquals("Price of towing?", fixture.storedQuestion(saved.id()));
    InquiryView reread = agent(() -> inquiries.view(saved.id()));
    assertFalse(reread.answered());
    assertNull(reread.answer());
  }

  @Test
  void repliesAreAppendedWithWhoAndWhenAndAnAnsweringReplyAnswersTheInquiry() throws Exception {
    Long customer = fixture.customer(newNumber());
    InquiryView saved = agent(() -> inquiries.record(inquiry(customer, null, "Invoice for May?")));
    assertTrue(unansweredOf1002().contains(saved.id()));

    agent(
        () ->
            inquiries.reply(
                saved.id(), new NewReply("Asked billing, will call back", false, null)));
    assertTrue(unansweredOf1002().contains(saved.id()), "a note does not answer");

    InquiryView answered =
        agent(() -> inquiries.reply(saved.id(), new NewReply("Sent by e-mail today", true, 22L)));
    assertTrue(answered.answered());
    assertFalse(answered.answeredOnSave());
    assertEquals(2, answered.replies().size());
    assertEquals("1002", answered.replies().get(1).repliedBy());
    assertNotNull(answered.replies().get(1).repliedAt());
    assertEquals(22L, answered.replies().get(1).articleId());
    assertEquals("Invoice for May?", answered.question(), "the record itself is untouched");
    assertFalse(unansweredOf1002().contains(saved.id()));
    InquiryRow row =
        agent(() -> inquiries.mine(false)).stream()
            .filter(r -> r.id().equals(saved.id()))
            .findFirst()
            .orElseThrow();
    assertTrue(row.answered(), "My history ticks it");

    assertRefused("insert-only", () -> fixture.deleteRepliesWithSql(saved.id()));
    assertEquals(2, agent(() -> inquiries.view(saved.id())).replies().size());
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
    Long customer = fixture.customer(newNumber());
    long before = fixture.rows("cd_inquiry");

    InvalidInput refused =
        refusal(
            InvalidInput.class,
            () ->
                agent(
                    () ->
                        inquiries.record(
                            new NewInquiry(customer, null, "NO_SUCH", "  ", null, true, 1L))));

    Set<String> fields =
        refused.problems().stream().map(InvalidInput.Problem::field).collect(Collectors.toSet());
    assertEquals(Set.of("question", "answer", "category", "article"), fields);
    assertEquals(before, fixture.rows("cd_inquiry"));

    InvalidInput emptyReply =
        refusal(
            InvalidInput.class,
            () ->
                agent(() -> inquiries.reply(recordedFor(customer), new NewReply(" ", true, null))));
    assertEquals("reply", emptyReply.problems().get(0).field());
  }

  @Test
  void anInquiryIsLinkedToTheAgentsCallAndNeverToSomeoneElses() throws Exception {
    Long customer = fixture.customer(newNumber());
    String mine = fixture.endedCall(customer, "1002");
    String theirs = fixture.endedCall(customer, "1001");

    InquiryView linked = agent(() -> inquiries.record(inquiry(customer, mine, "Opening hours?")));
    assertEquals(mine, linked.callId());

    BusinessException refused =
        refusal(
            BusinessException.class,
            () -> agent(() -> inquiries.record(inquiry(customer, theirs, "Opening hours?"))));
    assertEquals("calls.notYours", refused.messageKey());
  }

  // --- object-level access: author, their supervisor; anyone else gets "not found" ----------

  @Test
  void anotherAgentsInquiryIsNotFoundForReadingOrReplying() throws Exception {
    Long customer = fixture.customer(newNumber());
    Long theirs = fixture.inquiryBy("1001", customer, "Asked by 1001's caller");

    BusinessException read =
        refusal(BusinessException.class, () -> agent(() -> inquiries.view(theirs)));
    BusinessException missing =
        refusal(BusinessException.class, () -> agent(() -> inquiries.view(Long.MAX_VALUE)));
    assertEquals("inquiry.notFound", read.messageKey());
    assertEquals(missing.messageKey(), read.messageKey(), "same answer as an id never used");
    assertEquals(
        missing.getMessage().replace(String.valueOf(Long.MAX_VALUE), "#"),
        read.getMessage().replace(String.valueOf(theirs), "#"));

    BusinessException write =
        refusal(
            BusinessException.class,
            () -> agent(() -> inquiries.reply(theirs, new NewReply("Not mine", true, null))));
    assertEquals("inquiry.notFound", write.messageKey());
    assertEquals(0, fixture.repliesTo(theirs), "nothing was appended");
  }

  @Test
  void theAuthorsSupervisorSeesTheInquiryAndASupervisorOfAnotherTeamDoesNot() throws Exception {
    Long customer = fixture.customer(newNumber());
    Long theirs = fixture.inquiryBy("1001", customer, "Team question");

    assertEquals(
        "Team question",
        asSupervisor2001.call(() -> inquiries.view(theirs)).question(),
        "team lead");

    fixture.team("1001", null);
    try {
      BusinessException refused =
          refusal(
              BusinessException.class, () -> asSupervisor2001.call(() -> inquiries.view(theirs)));
      assertEquals("inquiry.notFound", refused.messageKey(), "no longer their team");
    } finally {
      fixture.team("1001", "2001");
    }
  }

  @Test
  void aSupervisorSeesTheTeamsUnansweredInquiriesOldestFirst() throws Exception {
    Long customer = fixture.customer(newNumber());
    InquiryView first = agent(() -> inquiries.record(inquiry(customer, null, "First question")));
    InquiryView second = agent(() -> inquiries.record(inquiry(customer, null, "Second question")));

    List<Long> team =
        asSupervisor2001.call(() -> inquiries.teamUnanswered()).stream()
            .map(InquiryRow::id)
            .toList();
    assertTrue(
        team.indexOf(first.id()) >= 0 && team.indexOf(first.id()) < team.indexOf(second.id()));

    agent(() -> inquiries.reply(first.id(), new NewReply("Answered", true, null)));
    assertFalse(
        asSupervisor2001.call(() -> inquiries.teamUnanswered()).stream()
            .anyMatch(r -> r.id().equals(first.id())));
    assertThrows(Exception.class, () -> agent(() -> inquiries.teamUnanswered()), "agents cannot");
  }

  // --- survey ----------------------------------------------------------------------------------

  @Test
  void surveyQuestionsAreConfiguredByAdminsAndAnswersCheckedAgainstTheirType() throws Exception {
    SurveyQuestionView channel =
        asAdmin9001.call(
            () ->
                survey.saveQuestion(
                    null,
                    new SurveyQuestionInput(
                        "购车意向",
                        "Plans to buy a car",
                        AnswerType.CHOICE,
                        List.of("有", "没有"),
                        List.of("Yes", "No"),
                        false,
                        5,
                        true,
                        0)));
    assertEquals(List.of("Yes", "No"), channel.choicesEn());
    assertThrows(
        Exception.class,
        () ->
            agent(
                () ->
                    survey.saveQuestion(
                        null,
                        new SurveyQuestionInput(
                            "x", "x", AnswerType.TEXT, null, null, false, 1, true, 0))),
        "agents do not configure the survey");
    BusinessException stale =
        refusal(
            BusinessException.class,
            () ->
                asAdmin9001.call(
                    () ->
                        survey.saveQuestion(
                            channel.id(),
                            new SurveyQuestionInput(
                                "购车意向",
                                "Wants a car",
                                AnswerType.CHOICE,
                                List.of("有", "没有"),
                                List.of("Yes", "No"),
                                false,
                                5,
                                true,
                                channel.version() + 1))));
    assertEquals("survey.changedMeanwhile", stale.messageKey());

    Long customer = fixture.customer(newNumber());
    String call = fixture.endedCall(customer, "1002");
    Map<Long, String> answers = new HashMap<>();
    answers.put(3L, "very"); // NUMBER, required
    answers.put(4L, "31/12/2026"); // DATE
    answers.put(channel.id(), "Maybe"); // not a choice
    InvalidInput wrong =
        refusal(
            InvalidInput.class,
            () -> agent(() -> survey.take(customer, call, answers, Locale.ENGLISH)));
    assertEquals(
        Set.of("q3", "q4", "q" + channel.id()),
        wrong.problems().stream().map(InvalidInput.Problem::field).collect(Collectors.toSet()));

    answers.put(3L, "5");
    answers.put(4L, "2026-12-31");
    answers.put(channel.id(), "有");
    Long taken = agent(() -> survey.take(customer, call, answers, Locale.SIMPLIFIED_CHINESE));
    assertNotNull(taken);
    HistoryEntry entry =
        agent(() -> customers.history(customer)).stream()
            .filter(e -> "SURVEY".equals(e.kind()))
            .findFirst()
            .orElseThrow();
    assertTrue(entry.summary().contains("购车意向: 有"), entry.summary());
    assertTrue(entry.summary().contains("2026-12-31"), entry.summary());

    answers.remove(3L);
    InvalidInput missing =
        refusal(
            InvalidInput.class,
            () -> agent(() -> survey.take(customer, call, answers, Locale.ENGLISH)));
    assertEquals("input.required", missing.problems().get(0).messageKey());
  }

  // --- customer card ---------------------------------------------------------------------------

  @Test
  void adminsTurnACallbackRuleOffAndChangeItsDaysAndAStaleScreenIsRefused() throws Exception {
    CallbackRuleView expiry = expiryRule();
    try {
      InvalidInput bad =
          refusal(
              InvalidInput.class,
              () -> asAdmin9001.call(() -> ruleAdmin.save("EXPIRY", true, 0, expiry.version())));
      assertEquals("callback.ruleDays", bad.problems().get(0).messageKey());
      assertEquals(expiry.days(), expiryRule().days(), "nothing saved");

      CallbackRuleView off =
          asAdmin9001.call(() -> ruleAdmin.save("EXPIRY", false, 30, expiry.version()));
      assertFalse(off.active());
      assertEquals(30, off.days());
      assertEquals("9001", off.updatedBy());
      assertEquals(
          "callback.ruleChanged",
          refusal(
                  BusinessException.class,
                  () ->
                      asAdmin9001.call(() -> ruleAdmin.save("EXPIRY", true, 14, expiry.version())))
              .messageKey(),
          "a second admin's old screen");

      Long customer = fixture.customer(newNumber());
      fixture.expiresOn(customer, LocalDate.now().plusDays(5));
      callbackDay.raiseFromRules(LocalDate.now(), java.time.Instant.now());
      assertTrue(
          fixture.callbackKeys("EXPIRY:" + customer + ":").isEmpty(),
          "a rule turned off raises none");
      assertThrows(Exception.class, () -> agent(() -> ruleAdmin.rules()), "for admins only");
    } finally {
      CallbackRuleView now = expiryRule();
      asAdmin9001.call(() -> ruleAdmin.save("EXPIRY", true, expiry.days(), now.version()));
    }
  }

  private CallbackRuleView expiryRule() throws Exception {
    return asAdmin9001.call(() -> ruleAdmin.rules()).stream()
        .filter(r -> "EXPIRY".equals(r.code()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theCardKeepsAnExpiryDateAndTheRulesRaiseACallbackBeforeIt() throws Exception {
    String number = newNumber();
    Long customerId = fixture.customer(number);
    CustomerCard loaded = agent(() -> customers.card(customerId));
    LocalDate expiry = LocalDate.now().plusDays(10);

    CustomerCard saved =
        agent(
            () ->
                customers.correct(
                    customerId,
                    new CustomerCorrection(
                        loaded.version(),
                        "Contract holder",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(number),
                        expiry)));
    assertEquals(expiry, saved.expiresOn());
    assertEquals(expiry, agent(() -> customers.card(customerId)).expiresOn());

    assertEquals(
        Map.of("EXPIRY:" + customerId + ":" + expiry, LocalDate.now()),
        fixture.callbackKeys("EXPIRY:" + customerId + ":"),
        "raised with the card's change, due at once: the expiry is within the rule's 14 days");
    callbackDay.raiseFromRules(LocalDate.now(), java.time.Instant.now());
    assertEquals(1, fixture.callbackKeys("EXPIRY:" + customerId + ":").size(), "not twice");
  }

  @Test
  void aSecondEditorWorkingFromAnOldCopyIsRefusedAndToldWhoChangedIt() throws Exception {
    String number = newNumber();
    Long customerId = fixture.customer(number);
    CustomerCard loaded = agent(() -> customers.card(customerId));

    CustomerCard saved =
        asSupervisor2001.call(
            () ->
                customers.correct(
                    customerId, correction(loaded.version(), "王先生", "VIP", number, "13911112222")));
    assertEquals("VIP", saved.classCode());
    assertEquals(List.of(number, "13911112222"), saved.phoneNumbers());
    assertEquals("2001", saved.updatedBy());

    BusinessException lost =
        refusal(
            BusinessException.class,
            () ->
                agent(
                    () ->
                        customers.correct(
                            customerId,
                            correction(loaded.version(), "Mr Wang", "BUSINESS", number))));
    assertEquals("customer.changedMeanwhile", lost.messageKey());
    assertTrue(lost.args()[0].toString().startsWith("2001 "), "names who: " + lost.args()[0]);
    CustomerCard now = agent(() -> customers.card(customerId));
    assertEquals("王先生", now.fullName(), "the first save stands");
    assertEquals(customerId, agent(() -> customers.lookup("13911112222")).orElseThrow().id());
    assertEquals(customerId, agent(() -> customers.lookup(now.customerNo())).orElseThrow().id());
  }

  @Test
  void theCardRefusesBadDataAndAnotherCustomersNumber() throws Exception {
    String number = newNumber();
    Long customerId = fixture.customer(number);
    String othersNumber = newNumber();
    fixture.customer(othersNumber);
    CustomerCard loaded = agent(() -> customers.card(customerId));

    CustomerCorrection bad =
        new CustomerCorrection(
            loaded.version(),
            "x".repeat(101),
            "OTHER",
            null,
            null,
            "not-an-address",
            null,
            "NO_SUCH_CLASS",
            List.of(number, othersNumber),
            null);
    InvalidInput refused =
        refusal(InvalidInput.class, () -> agent(() -> customers.correct(customerId, bad)));
    assertEquals(
        Set.of("fullName", "gender", "email", "classCode", "phones"),
        refused.problems().stream().map(InvalidInput.Problem::field).collect(Collectors.toSet()));
    assertEquals(
        List.of(number), agent(() -> customers.card(customerId)).phoneNumbers(), "nothing saved");

    InvalidInput noPhone =
        refusal(
            InvalidInput.class,
            () ->
                agent(
                    () -> customers.correct(customerId, correction(loaded.version(), "A", null))));
    assertEquals("customer.needsPhone", noPhone.problems().get(0).messageKey());
  }

  @Test
  void theTimelineShowsCallsInquiriesRepliesAndCardChangesNewestFirst() throws Exception {
    String number = newNumber();
    Long customerId = fixture.customer(number);
    String call = fixture.endedCall(customerId, "1002");
    InquiryView asked = agent(() -> inquiries.record(inquiry(customerId, call, "Towing price?")));
    agent(() -> inquiries.reply(asked.id(), new NewReply("Free up to 50 km", true, 12L)));
    CustomerCard card = agent(() -> customers.card(customerId));
    agent(() -> customers.correct(customerId, correction(card.version(), "Li", "NEW", number)));

    List<HistoryEntry> history = agent(() -> customers.history(customerId));
    List<String> kinds = history.stream().map(HistoryEntry::kind).toList();
    assertTrue(kinds.containsAll(List.of("CALL", "INQUIRY", "REPLY", "CARD")), kinds.toString());
    for (int i = 1; i < history.size(); i++) {
      assertFalse(history.get(i).at().isAfter(history.get(i - 1).at()), "newest first");
    }
    assertEquals("CARD", history.get(0).kind());
  }

  @Test
  void adminsConfigureCustomerClassesAndAgentsChooseOnlyActiveOnes() throws Exception {
    String code = "GOLD_" + NUMBERS.incrementAndGet() % 100_000;
    ReferenceView created =
        asAdmin9001.call(
            () -> customers.saveClass(new ReferenceView(code, "金卡", "Gold", 70, true, 0)));
    assertTrue(agent(() -> customers.classes()).stream().anyMatch(c -> c.code().equals(code)));

    BusinessException stale =
        refusal(
            BusinessException.class,
            () ->
                asAdmin9001.call(
                    () ->
                        customers.saveClass(
                            new ReferenceView(
                                code, "金卡", "Gold", 70, false, created.version() + 1))));
    assertEquals("customer.classChangedMeanwhile", stale.messageKey());
    asAdmin9001.call(
        () ->
            customers.saveClass(
                new ReferenceView(code, "金卡", "Gold", 70, false, created.version())));
    assertFalse(agent(() -> customers.classes()).stream().anyMatch(c -> c.code().equals(code)));

    String number = newNumber();
    Long customerId = fixture.customer(number);
    long version = agent(() -> customers.card(customerId)).version();
    InvalidInput retired =
        refusal(
            InvalidInput.class,
            () ->
                agent(() -> customers.correct(customerId, correction(version, "A", code, number))));
    assertEquals("customer.badClass", retired.problems().get(0).messageKey());
    assertThrows(
        Exception.class,
        () -> agent(() -> customers.saveClass(new ReferenceView("X", "x", "x", 1, true, 0))),
        "agents do not configure classes");
    InvalidInput badCode =
        refusal(
            InvalidInput.class,
            () ->
                asAdmin9001.call(
                    () -> customers.saveClass(new ReferenceView("1 bad", " ", "x", 1, true, 0))));
    assertEquals(
        Set.of("code", "nameZh"),
        badCode.problems().stream().map(InvalidInput.Problem::field).collect(Collectors.toSet()));
  }

  @Test
  void adminsKeepInquiryCategoriesAndAgentsRecordOnlyWithActiveOnes() throws Exception {
    String code = "WARRANTY_" + NUMBERS.incrementAndGet() % 100_000;
    ReferenceView created =
        asAdmin9001.call(
            () -> inquiries.saveCategory(new ReferenceView(code, "保修咨询", "Warranty", 35, true, 0)));
    assertTrue(agent(() -> inquiries.categories()).stream().anyMatch(c -> c.code().equals(code)));
    assertTrue(
        asAdmin9001.call(() -> inquiries.allCategories()).stream()
            .anyMatch(c -> c.code().equals(code) && c.nameEn().equals("Warranty")));
    Long customer = fixture.customer(newNumber());
    assertNotNull(
        agent(
            () ->
                inquiries.record(
                    new NewInquiry(customer, null, code, "Is it covered?", null, false, null))));

    assertEquals(
        "reference.changedMeanwhile",
        refusal(
                BusinessException.class,
                () ->
                    asAdmin9001.call(
                        () ->
                            inquiries.saveCategory(
                                new ReferenceView(code, "保修", "Warranty", 35, false, 99))))
            .messageKey());
    asAdmin9001.call(
        () ->
            inquiries.saveCategory(
                new ReferenceView(code, "保修咨询", "Warranty", 35, false, created.version())));
    InvalidInput retired =
        refusal(
            InvalidInput.class,
            () ->
                agent(
                    () ->
                        inquiries.record(
                            new NewInquiry(
                                customer, null, code, "Still covered?", null, false, null))));
    assertEquals("category", retired.problems().get(0).field());
    assertTrue(fixture.auditCount("INQUIRY_CATEGORY_CHANGED", code) >= 1, "audited");
    assertThrows(
        Exception.class,
        () -> agent(() -> inquiries.saveCategory(new ReferenceView("X", "x", "x", 1, true, 0))),
        "agents keep no reference lists");
  }

  // --- scripts and knowledge base --------------------------------------------------------------

  @Test
  void searchFindsScriptsAndArticlesByAnyWordInEitherLanguage() throws Exception {
    assertEquals(List.of(12L), ids(agent(() -> scripts.search("towing"))));
    assertEquals(List.of(12L), ids(agent(() -> scripts.search("拖车"))));
    assertEquals(List.of(12L), ids(agent(() -> scripts.search("拖车 FREE"))), "every word, any case");
    assertTrue(agent(() -> scripts.search("towing nonsense")).isEmpty());
    assertTrue(agent(() -> scripts.search("   ")).isEmpty());
    assertTrue(agent(() -> scripts.search("100%")).isEmpty(), "% is a character, not a wildcard");
    assertEquals("Greeting", agent(() -> scripts.forPurpose("GREETING")).orElseThrow().titleEn());
    assertEquals(7L, agent(() -> scripts.forPurpose("CLOSING")).orElseThrow().id());

    ScriptView added =
        asAdmin9001.call(
            () ->
                scripts.save(
                    null,
                    new ScriptInput(
                        20L,
                        ScriptKind.ARTICLE,
                        null,
                        40,
                        "会员积分",
                        "Loyalty points",
                        "每消费一元积一分。",
                        "One point per yuan spent.",
                        "积分 points",
                        0)));
    assertEquals(List.of(added.id()), ids(agent(() -> scripts.search("积一分"))));
    assertEquals(List.of(added.id()), ids(agent(() -> scripts.search("loyalty"))));
    assertTrue(agent(() -> scripts.tree()).stream().anyMatch(n -> n.id().equals(added.id())));

    InvalidInput secondGreeting =
        refusal(
            InvalidInput.class,
            () ->
                asAdmin9001.call(
                    () ->
                        scripts.save(
                            null,
                            new ScriptInput(
                                1L,
                                ScriptKind.SCRIPT,
                                "GREETING",
                                1,
                                "问候2",
                                "Greeting 2",
                                "您好",
                                "Hello",
                                null,
                                0))));
    assertEquals("scripts.purposeTaken", secondGreeting.problems().get(0).messageKey());
    assertThrows(
        Exception.class,
        () ->
            agent(
                () -> {
                  scripts.delete(added.id());
                  return null;
                }),
        "agents read the tree, admins keep it");
    asAdmin9001.call(
        () -> {
          scripts.delete(added.id());
          return null;
        });
    assertTrue(agent(() -> scripts.search("loyalty")).isEmpty());
  }

  // --- helpers ---------------------------------------------------------------------------------

  // --- complaints ------------------------------------------------------------------------------

  @Test
  void aComplaintGoesFromIntakeToClosedAcrossAgentAndSupervisorWithEveryStepKept()
      throws Exception {
    Long customer = fixture.customer(newNumber());
    ComplaintView c = agent(() -> complaints.receive(complaint(customer, "SERVICE", "agent 1003")));
    assertEquals(ComplaintState.RECEIVED, c.state());
    assertTrue(c.complaintNo().matches("TS\\d{8}"), c.complaintNo());
    assertEquals(c.receivedAt().plus(Duration.ofHours(48)), c.dueAt(), "SERVICE is due in 48 h");

    c = move(c, ComplaintAction.ACCEPT, null, "SERVICE", null, null, null);
    c =
        move(
            c,
            ComplaintAction.INVESTIGATE,
            "rushed",
            null,
            ComplaintCause.ATTITUDE,
            "Li Lei",
            null);
    c = move(c, ComplaintAction.PROPOSE_PLAN, "Apologise and coach", null, null, null, null);
    assertEquals(Set.of(ComplaintAction.HOLD), c.moves(), "an agent cannot judge their own plan");

    ComplaintView proposed = c;
    BusinessException notTheirs =
        refusal(
            BusinessException.class,
            () ->
                agent(
                    () ->
                        complaints.move(
                            ComplaintMove.of(
                                proposed.id(),
                                proposed.version(),
                                ComplaintAction.APPROVE_PLAN,
                                null))));
    assertEquals("complaint.supervisorOnly", notTheirs.messageKey());
    assertEquals(ComplaintState.PLAN_PROPOSED, agent(() -> complaints.view(proposed.id())).state());

    ComplaintView returned =
        asSupervisor2001.call(
            () ->
                complaints.move(
                    ComplaintMove.of(
                        proposed.id(),
                        proposed.version(),
                        ComplaintAction.RETURN_PLAN,
                        "Also refund the fee")));
    assertEquals(ComplaintState.INVESTIGATING, returned.state());
    c =
        move(
            returned,
            ComplaintAction.PROPOSE_PLAN,
            "Apologise, coach, refund",
            null,
            null,
            null,
            null);
    ComplaintView again = c;
    c =
        asSupervisor2001.call(
            () ->
                complaints.move(
                    ComplaintMove.of(
                        again.id(), again.version(), ComplaintAction.APPROVE_PLAN, "ok")));
    assertEquals(ComplaintState.PLAN_APPROVED, c.state());
    c = move(c, ComplaintAction.RESOLVE, "Refunded 30 yuan, agent coached", null, null, null, null);
    c = move(c, ComplaintAction.CLOSE, "Satisfied with the refund", null, null, null, 4);

    assertEquals(ComplaintState.CLOSED, c.state());
    assertEquals(4, c.satisfaction());
    assertNotNull(c.closedAt());
    assertEquals(
        LocalDate.ofInstant(c.closedAt(), java.time.ZoneId.systemDefault()).plusDays(3),
        c.followupDueOn(),
        "closing records that a follow-up callback is due");
    assertEquals(
        Map.of("COMPLAINT:" + c.id(), c.followupDueOn()),
        fixture.callbackKeys("COMPLAINT:" + c.id()),
        "the follow-up callback is raised with the close, not at the next run of the rules");
    assertNotNull(fixture.followUpTaskOf(c.id()));
    assertTrue(c.moves().isEmpty(), "nothing follows CLOSED");
    assertEquals(
        List.of(
            "RECEIVED",
            "ACCEPT",
            "INVESTIGATE",
            "PROPOSE_PLAN",
            "RETURN_PLAN",
            "PROPOSE_PLAN",
            "APPROVE_PLAN",
            "RESOLVE",
            "CLOSE"),
        c.steps().stream().map(ComplaintView.StepView::action).toList());
    assertEquals("2001", c.steps().get(4).by(), "who sent the plan back");
    assertEquals("Also refund the fee", c.steps().get(4).detail());
    assertEquals(ComplaintState.PLAN_PROPOSED, c.steps().get(4).fromState());
    assertEquals(ComplaintState.INVESTIGATING, c.steps().get(4).toState());
    assertTrue(c.steps().stream().allMatch(st -> st.at() != null && st.by() != null));
    assertEquals(1, fixture.auditCount("COMPLAINT_CLOSE", c.id().toString()));

    List<HistoryEntry> timeline = agent(() -> customers.history(customer));
    assertTrue(timeline.stream().anyMatch(h -> h.kind().equals("COMPLAINT")), "on the timeline");
    assertTrue(
        timeline.stream()
            .anyMatch(h -> h.kind().equals("COMPLAINT_STEP") && h.summary().contains("CLOSE")));
  }

  @Test
  void anIllegalMoveOrAStaleScreenIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
    Long customer = fixture.customer(newNumber());
    ComplaintView c = agent(() -> complaints.receive(complaint(customer, "PRODUCT", "kettle")));
    long steps = fixture.rowsOf("cd_complaint_step", "complaint_id", c.id());

    BusinessException illegal =
        refusal(
            BusinessException.class,
            () ->
                agent(
                    () ->
                        complaints.move(
                            ComplaintMove.of(c.id(), c.version(), ComplaintAction.RESOLVE, "x"))));
    assertEquals("complaint.illegalMove", illegal.messageKey());
    assertEquals(List.of("RESOLVE", "RECEIVED"), List.of(illegal.args()));
    // Every move the table does not allow from RECEIVED, through the service, as a supervisor
    // (so that no role check answers first).
    for (ComplaintAction action : ComplaintAction.values()) {
      if (ComplaintAction.from(ComplaintState.RECEIVED).contains(action)) {
        continue;
      }
      BusinessException refused =
          refusal(
              BusinessException.class,
              () ->
                  asSupervisor2001.call(
                      () ->
                          complaints.move(
                              new ComplaintMove(
                                  c.id(),
                                  c.version(),
                                  action,
                                  "text",
                                  "SERVICE",
                                  ComplaintCause.OTHER,
                                  "someone",
                                  3))));
      assertEquals("complaint.illegalMove", refused.messageKey(), action.name());
    }
    assertEquals(steps, fixture.rowsOf("cd_complaint_step", "complaint_id", c.id()));

    ComplaintView accepted = move(c, ComplaintAction.ACCEPT, null, "AFTER_SALES", null, null, null);
    BusinessException stale =
        refusal(
            BusinessException.class,
            () ->
                agent(
                    () ->
                        complaints.move(
                            ComplaintMove.of(c.id(), c.version(), ComplaintAction.REJECT, "no"))));
    assertEquals("complaint.changedMeanwhile", stale.messageKey());
    assertEquals("1002", stale.args()[0], "told who moved it on");

    InvalidInput badFields =
        refusal(
            InvalidInput.class,
            () ->
                agent(
                    () ->
                        complaints.move(
                            new ComplaintMove(
                                c.id(),
                                accepted.version(),
                                ComplaintAction.INVESTIGATE,
                                "x".repeat(1001),
                                null,
                                null,
                                " ",
                                null))));
    assertEquals(
        Set.of("cause", "responsiblePerson", "text"),
        badFields.problems().stream().map(InvalidInput.Problem::field).collect(Collectors.toSet()));

    ComplaintView after = agent(() -> complaints.view(c.id()));
    assertEquals(ComplaintState.ACCEPTED, after.state());
    assertEquals(accepted.version(), after.version());
    assertEquals(steps + 1, fixture.rowsOf("cd_complaint_step", "complaint_id", c.id()));
  }

  @Test
  void intakeRefusesEachBadFieldAndSavesNothing() throws Exception {
    long before = fixture.rows("cd_complaint");
    InvalidInput refused =
        refusal(
            InvalidInput.class,
            () ->
                agent(
                    () ->
                        complaints.receive(
                            new NewComplaint(
                                null,
                                null,
                                null,
                                "NO_SUCH",
                                null,
                                " ",
                                "x".repeat(2001),
                                Instant.now().plus(Duration.ofDays(1))))));
    assertEquals(
        Set.of("customer", "channel", "category", "targetType", "target", "content", "receivedAt"),
        refused.problems().stream().map(InvalidInput.Problem::field).collect(Collectors.toSet()));
    assertEquals(before, fixture.rows("cd_complaint"));
  }

  @Test
  void waitingOnTheCustomerStopsTheClockAndTheirNextCallStartsItAgain() throws Exception {
    Long customer = fixture.customer(newNumber());
    ComplaintView c = agent(() -> complaints.receive(complaint(customer, "BILLING", "invoice")));
    ComplaintView held =
        move(c, ComplaintAction.HOLD, "Waiting for the receipt", null, null, null, null);
    assertEquals(ComplaintState.WAITING_ON_CUSTOMER, held.state());
    assertEquals(ComplaintState.RECEIVED, held.heldFrom());
    Thread.sleep(1100);

    ComplaintView resumed = move(held, ComplaintAction.RESUME, null, null, null, null, null);
    assertEquals(ComplaintState.RECEIVED, resumed.state());
    Instant heldAt = resumed.steps().get(1).at();
    Instant resumedAt = resumed.steps().get(2).at();
    long paused = Duration.between(heldAt, resumedAt).toSeconds();
    assertTrue(paused >= 1, "paused " + paused + " s");
    assertEquals(paused, resumed.pausedSeconds());
    assertEquals(c.dueAt().plusSeconds(paused), resumed.dueAt(), "moved by exactly the pause");

    ComplaintView heldAgain =
        move(resumed, ComplaintAction.HOLD, "Needs the contract number", null, null, null, null);
    asAgent1002.call(
        () -> {
          customerCalled.fire(new CustomerCalled(customer, "call-back-from-customer"));
          return null;
        });
    ComplaintView byCall = agent(() -> complaints.view(c.id()));
    assertEquals(ComplaintState.RECEIVED, byCall.state(), "the customer's call resumed it");
    ComplaintView.StepView last = byCall.steps().get(byCall.steps().size() - 1);
    assertEquals("RESUME", last.action());
    assertEquals("system", last.by());
    assertTrue(last.detail().contains("call-back-from-customer"));
    assertEquals(
        heldAgain.dueAt().plusSeconds(byCall.pausedSeconds() - heldAgain.pausedSeconds()),
        byCall.dueAt());
  }

  @Test
  void aRepeatComplaintIsLinkedToTheEarlierOneAndFlaggedOnBoth() throws Exception {
    Long customer = fixture.customer(newNumber());
    ComplaintView first =
        agent(() -> complaints.receive(complaint(customer, "REPAIR", "Haier washer")));
    ComplaintView second =
        agent(() -> complaints.receive(complaint(customer, "PRODUCT", "haier WASHER")));
    assertEquals(first.complaintNo(), second.repeatOfNo(), "same target, other category");
    assertEquals(
        List.of(second.complaintNo()), agent(() -> complaints.view(first.id())).repeatedBy());
    assertTrue(
        agent(() -> complaints.page(ComplaintFilter.mine(), 0, 50)).rows().stream()
            .filter(r -> r.id().equals(first.id()) || r.id().equals(second.id()))
            .allMatch(ComplaintRow::repeat));

    Long other = fixture.customer(newNumber());
    assertNull(
        agent(() -> complaints.receive(complaint(other, "REPAIR", "Haier washer"))).repeatOfNo(),
        "another customer's complaint is not a repeat");

    Long third = fixture.customer(newNumber());
    ComplaintView old = agent(() -> complaints.receive(complaint(third, "OTHER", "parking")));
    ComplaintView rejected =
        move(old, ComplaintAction.REJECT, "Not our car park", null, null, null, null);
    fixture.closedDaysAgo(rejected.id(), 31);
    assertNull(
        agent(() -> complaints.receive(complaint(third, "OTHER", "parking"))).repeatOfNo(),
        "closed longer ago than 30 days");

    Long fourth = fixture.customer(newNumber());
    ComplaintView recent = agent(() -> complaints.receive(complaint(fourth, "OTHER", "noise")));
    ComplaintView rejectedRecently =
        move(recent, ComplaintAction.REJECT, "Not our site", null, null, null, null);
    fixture.closedDaysAgo(rejectedRecently.id(), 29);
    assertEquals(
        recent.complaintNo(),
        agent(() -> complaints.receive(complaint(fourth, "OTHER", "noise again"))).repeatOfNo(),
        "closed 29 days ago: a repeat");
  }

  @Test
  void anotherAgentsComplaintIsNotFoundWhileSupervisorsSeeIt() throws Exception {
    Long customer = fixture.customer(newNumber());
    Long theirs = fixture.complaintBy("1001", customer, "1001's caller complains");

    BusinessException read =
        refusal(BusinessException.class, () -> agent(() -> complaints.view(theirs)));
    BusinessException missing =
        refusal(BusinessException.class, () -> agent(() -> complaints.view(Long.MAX_VALUE)));
    assertEquals("complaint.notFound", read.messageKey());
    assertEquals(missing.messageKey(), read.messageKey(), "same answer as an id never used");

    BusinessException write =
        refusal(
            BusinessException.class,
            () ->
                agent(
                    () ->
                        complaints.move(
                            ComplaintMove.of(theirs, 0, ComplaintAction.REJECT, "not mine"))));
    assertEquals("complaint.notFound", write.messageKey());
    assertEquals(1, fixture.rowsOf("cd_complaint", "id", theirs));
    assertEquals(0, fixture.rowsOf("cd_complaint_step", "complaint_id", theirs), "nothing moved");
    assertTrue(
        agent(() -> complaints.page(ComplaintFilter.mine(), 0, 200)).rows().stream()
            .noneMatch(r -> r.id().equals(theirs)));

    assertEquals(
        "1001's caller complains",
        asSupervisor2001.call(() -> complaints.view(theirs)).content(),
        "supervisors see every complaint");
    BusinessException team =
        refusal(
            BusinessException.class,
            () ->
                agent(
                    () ->
                        complaints.page(
                            new ComplaintFilter(
                                ComplaintFilter.Scope.TEAM,
                                null,
                                null,
                                null,
                                null,
                                false,
                                null,
                                false),
                            0,
                            20)));
    assertEquals("complaint.supervisorOnly", team.messageKey());
  }

  @Test
  void supervisorsFilterTheListsInTheDatabaseAndCountByCategoryDepartmentCauseAndState()
      throws Exception {
    Long customer = fixture.customer(newNumber());
    ComplaintView a = agent(() -> complaints.receive(complaint(customer, "BILLING", "meter")));
    move(a, ComplaintAction.ACCEPT, null, "QUALITY", null, null, null);
    Long other = fixture.customer(newNumber());
    agent(() -> complaints.receive(complaint(other, "BILLING", "bill")));

    ComplaintFilter teamBilling =
        new ComplaintFilter(
            ComplaintFilter.Scope.TEAM, null, "BILLING", "QUALITY", "1002", false, "dueAt", true);
    ComplaintPage page = asSupervisor2001.call(() -> complaints.page(teamBilling, 0, 10));
    assertTrue(page.rows().stream().anyMatch(r -> r.id().equals(a.id())));
    assertTrue(
        page.rows().stream()
            .allMatch(
                r -> "BILLING".equals(r.categoryCode()) && "QUALITY".equals(r.departmentCode())));
    assertEquals(page.rows().size(), page.total());

    ComplaintPage firstOfAll =
        asSupervisor2001.call(
            () ->
                complaints.page(
                    new ComplaintFilter(
                        ComplaintFilter.Scope.ALL,
                        null,
                        null,
                        null,
                        null,
                        false,
                        "complaintNo",
                        false),
                    0,
                    2));
    assertEquals(2, firstOfAll.rows().size(), "paged");
    ComplaintPage unsorted =
        asSupervisor2001.call(
            () ->
                complaints.page(
                    new ComplaintFilter(
                        ComplaintFilter.Scope.ALL, null, null, null, null, false, null, false),
                    0,
                    5));
    assertEquals(firstOfAll.total(), unsorted.total(), "no sort: newest first");
    assertTrue(!unsorted.rows().get(0).receivedAt().isBefore(unsorted.rows().get(1).receivedAt()));
    assertTrue(firstOfAll.total() >= 3);
    assertTrue(
        firstOfAll.rows().get(0).complaintNo().compareTo(firstOfAll.rows().get(1).complaintNo())
            > 0);

    LocalDate today = LocalDate.now();
    ComplaintStatistics stats = asSupervisor2001.call(() -> complaints.statistics(today, today));
    long billing =
        stats.byCategory().stream()
            .filter(x -> "BILLING".equals(x.code()))
            .findFirst()
            .orElseThrow()
            .count();
    assertTrue(billing >= 2);
    assertEquals(
        stats.total(), stats.byState().stream().mapToLong(ComplaintStatistics.Count::count).sum());
    assertTrue(stats.byDepartment().stream().anyMatch(x -> "QUALITY".equals(x.code())));
    ComplaintStatistics none =
        asSupervisor2001.call(
            () -> complaints.statistics(today.minusYears(5), today.minusYears(5)));
    assertEquals(0, none.total());
    InvalidInput backwards =
        refusal(
            InvalidInput.class,
            () -> asSupervisor2001.call(() -> complaints.statistics(today, today.minusDays(1))));
    assertEquals("to", backwards.field());
  }

  @Test
  void statisticsOverMonthsAddUpTheMonthlyCountsAndEqualCountingEveryComplaint() throws Exception {
    // Complaints of earlier months (letters received then), moved on since: the monthly counts
    // follow every move.
    Long customer = fixture.customer(newNumber());
    for (int daysAgo : new int[] {70, 75, 200}) {
      ComplaintView old =
          agent(
              () ->
                  complaints.receive(
                      new NewComplaint(
                          customer,
                          null,
                          ComplaintChannel.LETTER,
                          "PRODUCT",
                          ComplaintTarget.PRODUCT,
                          "item " + daysAgo,
                          "An old letter",
                          Instant.now().minus(Duration.ofDays(daysAgo)))));
      ComplaintView accepted = move(old, ComplaintAction.ACCEPT, null, "QUALITY", null, null, null);
      if (daysAgo == 75) {
        move(accepted, ComplaintAction.INVESTIGATE, null, null, ComplaintCause.PROCESS, "Li", null);
      }
    }
    LocalDate to = LocalDate.now();
    LocalDate from = to.minusDays(365);
    ComplaintStatistics stats = asSupervisor2001.call(() -> complaints.statistics(from, to));
    java.time.ZoneId zone = java.time.ZoneId.systemDefault();
    Map<String, Long> direct =
        fixture.complaintsByState(
            from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
    Map<String, Long> fromStats = new java.util.TreeMap<>();
    stats.byState().forEach(x -> fromStats.put(x.code(), x.count()));
    assertEquals(direct, fromStats, "whole months from the counts, the edges from the complaints");
    assertEquals(direct.values().stream().mapToLong(Long::longValue).sum(), stats.total());
    assertTrue(stats.byCause().stream().anyMatch(x -> "PROCESS".equals(x.code())));
  }

  @Test
  void anOverdueComplaintIsEscalatedOnceToTheAuthorsSupervisorWithoutMakingScreensStale()
      throws Exception {
    Long customer = fixture.customer(newNumber());
    ComplaintView late =
        agent(
            () ->
                complaints.receive(
                    new NewComplaint(
                        customer,
                        null,
                        ComplaintChannel.LETTER,
                        "SERVICE",
                        ComplaintTarget.STAFF,
                        "counter staff",
                        "A letter that lay around",
                        Instant.now().minus(Duration.ofHours(49)))));
    assertTrue(late.overdue());

    alarms.sweep(Instant.now());
    ComplaintView escalated = agent(() -> complaints.view(late.id()));
    assertEquals(late.version(), escalated.version(), "the clock does not make screens stale");
    assertEquals(
        1, escalated.steps().stream().filter(st -> st.action().equals("ESCALATED")).count());
    assertTrue(
        desks.to("2001", "complaint-alert").stream()
            .anyMatch(
                n ->
                    n.getString("complaintNo").equals(late.complaintNo())
                        && n.getString("level").equals("OVERDUE")));
    assertTrue(
        asSupervisor2001.call(() -> complaints.alertsForMe()).stream()
            .anyMatch(r -> r.id().equals(late.id()) && r.overdue()));
    ComplaintPage overdue =
        asSupervisor2001.call(
            () ->
                complaints.page(
                    new ComplaintFilter(
                        ComplaintFilter.Scope.ALL, null, null, null, null, true, "dueAt", true),
                    0,
                    200));
    assertTrue(overdue.rows().stream().anyMatch(r -> r.id().equals(late.id())));
    assertTrue(overdue.rows().stream().allMatch(ComplaintRow::overdue), "only overdue ones");
    for (int i = 1; i < overdue.rows().size(); i++) {
      assertFalse(
          overdue.rows().get(i).dueAt().isBefore(overdue.rows().get(i - 1).dueAt()),
          "by due time, earliest first");
    }

    alarms.sweep(Instant.now());
    assertEquals(
        1,
        agent(() -> complaints.view(late.id())).steps().stream()
            .filter(st -> st.action().equals("ESCALATED"))
            .count(),
        "escalated once");
    assertEquals(1, fixture.auditCount("COMPLAINT_ESCALATED", late.id().toString()));
  }

  private static NewComplaint complaint(Long customerId, String category, String target) {
    return new NewComplaint(
        customerId,
        null,
        ComplaintChannel.PHONE,
        category,
        ComplaintTarget.PRODUCT,
        target,
        "The customer is unhappy about " + target,
        null);
  }

  private ComplaintView move(
      ComplaintView c,
      ComplaintAction action,
      String text,
      String department,
      ComplaintCause cause,
      String person,
      Integer satisfaction)
      throws Exception {
    ComplaintView moved =
        agent(
            () ->
                complaints.move(
                    new ComplaintMove(
                        c.id(),
                        c.version(),
                        action,
                        text,
                        department,
                        cause,
                        person,
                        satisfaction)));
    assertTrue(moved.version() > c.version(), action + " bumps the version");
    return moved;
  }

  private static NewInquiry inquiry(Long customerId, String callId, String question) {
    return new NewInquiry(customerId, callId, "PRODUCT", question, null, false, null);
  }

  private Long recordedFor(Long customerId) throws Exception {
    return agent(() -> inquiries.record(inquiry(customerId, null, "Anything"))).id();
  }

  private static CustomerCorrection correction(
      long version, String name, String classCode, String... phones) {
    return new CustomerCorrection(
        version, name, null, null, null, null, null, classCode, List.of(phones), null);
  }

  private List<Long> unansweredOf1002() throws Exception {
    return agent(() -> inquiries.mine(true)).stream().map(InquiryRow::id).toList();
  }

  // --- callbacks -------------------------------------------------------------------------------

  @Test
  void supervisorsQuotasHandCallbacksOutFairlyNeverOverQuotaAndUnfinishedOnesRollOver()
      throws Exception {
    fixture.clearCallbacks();
    LocalDate today = LocalDate.now();
    supervisor(() -> callbacks.setTodaysQuotas(Map.of("1001", 0, "1002", 0, "1003", 0)));
    Long customer = fixture.customer(newNumber());
    List<Long> tasks = new java.util.ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      int n = i;
      tasks.add(agent(() -> callbacks.raise(customer, "promised a call back #" + n, today)).id());
    }
    assertEquals(5L, supervisor(() -> callbacks.waiting()), "no quota yet: all five wait");

    supervisor(() -> callbacks.setTodaysQuotas(Map.of("1001", 2, "1002", 2, "1003", 1)));

    // Oldest first, each to whoever holds fewest (ties: the lower employee row): 1001, 1002,
    // 1003, then 1001 and 1002 again; 1003 is full after one.
    List<String> expected = List.of("1001", "1002", "1003", "1001", "1002");
    List<String> actual = new java.util.ArrayList<>();
    for (Long id : tasks) {
      actual.add(fixture.callbackAgent(id));
    }
    assertEquals(expected, actual);
    Long sixth = agent(() -> callbacks.raise(customer, "one more", today)).id();
    assertNull(fixture.callbackAgent(sixth), "every quota is full: it waits");
    assertEquals(1L, supervisor(() -> callbacks.waiting()));

    MyCallbacks mine = agent(() -> callbacks.myDay());
    assertEquals(2, mine.quota());
    assertEquals(2, mine.tasks());
    assertEquals(0, mine.done());
    var board = supervisor(() -> callbacks.quotaBoard());
    assertEquals(
        Map.of("1001", 2, "1002", 2, "1003", 1),
        board.stream()
            .filter(r -> r.employeeNo().startsWith("100"))
            .collect(Collectors.toMap(r -> r.employeeNo(), r -> r.holding())));

    // The day ends with 1002's two unfinished: they move to today's list, marked, and count
    // against today's quota (so the waiting one stays waiting).
    assertEquals(2, fixture.callbacksOfYesterday("1002", today));
    assertEquals(2, callbackDay.rollOver(today, Instant.now()));
    MyCallbacks after = agent(() -> callbacks.myDay());
    assertEquals(2, after.tasks());
    assertTrue(after.list().stream().allMatch(t -> t.rolledOver() == 1), "marked as rolled over");
    assertEquals(1, fixture.auditCount("CALLBACK_ROLLED_OVER", String.valueOf(tasks.get(1))));
    assertEquals(Map.of(), callbackDay.handOut(today, Instant.now()), "still no room");

    BusinessException bad =
        refusal(
            BusinessException.class,
            () -> supervisor(() -> callbacks.setTodaysQuotas(Map.of("1001", -1))));
    assertEquals("callback.badQuota", ((InvalidInput) bad).problems().get(0).messageKey());
    BusinessException notMine =
        refusal(
            BusinessException.class,
            () -> supervisor(() -> callbacks.setTodaysQuotas(Map.of("9001", 3))));
    assertEquals("callback.notOnTeam", notMine.messageKey());
  }

  @Test
  void aTryWhoseNextStepIsANewTaskFinishesThisOneAndRaisesTheNextForTheCustomer() throws Exception {
    fixture.clearCallbacks();
    LocalDate today = LocalDate.now();
    supervisor(() -> callbacks.setTodaysQuotas(Map.of("1001", 0, "1002", 1, "1003", 0)));
    Long customer = fixture.customer(newNumber());
    CallbackTaskView task = agent(() -> callbacks.raise(customer, "check the repair", today));

    InvalidInput bad =
        refusal(
            InvalidInput.class,
            () ->
                agent(
                    () ->
                        callbacks.recordWithNewTask(
                            task.id(),
                            task.version(),
                            CallbackOutcome.REACHED,
                            "ok",
                            " ",
                            today.minusDays(1))));
    assertEquals(
        List.of("newReason", "newDueOn"),
        bad.problems().stream().map(InvalidInput.Problem::field).toList());
    assertEquals(0, agent(() -> callbacks.task(task.id())).attempts(), "nothing saved");

    CallbackTaskView done =
        agent(
            () ->
                callbacks.recordWithNewTask(
                    task.id(),
                    task.version(),
                    CallbackOutcome.NO_ANSWER,
                    "asked to be called next week",
                    "call back about the invoice",
                    today.plusDays(7)));
    assertEquals(CallbackTask.State.DONE, done.state(), "finished, even on no answer");
    assertEquals(
        CallbackAttempt.NextStep.NEW_TASK,
        done.history().get(done.history().size() - 1).nextStep());
    assertEquals(
        Map.of("check the repair", today, "call back about the invoice", today.plusDays(7)),
        fixture.callbacksOf(customer),
        "the next task is raised for the same customer, due when the agent said");
  }

  @Test
  void noAnswerAndBusyAreTriedAgainUpToTheLimitAndAnotherAgentsTaskIsNotFound() throws Exception {
    fixture.clearCallbacks();
    LocalDate today = LocalDate.now();
    supervisor(() -> callbacks.setTodaysQuotas(Map.of("1001", 1, "1002", 1, "1003", 0)));
    Long customer = fixture.customer(newNumber());
    Long first = agent(() -> callbacks.raise(customer, "for 1001", today)).id();
    Long mine = agent(() -> callbacks.raise(customer, "for 1002", today)).id();
    assertEquals("1001", fixture.callbackAgent(first));
    assertEquals("1002", fixture.callbackAgent(mine));

    // Raised by 1002 but on 1001's list: 1002 may read it (they raised it), not work it.
    BusinessException notYours =
        refusal(
            BusinessException.class,
            () -> agent(() -> callbacks.record(first, 1, CallbackOutcome.REACHED, "hi", null)));
    assertEquals("callback.notYours", notYours.messageKey());
    Long theirs = fixture.callbackRaisedBy("1001", customer, today);
    supervisor(() -> callbacks.setTodaysQuotas(Map.of("1001", 2)));
    assertEquals("1001", fixture.callbackAgent(theirs));
    BusinessException hidden =
        refusal(BusinessException.class, () -> agent(() -> callbacks.task(theirs)));
    BusinessException never =
        refusal(BusinessException.class, () -> agent(() -> callbacks.task(Long.MAX_VALUE)));
    assertEquals("callback.notFound", hidden.messageKey());
    assertEquals(never.messageKey(), hidden.messageKey());
    assertEquals(theirs, supervisor(() -> callbacks.task(theirs)).id(), "their supervisor sees it");

    CallbackTaskView v = agent(() -> callbacks.task(mine));
    CallbackTaskView once =
        agent(() -> callbacks.record(mine, v.version(), CallbackOutcome.NO_ANSWER, null, null));
    assertEquals(CallbackTask.State.ASSIGNED, once.state(), "no answer: tried again");
    assertEquals(1, once.attempts());
    assertNotNull(once.nextTryAt());
    BusinessException stale =
        refusal(
            BusinessException.class,
            () ->
                agent(() -> callbacks.record(mine, v.version(), CallbackOutcome.BUSY, null, null)));
    assertEquals("callback.changedMeanwhile", stale.messageKey());
    Instant at =
        Instant.now().plus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    CallbackTaskView twice =
        agent(() -> callbacks.record(mine, once.version(), CallbackOutcome.BUSY, null, at));
    assertEquals(at, twice.nextTryAt(), "the time the agent named");
    CallbackTaskView thrice =
        agent(
            () ->
                callbacks.record(
                    mine, twice.version(), CallbackOutcome.NO_ANSWER, "voicemail", null));
    assertEquals(CallbackTask.State.DONE, thrice.state(), "three tries (the limit): given up");
    assertEquals(CallbackOutcome.NO_ANSWER, thrice.outcome());
    assertEquals(List.of(3, 2, 1), thrice.history().stream().map(a -> a.attemptNo()).toList());
    assertEquals(1, agent(() -> callbacks.myDay()).done());
    BusinessException over =
        refusal(
            BusinessException.class,
            () ->
                agent(
                    () ->
                        callbacks.record(
                            mine, thrice.version(), CallbackOutcome.REACHED, null, null)));
    assertEquals("callback.notYours", over.messageKey(), "a done task takes no more attempts");
    assertEquals(3, fixture.rowsOf("cd_callback_attempt", "task_id", mine));
    assertTrue(
        agent(() -> customers.history(customer)).stream()
            .anyMatch(
                h -> "CALLBACK_ATTEMPT".equals(h.kind()) && h.summary().contains("voicemail")),
        "the tries are on the customer's timeline");
  }

  @Test
  void rulesRaiseEachTaskExactlyOnce() throws Exception {
    fixture.clearCallbacks();
    LocalDate today = LocalDate.now();
    Long customer = fixture.customer(newNumber());
    Long complaint = fixture.complaintBy("1002", customer, "slow repair");
    fixture.followUpDue(complaint, today.plusDays(3));
    fixture.expiresOn(customer, today.plusDays(5));

    callbackDay.raiseFromRules(today, Instant.now());
    callbackDay.raiseFromRules(today, Instant.now());

    assertEquals(
        Map.of("COMPLAINT:" + complaint, today.plusDays(3)),
        fixture.callbackKeys("COMPLAINT:" + complaint),
        "one follow-up for the closed complaint, due when the close said");
    assertNotNull(fixture.followUpTaskOf(complaint), "the complaint knows its callback");
    assertEquals(
        Map.of(
            "EXPIRY:" + customer + ":" + today.plusDays(5),
            today,
            "NEW_CUSTOMER:" + customer + ":1",
            today.plusDays(7),
            "NEW_CUSTOMER:" + customer + ":2",
            today.plusDays(14)),
        java.util.stream.Stream.of("EXPIRY:" + customer + ":", "NEW_CUSTOMER:" + customer + ":")
            .flatMap(p -> fixture.callbackKeys(p).entrySet().stream())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
        "expiry 5 days ahead (rule: 14 days before) is due today; a new customer twice");
  }

  // --- partner requests and events ----------------------------------------------------------

  @Test
  void aPartnersBookingIsCreatedOnceAnsweredAndEveryChangeIsAnEvent() throws Exception {
    String ref = "TA-" + newNumber();
    Envelope request =
        Envelope.create(
            "booking.request",
            1,
            "req-" + ref,
            Instant.now(),
            Json.createObjectBuilder()
                .add("partnerId", "travel-agency-a")
                .add("partnerRef", ref)
                .add(
                    "customer",
                    Json.createObjectBuilder()
                        .add("phone", newNumber())
                        .add("name", "Partner Guest"))
                .add("travelFrom", LocalDate.now().plusDays(8).toString())
                .add("travelTo", LocalDate.now().plusDays(9).toString())
                .add("partySize", 2)
                .add("travellers", Json.createArrayBuilder().add("王强").add("李梅"))
                .add("language", "en")
                .add(
                    "lines",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("productId", 1).add("quantity", 10))
                        .add(Json.createObjectBuilder().add("productId", 2).add("quantity", 5)))
                .build());
    probes.sendRequest(PARTNER_REQUESTS, request.toJson(), request.id(), PARTNER_REPLIES);
    // The same request again under another broker id (a partner's retry the broker cannot catch).
    probes.sendRequest(
        PARTNER_REQUESTS, request.toJson(), "again-" + request.id(), PARTNER_REPLIES);
    JsonObject accepted = awaitReply(request.id());
    assertEquals("request.accepted", accepted.getString("type"));
    JsonObject p = accepted.getJsonObject("payload");
    assertEquals("BOOKING", p.getString("record"));
    assertEquals("3480.00", p.getString("total"));
    assertEquals(ref, p.getString("partnerRef"));
    String bookingNo = p.getString("number");
    await(() -> probes.processed(request.id()) == 1, "handled");
    Thread.sleep(500);
    assertEquals(
        1, repliesTo(request.id()).size(), "the duplicate acted once and was not answered");

    BookingRow row =
        supervisor(() -> bookings.list(BookingState.REQUESTED, 0, 100)).rows().stream()
            .filter(r -> r.bookingNo().equals(bookingNo))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the partner account's team lead sees it"));
    assertEquals("PARTNER", row.agentNo());
    BookingView b = supervisor(() -> bookings.view(row.id()));
    assertEquals(Booking.Channel.PARTNER, b.channel());
    assertEquals(
        "booking.notFound",
        refusal(BusinessException.class, () -> agent(() -> bookings.view(row.id()))).messageKey());

    supervisor(() -> bookings.confirm(b.id(), b.version(), "XH-1"));
    List<JsonObject> events = eventsAbout(bookingNo, 2);
    assertEquals(
        List.of("REQUESTED", "CONFIRMED"),
        events.stream().map(e -> e.getJsonObject("payload").getString("state")).toList());
    JsonObject confirmed = events.get(1).getJsonObject("payload");
    assertEquals(ref, confirmed.getString("partnerRef"));
    assertTrue(
        confirmed.getString("detail").startsWith("Dear Partner Guest"),
        confirmed.getString("detail"));
    for (JsonObject e : events) {
      MessageContract.published().read(e.toString());
    }
  }

  @Test
  void aRequestBreakingTheContractIsDeadLetteredAndRejectedAndCreatesNothing() throws Exception {
    String ref = "TA-" + newNumber();
    long before = fixture.rows("cd_booking");
    Envelope bad =
        Envelope.create(
            "booking.request",
            1,
            "bad-" + ref,
            Instant.now(),
            Json.createObjectBuilder()
                .add("partnerId", "travel-agency-a")
                .add("partnerRef", ref)
                .add("customer", Json.createObjectBuilder().add("phone", newNumber()))
                .add("travelFrom", "tomorrow")
                .build());
    probes.sendRequest(PARTNER_REQUESTS, bad.toJson(), bad.id(), PARTNER_REPLIES);
    JsonObject rejected = awaitReply(bad.id());
    assertEquals("request.rejected", rejected.getString("type"));
    JsonObject reason = rejected.getJsonObject("payload").getJsonArray("reasons").getJsonObject(0);
    assertEquals("CONTRACT", reason.getString("code"));
    assertEquals(ref, rejected.getJsonObject("payload").getString("partnerRef"));
    await(
        () ->
            probes.browseWithRefusal("DLQ." + PARTNER_REQUESTS).stream()
                .anyMatch(m -> m[0].contains(bad.id()) && m[1] != null),
        "dead-lettered with its reason");
    assertEquals(before, fixture.rows("cd_booking"));
    MessageContract.published().read(rejected.toString());
  }

  @Test
  void aRequestABusinessRuleRefusesIsRejectedWithTheReasonAndActsOnce() throws Exception {
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    Long full = work.slot(AppointmentKind.REPAIR, "Partner area " + newNumber(), start, 0);
    String ref = "TA-" + newNumber();
    long before = fixture.rows("cd_appointment");
    Envelope request = appointmentRequest(ref, full);
    probes.sendRequest(PARTNER_REQUESTS, request.toJson(), request.id(), PARTNER_REPLIES);
    JsonObject rejected = awaitReply(request.id());
    assertEquals("request.rejected", rejected.getString("type"));
    JsonObject reason = rejected.getJsonObject("payload").getJsonArray("reasons").getJsonObject(0);
    assertEquals("appointment.slotFull", reason.getString("code"));
    assertEquals("slot", reason.getString("field"));
    assertEquals(before, fixture.rows("cd_appointment"), "nothing created");
    assertEquals(
        0,
        work.customersWithPhone(request.payload().getJsonObject("customer").getString("phone")),
        "not even the new customer");
    assertEquals(0, work.booked(full));
    probes.sendRequest(
        PARTNER_REQUESTS, request.toJson(), "again-" + request.id(), PARTNER_REPLIES);
    Thread.sleep(1000);
    assertEquals(1, repliesTo(request.id()).size(), "a refused request acts once too");
    assertEquals(1, probes.processed(request.id()));

    // A free slot: created; the same reference again: refused.
    Long free = work.slot(AppointmentKind.REPAIR, "Partner area " + newNumber(), start, 2);
    Envelope ok = appointmentRequest("TA-" + newNumber(), free);
    probes.sendRequest(PARTNER_REQUESTS, ok.toJson(), ok.id(), PARTNER_REPLIES);
    assertEquals("request.accepted", awaitReply(ok.id()).getString("type"));
    Envelope reused = appointmentRequest(ok.payload().getString("partnerRef"), free);
    probes.sendRequest(PARTNER_REQUESTS, reused.toJson(), reused.id(), PARTNER_REPLIES);
    JsonObject again = awaitReply(reused.id());
    assertEquals(
        "partner.refUsed",
        again.getJsonObject("payload").getJsonArray("reasons").getJsonObject(0).getString("code"));
    assertEquals(1, work.booked(free));
  }

  @Test
  void aPartnersComplaintIsFiledAndItsMovesAreEvents() throws Exception {
    String ref = "TA-C-" + newNumber();
    Envelope request =
        Envelope.create(
            "complaint.request",
            1,
            "req-" + ref,
            Instant.now(),
            Json.createObjectBuilder()
                .add("partnerId", "travel-agency-a")
                .add("partnerRef", ref)
                .add("customer", Json.createObjectBuilder().add("phone", newNumber()))
                .add("category", "SERVICE")
                .add("targetType", "SERVICE")
                .add("target", "Hotel pick-up")
                .add("content", "The driver never came.")
                .build());
    probes.sendRequest(PARTNER_REQUESTS, request.toJson(), request.id(), PARTNER_REPLIES);
    JsonObject accepted = awaitReply(request.id());
    String complaintNo = accepted.getJsonObject("payload").getString("number");
    ComplaintRow row =
        supervisor(
                () ->
                    complaints.rows(
                        new ComplaintFilter(
                            ComplaintFilter.Scope.ALL, null, null, null, null, false, null, false),
                        0,
                        200))
            .stream()
            .filter(r -> r.complaintNo().equals(complaintNo))
            .findFirst()
            .orElseThrow();
    ComplaintView c = supervisor(() -> complaints.view(row.id()));
    assertEquals(ComplaintChannel.PARTNER, c.channel());
    supervisor(
        () ->
            complaints.move(
                new ComplaintMove(
                    c.id(),
                    c.version(),
                    ComplaintAction.ACCEPT,
                    "on it",
                    "SERVICE",
                    null,
                    null,
                    null)));
    assertEquals(
        List.of("RECEIVED", "ACCEPTED"),
        eventsAbout(complaintNo, 2).stream()
            .map(e -> e.getJsonObject("payload").getString("state"))
            .toList());
  }

  private static final String PARTNER_REQUESTS = CallDeskQueue.PARTNER_REQUESTS.address();
  private static final String PARTNER_REPLIES = CallDeskQueue.PARTNER_REPLIES.address();

  private Envelope appointmentRequest(String ref, Long slot) {
    return Envelope.create(
        "appointment.request",
        1,
        "req-" + ref + "-" + UUID.randomUUID(),
        Instant.now(),
        Json.createObjectBuilder()
            .add("partnerId", "travel-agency-a")
            .add("partnerRef", ref)
            .add("customer", Json.createObjectBuilder().add("phone", newNumber()))
            .add("kind", "REPAIR")
            .add("slotId", slot)
            .add("place", "ON_SITE")
            .add("address", "建国路 88 号")
            .add("notes", "aircon")
            .build());
  }

  private List<JsonObject> repliesTo(String requestId) {
    return probes.browse(PARTNER_REPLIES).stream()
        .map(b -> Json.createReader(new java.io.StringReader(b)).readObject())
        .filter(o -> o.getString("correlationId").equals(requestId))
        .toList();
  }

  private JsonObject awaitReply(String requestId) {
    await(() -> !repliesTo(requestId).isEmpty(), "the answer to " + requestId);
    return repliesTo(requestId).get(0);
  }

  private List<JsonObject> eventsAbout(String number, int atLeast) {
    java.util.function.Supplier<List<JsonObject>> found =
        () ->
            probes.browse(CallDeskQueue.PARTNER_EVENTS.address()).stream()
                .map(b -> Json.createReader(new java.io.StringReader(b)).readObject())
                .filter(o -> o.getString("correlationId").equals(number))
                .toList();
    await(() -> found.get().size() >= atLeast, atLeast + " events about " + number);
    return found.get();
  }

  // --- sales leads ---------------------------------------------------------------------------

  @Test
  void aLeadGoesToItsRegionsOwnerWhoseResultComesBackAndWhoIsChasedWhenLate() throws Exception {
    Long customer = fixture.customer(newNumber());
    InvalidInput refused =
        refusal(
            InvalidInput.class,
            () ->
                agent(
                    () ->
                        leads.open(
                            new NewLead(customer, null, "NOWHERE", " ", null, Timing.THIS_MONTH))));
    assertEquals(
        Set.of("region", "need", "interest"),
        refused.problems().stream().map(InvalidInput.Problem::field).collect(Collectors.toSet()));

    LeadView lead =
        agent(
            () ->
                leads.open(
                    new NewLead(
                        customer,
                        null,
                        "NORTH",
                        "Two air conditioners",
                        Interest.HIGH,
                        Timing.THIS_MONTH)));
    assertEquals(Lead.State.OPEN, lead.state());
    JsonObject forwarded = leadEvents(lead.leadNo(), 1).get(0);
    assertEquals("sales-north", forwarded.getJsonObject("payload").getString("partnerId"));
    assertEquals("FORWARDED", forwarded.getJsonObject("payload").getString("action"));
    MessageContract.published().read(forwarded.toString());

    // Late: chased once, and not again before the region's feedback hours pass once more.
    work.forwardedHoursAgo(lead.id(), 49);
    leadDesk.chase(Instant.now());
    leadDesk.chase(Instant.now());
    assertEquals(1, agent(() -> leads.view(lead.id())).chaseCount());
    assertTrue(
        supervisor(() -> leads.list(true, 0, 100)).rows().stream()
            .anyMatch(r -> r.id().equals(lead.id()) && r.overdue() && r.chaseCount() == 1),
        "late leads stand out on the supervisor's list");
    assertEquals(
        "CHASED", leadEvents(lead.leadNo(), 2).get(1).getJsonObject("payload").getString("action"));

    // Another owner's system cannot report on it; its own can.
    Envelope wrong = leadResult("sales-east", lead.leadNo(), "WON");
    probes.sendRequest(PARTNER_REQUESTS, wrong.toJson(), wrong.id(), PARTNER_REPLIES);
    assertEquals(
        "lead.unknown",
        awaitReply(wrong.id())
            .getJsonObject("payload")
            .getJsonArray("reasons")
            .getJsonObject(0)
            .getString("code"));
    Envelope following = leadResult("sales-north", lead.leadNo(), "FOLLOWING");
    probes.sendRequest(PARTNER_REQUESTS, following.toJson(), following.id(), PARTNER_REPLIES);
    assertEquals("request.accepted", awaitReply(following.id()).getString("type"));
    LeadView answered = agent(() -> leads.view(lead.id()));
    assertEquals(Lead.State.FEEDBACK, answered.state());
    assertEquals(LeadResult.FOLLOWING, answered.result());
    assertEquals("partner:sales-north", answered.resultBy());
    assertFalse(
        supervisor(() -> leads.list(true, 0, 100)).rows().stream()
            .anyMatch(r -> r.id().equals(lead.id())),
        "no longer waiting");

    // A supervisor enters the final result; after it nothing more is taken.
    assertEquals(
        "lead.changedMeanwhile",
        refusal(
                BusinessException.class,
                () ->
                    supervisor(() -> leads.report(lead.id(), lead.version(), LeadResult.WON, null)))
            .messageKey());
    LeadView won =
        supervisor(() -> leads.report(lead.id(), answered.version(), LeadResult.WON, "signed"));
    assertEquals(LeadResult.WON, won.result());
    assertEquals("2001", won.resultBy());
    assertEquals(
        "lead.closed",
        refusal(
                BusinessException.class,
                () ->
                    supervisor(() -> leads.report(lead.id(), won.version(), LeadResult.LOST, null)))
            .messageKey());
    assertEquals(
        List.of("FORWARDED", "CHASED", "REPORTED", "REPORTED"),
        won.steps().stream().map(LeadView.StepView::action).toList());
    assertTrue(
        agent(() -> customers.history(customer)).stream().anyMatch(h -> h.kind().equals("LEAD")));
  }

  @Test
  void anotherAgentsLeadIsNotFoundAndAgentsCannotEnterResults() throws Exception {
    Long customer = fixture.customer(newNumber());
    Long theirs = work.leadBy("1001", customer);
    assertEquals(
        "lead.notFound",
        refusal(BusinessException.class, () -> agent(() -> leads.view(theirs))).messageKey());
    assertFalse(
        agent(() -> leads.list(false, 0, 100)).rows().stream()
            .anyMatch(r -> r.id().equals(theirs)));
    assertEquals("NORTH", supervisor(() -> leads.view(theirs)).regionCode());
    assertThrows(Exception.class, () -> agent(() -> leads.report(theirs, 0, LeadResult.WON, null)));
    assertEquals(Lead.State.OPEN, supervisor(() -> leads.view(theirs)).state());
  }

  private Envelope leadResult(String partner, String leadNo, String result) {
    return Envelope.create(
        "lead.result",
        1,
        "lead-" + UUID.randomUUID(),
        Instant.now(),
        Json.createObjectBuilder()
            .add("partnerId", partner)
            .add("leadNo", leadNo)
            .add("result", result)
            .build());
  }

  private List<JsonObject> leadEvents(String leadNo, int atLeast) {
    return eventsAbout(leadNo, atLeast);
  }

  // --- bookings ------------------------------------------------------------------------------

  @Test
  void aBookingIsPricedExactlyAndGoesFromRequestedToFollowedUpWithItsCalls() throws Exception {
    Long customer = fixture.customer(newNumber());
    LocalDate from = LocalDate.now().plusDays(5);
    BookingView b =
        agent(() -> bookings.book(hotSpring(customer, from, "Wang Qiang, Li Mei", 2, "zh")));
    assertEquals(BookingState.REQUESTED, b.state());
    assertEquals(new java.math.BigDecimal("3480.00"), b.total());
    assertEquals("CNY", b.currency());
    assertEquals(
        List.of(new java.math.BigDecimal("980.00"), new java.math.BigDecimal("2500.00")),
        b.lines().stream().map(BookingView.LineView::lineTotal).toList());
    assertEquals("Wang Qiang、Li Mei", b.travellers());

    assertBookingNotNow(() -> bookings.pay(b.id(), b.version()));
    assertBookingNotNow(() -> bookings.depart(b.id(), b.version()));
    assertBookingNotNow(() -> bookings.complete(b.id(), b.version()));
    assertBookingNotNow(() -> bookings.followedUp(b.id(), b.version(), "too early"));

    BookingView confirmed = agent(() -> bookings.confirm(b.id(), b.version(), "XH-77"));
    assertEquals(BookingState.CONFIRMED, confirmed.state());
    assertTrue(confirmed.confirmationText().contains(b.bookingNo()));
    assertTrue(confirmed.confirmationText().contains("合计3480.00元"), confirmed.confirmationText());
    assertTrue(confirmed.confirmationText().contains("XH-77"));
    Object[] reminder =
        work.automaticCalls("BOOKING-REMIND:" + b.id()).get("BOOKING-REMIND:" + b.id());
    assertEquals("REMINDER", reminder[1]);
    assertEquals(from.minusDays(1), localDate(reminder[3]));
    assertBookingNotNow(() -> bookings.confirm(b.id(), confirmed.version(), "again"));

    BookingView paid = agent(() -> bookings.pay(b.id(), confirmed.version()));
    BookingView travelling = agent(() -> bookings.depart(b.id(), paid.version()));
    assertBookingNotNow(() -> bookings.cancel(b.id(), travelling.version(), "changed mind"));
    BookingView completed = agent(() -> bookings.complete(b.id(), travelling.version()));
    assertEquals(BookingState.COMPLETED, completed.state());
    assertEquals(
        "WAITING",
        work.taskState("BOOKING-FOLLOWUP:" + b.id()),
        "the follow-up call waits for an agent");
    assertEquals(
        "note",
        refusal(
                InvalidInput.class,
                () -> agent(() -> bookings.followedUp(b.id(), completed.version(), " ")))
            .problems()
            .get(0)
            .field());
    BookingView done = agent(() -> bookings.followedUp(b.id(), completed.version(), "Enjoyed it"));
    assertEquals(BookingState.FOLLOWED_UP, done.state());
    assertEquals(
        List.of("REQUESTED", "CONFIRMED", "PAID", "TRAVELLING", "COMPLETED", "FOLLOWED_UP"),
        done.steps().stream().map(BookingView.StepView::action).toList());
    assertEquals(1, fixture.auditCount("BOOKING_CONFIRMED", b.id().toString()));
    assertTrue(
        agent(() -> customers.history(customer)).stream()
            .anyMatch(h -> h.kind().equals("BOOKING") && h.summary().contains(b.bookingNo())));
  }

  @Test
  void aBookingWithBadInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
    Long customer = fixture.customer(newNumber());
    long before = fixture.rows("cd_booking");
    InvalidInput refused =
        refusal(
            InvalidInput.class,
            () ->
                agent(
                    () ->
                        bookings.book(
                            new NewBooking(
                                customer,
                                null,
                                LocalDate.now().minusDays(1),
                                LocalDate.now().plusDays(1),
                                3,
                                "Only One",
                                "fr",
                                List.of(
                                    new NewBooking.Line(1L, 0),
                                    new NewBooking.Line(999999L, 1))))));
    assertEquals(
        Set.of("travelFrom", "travellers", "language", "lines"),
        refused.problems().stream().map(InvalidInput.Problem::field).collect(Collectors.toSet()));
    assertEquals(before, fixture.rows("cd_booking"));
    assertEquals(
        "travelTo",
        refusal(
                InvalidInput.class,
                () ->
                    agent(
                        () ->
                            bookings.book(
                                new NewBooking(
                                    customer,
                                    null,
                                    LocalDate.now().plusDays(3),
                                    LocalDate.now().plusDays(2),
                                    1,
                                    "A",
                                    "zh",
                                    List.of(new NewBooking.Line(1L, 1))))))
            .problems()
            .get(0)
            .field());
  }

  @Test
  void aCancelledBookingKeepsItsReasonAndItsReminderIsWithdrawnAndEnglishCustomersReadEnglish()
      throws Exception {
    Long customer = fixture.customer(newNumber());
    BookingView b =
        agent(
            () ->
                bookings.book(
                    hotSpring(customer, LocalDate.now().plusDays(6), "Ann Lee", 1, "en")));
    BookingView confirmed = agent(() -> bookings.confirm(b.id(), b.version(), null));
    assertTrue(
        confirmed.confirmationText().startsWith("Dear")
            && confirmed.confirmationText().contains("Total CNY 3480.00"),
        confirmed.confirmationText());
    assertEquals(
        "booking.changedMeanwhile",
        refusal(
                BusinessException.class,
                () -> agent(() -> bookings.cancel(b.id(), b.version(), "x")))
            .messageKey());
    BookingView cancelled =
        agent(() -> bookings.cancel(b.id(), confirmed.version(), "flight cancelled"));
    assertEquals(BookingState.CANCELLED, cancelled.state());
    assertEquals("flight cancelled", cancelled.reason());
    assertEquals(
        "WITHDRAWN",
        work.automaticCalls("BOOKING-REMIND:" + b.id()).get("BOOKING-REMIND:" + b.id())[4]);
  }

  @Test
  void theCalendarMovesPaidTripsOnAndCompletesThemWithTheirFollowUp() throws Exception {
    Long customer = fixture.customer(newNumber());
    BookingView b =
        agent(() -> bookings.book(hotSpring(customer, LocalDate.now(), "Solo", 1, "zh")));
    BookingView c = agent(() -> bookings.confirm(b.id(), b.version(), null));
    agent(() -> bookings.pay(b.id(), c.version()));
    bookingDays.run(java.time.Instant.now());
    assertEquals(BookingState.TRAVELLING, agent(() -> bookings.view(b.id())).state());
    work.tripEndedYesterday(b.id());
    bookingDays.run(java.time.Instant.now());
    BookingView completed = agent(() -> bookings.view(b.id()));
    assertEquals(BookingState.COMPLETED, completed.state());
    assertEquals("system", completed.steps().get(completed.steps().size() - 1).doneBy());
    assertEquals("WAITING", work.taskState("BOOKING-FOLLOWUP:" + b.id()));
  }

  @Test
  void anotherAgentsBookingIsNotFoundWhileTheirSupervisorSeesIt() throws Exception {
    Long customer = fixture.customer(newNumber());
    Long theirs = work.bookingBy("1001", customer);
    assertEquals(
        "booking.notFound",
        refusal(BusinessException.class, () -> agent(() -> bookings.view(theirs))).messageKey());
    assertEquals(
        "booking.notFound",
        refusal(BusinessException.class, () -> agent(() -> bookings.cancel(theirs, 0, "mine")))
            .messageKey());
    assertFalse(
        agent(() -> bookings.list(null, 0, 100)).rows().stream()
            .anyMatch(r -> r.id().equals(theirs)));
    assertTrue(
        supervisor(() -> bookings.list(BookingState.REQUESTED, 0, 100)).rows().stream()
            .anyMatch(r -> r.id().equals(theirs)));
    assertEquals(BookingState.REQUESTED, supervisor(() -> bookings.view(theirs)).state());
  }

  private void assertBookingNotNow(Callable<?> action) {
    assertEquals(
        "booking.notNow", refusal(BusinessException.class, () -> agent(action)).messageKey());
  }

  private static NewBooking hotSpring(
      Long customer, LocalDate from, String travellers, int party, String language) {
    return new NewBooking(
        customer,
        null,
        from,
        from.plusDays(1),
        party,
        travellers,
        language,
        List.of(new NewBooking.Line(1L, 10), new NewBooking.Line(2L, 5)));
  }

  // --- appointments and work orders ----------------------------------------------------------

  @Test
  void ofAHundredConcurrentBookingsOfTheLastPlaceExactlyOneSucceeds() throws Exception {
    String store = "Store " + newNumber();
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    Long slot = work.slot(AppointmentKind.SALES, store, start, 2);
    Long later = work.slot(AppointmentKind.SALES, store, start.plus(Duration.ofHours(2)), 5);
    agent(() -> appointments.book(sales(fixture.customer(newNumber()), slot)));
    assertEquals(1, work.booked(slot));

    List<Long> callers = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      callers.add(fixture.customer(newNumber()));
    }
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(100);
    List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
    try {
      for (Long caller : callers) {
        outcomes.add(
            pool.submit(
                () -> {
                  go.await();
                  try {
                    agent(() -> appointments.book(sales(caller, slot)));
                    return "booked";
                  } catch (Exception e) {
                    BusinessException refused = Refusals.in(e);
                    if (refused == null) {
                      java.io.StringWriter trace = new java.io.StringWriter();
                      e.printStackTrace(new java.io.PrintWriter(trace));
                      return "unexpected: " + trace;
                    }
                    assertEquals("slot", refused.field());
                    assertTrue(
                        String.valueOf(refused.args()[0]).contains(store),
                        "the refusal names the next free slots");
                    return refused.messageKey();
                  }
                }));
      }
      go.countDown();
      Map<String, Long> counted = new HashMap<>();
      for (var f : outcomes) {
        counted.merge(f.get(120, java.util.concurrent.TimeUnit.SECONDS), 1L, Long::sum);
      }
      assertEquals(Map.of("booked", 1L, "appointment.slotFull", 99L), counted);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, work.booked(slot), "never more places taken than there are");
    assertEquals(2, work.appointmentsIn(slot));
    assertEquals(0, work.booked(later), "the losers were only offered the next slot");
  }

  @Test
  void aRepairBookingOpensItsWorkOrderAndRaisesItsConfirmationAndReminderAtomically()
      throws Exception {
    Long customer = fixture.customer(newNumber());
    Instant start = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.HOURS);
    Long slot = work.slot(AppointmentKind.REPAIR, "On site " + newNumber(), start, 3);
    long before = fixture.rows("cd_appointment");

    InvalidInput refused =
        refusal(
            InvalidInput.class,
            () ->
                agent(
                    () ->
                        appointments.book(
                            new NewAppointment(
                                customer,
                                null,
                                AppointmentKind.REPAIR,
                                slot,
                                Place.ON_SITE,
                                " ",
                                null,
                                ""))));
    assertEquals(
        Set.of("address", "notes"),
        refused.problems().stream().map(InvalidInput.Problem::field).collect(Collectors.toSet()));
    assertEquals(before, fixture.rows("cd_appointment"), "nothing saved");
    assertEquals(0, work.booked(slot));

    AppointmentView booked = agent(() -> appointments.book(repair(customer, slot)));
    assertEquals(AppointmentState.BOOKED, booked.state());
    assertEquals(1, work.booked(slot));
    Map<String, Object[]> calls = work.automaticCalls("APPT-");
    Object[] confirm = calls.get("APPT-CONFIRM:" + booked.id());
    Object[] remind = calls.get("APPT-REMIND:" + booked.id());
    assertEquals("CONFIRMATION", confirm[1]);
    assertNotNull(confirm[2], "the confirmation is dialled at once");
    assertEquals("REMINDER", remind[1]);
    assertNull(remind[2], "the reminder waits for its day");
    assertEquals(
        LocalDate.ofInstant(start, java.time.ZoneId.systemDefault()).minusDays(1),
        localDate(remind[3]));
    String dial = (String) confirm[2];
    await(
        () ->
            probes.browse(CallDeskQueue.CALLBACK_TASKS.address()).stream()
                .anyMatch(b -> b.contains(dial)),
        "confirmation sent");
    Envelope sent =
        MessageContract.published()
            .read(
                probes.browse(CallDeskQueue.CALLBACK_TASKS.address()).stream()
                    .filter(b -> b.contains(dial))
                    .findFirst()
                    .orElseThrow());
    assertEquals(2, sent.version());
    assertEquals("CONFIRMATION", sent.payload().getString("purpose"));
    assertTrue(sent.payload().getString("text").contains(booked.appointmentNo()));

    Long orderId = work.workOrderOf(booked.id());
    WorkOrderView order = supervisor(() -> workOrders.view(orderId));
    assertEquals(WorkOrderState.TO_DISPATCH, order.state());
    assertEquals("aircon blows warm air", order.request());
    assertTrue(
        supervisor(() -> workOrders.list(WorkOrderState.TO_DISPATCH, 0, 100)).rows().stream()
            .anyMatch(r -> r.id().equals(orderId)),
        "on the to-dispatch list");
  }

  @Test
  void aCancellationFreesThePlaceWithdrawsTheReminderAndCancelsTheWorkOrder() throws Exception {
    Long customer = fixture.customer(newNumber());
    Instant start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
    Long slot = work.slot(AppointmentKind.REPAIR, "On site " + newNumber(), start, 1);
    AppointmentView booked = agent(() -> appointments.book(repair(customer, slot)));
    assertEquals(1, work.booked(slot));

    assertEquals(
        "reason",
        refusal(
                InvalidInput.class,
                () -> agent(() -> appointments.cancel(booked.id(), booked.version(), " ")))
            .problems()
            .get(0)
            .field());
    assertEquals(
        "appointment.changedMeanwhile",
        refusal(
                BusinessException.class,
                () -> agent(() -> appointments.cancel(booked.id(), booked.version() + 1, "x")))
            .messageKey());
    AppointmentView cancelled =
        agent(() -> appointments.cancel(booked.id(), booked.version(), "customer travels"));
    assertEquals(AppointmentState.CANCELLED, cancelled.state());
    assertEquals("customer travels", cancelled.reason());
    assertEquals(0, work.booked(slot), "the place is free again");
    assertEquals(
        "WITHDRAWN",
        work.automaticCalls("APPT-REMIND:" + booked.id()).values().iterator().next()[4]);
    assertEquals(
        WorkOrderState.CANCELLED,
        supervisor(() -> workOrders.view(work.workOrderOf(booked.id()))).state());
    assertEquals(
        "appointment.notNow",
        refusal(
                BusinessException.class,
                () -> agent(() -> appointments.cancel(booked.id(), cancelled.version(), "again")))
            .messageKey());
    agent(() -> appointments.book(repair(fixture.customer(newNumber()), slot)));
    assertEquals(1, work.booked(slot), "someone else took the freed place");
  }

  @Test
  void aNoShowIsRecordedAndRebookedInOneStepAndTheWorkOrderFollows() throws Exception {
    Long customer = fixture.customer(newNumber());
    String area = "On site " + newNumber();
    Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
    Long first = work.slot(AppointmentKind.REPAIR, area, start, 2);
    Long second = work.slot(AppointmentKind.REPAIR, area, start.plus(Duration.ofDays(3)), 2);
    AppointmentView booked = agent(() -> appointments.book(repair(customer, first)));
    Long orderId = work.workOrderOf(booked.id());

    AppointmentView rebooked =
        agent(() -> appointments.noShow(booked.id(), booked.version(), "nobody home", second));
    assertNotEquals(booked.id(), rebooked.id());
    assertEquals(booked.appointmentNo(), rebooked.rebookedFromNo());
    assertEquals(second, rebooked.slot().id());
    AppointmentView old = agent(() -> appointments.view(booked.id()));
    assertEquals(AppointmentState.NO_SHOW, old.state());
    assertEquals("nobody home", old.reason());
    assertEquals(
        List.of("BOOKED", "NO_SHOW", "REBOOKED"),
        old.steps().stream().map(AppointmentView.StepView::action).toList());
    assertEquals(1, work.booked(second));
    assertEquals(orderId, work.workOrderOf(rebooked.id()), "the same work order, moved");
    assertNull(work.workOrderOf(booked.id()));

    // A re-booking into a full slot fails whole: the no-show is not recorded either.
    Long full = work.slot(AppointmentKind.REPAIR, area, start.plus(Duration.ofDays(4)), 0);
    AppointmentView current = agent(() -> appointments.view(rebooked.id()));
    assertEquals(
        "appointment.slotFull",
        refusal(
                BusinessException.class,
                () ->
                    agent(() -> appointments.noShow(current.id(), current.version(), "away", full)))
            .messageKey());
    assertEquals(AppointmentState.BOOKED, agent(() -> appointments.view(rebooked.id())).state());
  }

  @Test
  void aWorkOrderGoesThroughDispatchSendBackRedispatchCompletionAndAudit() throws Exception {
    Long customer = fixture.customer(newNumber());
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    Long slot = work.slot(AppointmentKind.REPAIR, "On site " + newNumber(), start, 3);
    AppointmentView booked = agent(() -> appointments.book(repair(customer, slot)));
    Long id = work.workOrderOf(booked.id());
    List<WorkAreaView> areas = supervisor(() -> workOrders.areas());
    WorkAreaView chaoyang =
        areas.stream().filter(a -> a.name().equals("朝阳工区")).findFirst().orElseThrow();
    WorkAreaView haidian =
        areas.stream().filter(a -> a.name().equals("海淀工区")).findFirst().orElseThrow();
    TechnicianView wang = supervisor(() -> workOrders.techniciansOf(chaoyang.id())).get(0);
    TechnicianView zhang = supervisor(() -> workOrders.techniciansOf(haidian.id())).get(0);

    WorkOrderView w0 = supervisor(() -> workOrders.view(id));
    assertNotNow(() -> workOrders.process(id, w0.version(), "early"));
    assertNotNow(() -> workOrders.complete(id, w0.version(), "early"));
    assertNotNow(() -> workOrders.audit(id, w0.version(), null));
    assertNotNow(() -> workOrders.sendBack(id, w0.version(), "early"));
    assertEquals(
        "technician",
        refusal(
                InvalidInput.class,
                () ->
                    supervisor(
                        () ->
                            workOrders.dispatch(id, w0.version(), chaoyang.id(), zhang.id(), null)))
            .problems()
            .get(0)
            .field(),
        "a technician of another area");

    WorkOrderView w1 =
        supervisor(() -> workOrders.dispatch(id, w0.version(), chaoyang.id(), wang.id(), "urgent"));
    assertEquals(WorkOrderState.DISPATCHED, w1.state());
    assertEquals(1, w1.dispatchCount());
    Envelope task = MessageContract.published().read(taskOnQueue(w1.orderNo(), 1));
    assertEquals(2, task.version());
    assertEquals("WORK_ORDER", task.payload().getString("kind"));
    assertEquals(chaoyang.phone(), task.payload().getJsonObject("unit").getString("phone"));
    assertEquals(wang.name(), task.payload().getJsonObject("technician").getString("name"));
    assertNotNow(() -> workOrders.dispatch(id, w1.version(), chaoyang.id(), wang.id(), null));
    assertNotNow(() -> workOrders.audit(id, w1.version(), null));

    WorkOrderView back = supervisor(() -> workOrders.sendBack(id, w1.version(), "not our street"));
    assertEquals(WorkOrderState.SENT_BACK, back.state());
    assertTrue(
        supervisor(() -> workOrders.list(WorkOrderState.SENT_BACK, 0, 100)).rows().stream()
            .anyMatch(r -> r.id().equals(id) && "not our street".equals(r.sentBackReason())));
    assertFalse(
        supervisor(() -> workOrders.list(WorkOrderState.DISPATCHED, 0, 100)).rows().stream()
            .anyMatch(r -> r.id().equals(id)));
    assertNotNow(() -> workOrders.complete(id, back.version(), "done"));

    WorkOrderView again =
        supervisor(() -> workOrders.dispatch(id, back.version(), haidian.id(), zhang.id(), null));
    assertEquals(2, again.dispatchCount());
    assertEquals(haidian.name(), again.workArea());
    taskOnQueue(again.orderNo(), 2);
    WorkOrderView processing =
        supervisor(() -> workOrders.process(id, again.version(), "parts ordered"));
    assertEquals(WorkOrderState.IN_PROGRESS, processing.state());
    WorkOrderView done =
        supervisor(() -> workOrders.complete(id, processing.version(), "compressor replaced"));
    assertEquals(WorkOrderState.COMPLETED, done.state());
    assertNotNull(done.completedAt());
    assertNotNow(() -> workOrders.sendBack(id, done.version(), "late"));
    assertTrue(
        supervisor(() -> workOrders.list(WorkOrderState.COMPLETED, 0, 100)).rows().stream()
            .anyMatch(r -> r.id().equals(id)),
        "on the to-audit list");
    WorkOrderView audited =
        supervisor(() -> workOrders.audit(id, done.version(), "checked with the customer"));
    assertEquals(WorkOrderState.AUDITED, audited.state());
    assertNotNow(() -> workOrders.dispatch(id, audited.version(), chaoyang.id(), wang.id(), null));
    for (WorkOrderState s :
        List.of(
            WorkOrderState.TO_DISPATCH,
            WorkOrderState.DISPATCHED,
            WorkOrderState.IN_PROGRESS,
            WorkOrderState.SENT_BACK,
            WorkOrderState.COMPLETED)) {
      assertFalse(
          supervisor(() -> workOrders.list(s, 0, 100)).rows().stream()
              .anyMatch(r -> r.id().equals(id)),
          "off the active list " + s);
    }
    assertEquals(
        List.of(
            "OPENED",
            "DISPATCHED",
            "SENT_BACK",
            "REDISPATCHED",
            "PROCESSED",
            "COMPLETED",
            "AUDITED"),
        audited.steps().stream().map(WorkOrderView.StepView::action).toList());
    assertEquals("2001", audited.steps().get(6).doneBy());
    assertEquals(1, fixture.auditCount("WORK_ORDER_AUDITED", id.toString()));
    assertEquals(
        "workOrder.changedMeanwhile",
        refusal(
                BusinessException.class,
                () -> supervisor(() -> workOrders.audit(id, done.version(), null)))
            .messageKey());

    BusinessRecords records = agent(() -> businessQuery.of(booked.customerNo()));
    assertEquals(
        List.of(booked.id()), records.appointments().stream().map(AppointmentView::id).toList());
    assertEquals(7, records.workOrders().get(0).steps().size(), "with the whole history");
    List<HistoryEntry> timeline = agent(() -> customers.history(customer));
    assertTrue(timeline.stream().anyMatch(h -> h.kind().equals("APPOINTMENT")));
    assertTrue(
        timeline.stream()
            .anyMatch(h -> h.kind().equals("WORK_ORDER_STEP") && h.summary().contains("AUDITED")));
  }

  @Test
  void theWorkAreasAnswersMoveTheOrderOnceAndALateAnswerChangesNothing() throws Exception {
    Long customer = fixture.customer(newNumber());
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    Long slot = work.slot(AppointmentKind.REPAIR, "On site " + newNumber(), start, 3);
    AppointmentView booked = agent(() -> appointments.book(repair(customer, slot)));
    Long id = work.workOrderOf(booked.id());
    WorkAreaView area = supervisor(() -> workOrders.areas()).get(0);
    TechnicianView tech = supervisor(() -> workOrders.techniciansOf(area.id())).get(0);
    WorkOrderView w =
        supervisor(
            () ->
                workOrders.dispatch(
                    id,
                    supervisor(() -> workOrders.view(id)).version(),
                    area.id(),
                    tech.id(),
                    null));
    String first =
        MessageContract.published().read(taskOnQueue(w.orderNo(), 1)).payload().getString("taskId");

    Envelope refused = dispatchResult(first, "REFUSED", null, "not our district");
    probes.send(CallDeskQueue.DISPATCH_RESULTS.address(), refused.toJson(), refused.id(), first);
    probes.send(
        CallDeskQueue.DISPATCH_RESULTS.address(), refused.toJson(), "again-" + refused.id(), first);
    await(() -> orderState(id) == WorkOrderState.SENT_BACK, "sent back by the area");
    WorkOrderView back = supervisor(() -> workOrders.view(id));
    assertEquals("not our district", back.sentBackReason());
    WorkOrderView again =
        supervisor(() -> workOrders.dispatch(id, back.version(), area.id(), tech.id(), null));
    String second =
        MessageContract.published().read(taskOnQueue(w.orderNo(), 2)).payload().getString("taskId");

    Envelope contradicting = dispatchResult(first, "COMPLETED", null, null);
    probes.send(
        CallDeskQueue.DISPATCH_RESULTS.address(),
        contradicting.toJson(),
        contradicting.id(),
        first);
    await(
        () ->
            probes.browseWithRefusal("DLQ." + CallDeskQueue.DISPATCH_RESULTS.address()).stream()
                .anyMatch(m -> m[0].contains(contradicting.id())),
        "a contradicting answer dead-lettered");

    // The supervisor takes the second dispatch back before the area answered, and sends a third;
    // the area's answer to the second then arrives late.
    WorkOrderView byHand =
        supervisor(() -> workOrders.sendBack(id, again.version(), "customer asked for Haidian"));
    WorkOrderView third =
        supervisor(() -> workOrders.dispatch(id, byHand.version(), area.id(), tech.id(), null));
    assertEquals(3, third.dispatchCount());
    String last =
        MessageContract.published().read(taskOnQueue(w.orderNo(), 3)).payload().getString("taskId");
    Envelope late = dispatchResult(second, "ACKNOWLEDGED", 30, null);
    probes.send(CallDeskQueue.DISPATCH_RESULTS.address(), late.toJson(), late.id(), second);
    await(() -> probes.processed(late.id()) == 1, "the late answer handled");
    assertEquals(WorkOrderState.DISPATCHED, orderState(id), "a late answer moves nothing");

    Envelope ack = dispatchResult(last, "ACKNOWLEDGED", 90, null);
    probes.send(CallDeskQueue.DISPATCH_RESULTS.address(), ack.toJson(), ack.id(), last);
    Envelope completed = dispatchResult(last, "COMPLETED", null, "fuse replaced");
    probes.send(CallDeskQueue.DISPATCH_RESULTS.address(), completed.toJson(), completed.id(), last);
    await(() -> orderState(id) == WorkOrderState.COMPLETED, "completed by the area");
    WorkOrderView done = supervisor(() -> workOrders.view(id));
    assertEquals("fuse replaced", done.handling());
    assertEquals(
        List.of(
            "OPENED",
            "DISPATCHED",
            "SENT_BACK",
            "REDISPATCHED",
            "SENT_BACK",
            "REDISPATCHED",
            "LATE_RESULT",
            "AREA_ACKNOWLEDGED",
            "COMPLETED"),
        done.steps().stream().map(WorkOrderView.StepView::action).toList(),
        "the area's refusal acted once; the late answer is kept and moved nothing");
    assertEquals(2, again.dispatchCount());
    assertEquals(
        "system", done.steps().get(2).doneBy(), "the area's answer, recorded by the system");
  }

  @Test
  void anotherAgentsAppointmentAndWorkOrderAreNotFoundWhileTheirSupervisorSeesThem()
      throws Exception {
    Long customer = fixture.customer(newNumber());
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    Long slot = work.slot(AppointmentKind.REPAIR, "On site " + newNumber(), start, 3);
    Long theirs = work.appointmentBy("1001", customer, slot, AppointmentKind.REPAIR);
    Long order = work.workOrderOf(theirs);

    assertEquals(
        "appointment.notFound",
        refusal(BusinessException.class, () -> agent(() -> appointments.view(theirs)))
            .messageKey());
    assertEquals(
        "appointment.notFound",
        refusal(
                BusinessException.class,
                () -> agent(() -> appointments.cancel(theirs, 0, "mine now")))
            .messageKey());
    assertEquals(
        "appointment.notFound",
        refusal(
                BusinessException.class,
                () -> agent(() -> appointments.noShow(theirs, 0, "x", null)))
            .messageKey());
    assertEquals(
        "workOrder.notFound",
        refusal(BusinessException.class, () -> agent(() -> workOrders.view(order))).messageKey());
    assertEquals(1, work.booked(slot), "nothing changed");
    String customerNo = supervisor(() -> appointments.view(theirs)).customerNo();
    assertTrue(
        agent(() -> businessQuery.of(customerNo)).appointments().isEmpty(),
        "the query hides it too");
    assertEquals(1, supervisor(() -> businessQuery.of(customerNo)).workOrders().size());

    fixture.team("1001", null);
    try {
      assertEquals(
          "workOrder.notFound",
          refusal(BusinessException.class, () -> supervisor(() -> workOrders.view(order)))
              .messageKey(),
          "no longer their team");
      assertFalse(
          supervisor(() -> workOrders.list(WorkOrderState.TO_DISPATCH, 0, 100)).rows().stream()
              .anyMatch(r -> r.id().equals(order)));
    } finally {
      fixture.team("1001", "2001");
    }
  }

  @Test
  void anAutomaticCallIsDoneWhenAnsweredAndDialledAgainWhenNot() throws Exception {
    Long customer = fixture.customer(newNumber());
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    Long slot = work.slot(AppointmentKind.SALES, "Store " + newNumber(), start, 3);
    AppointmentView a = agent(() -> appointments.book(sales(customer, slot)));
    String key = "APPT-CONFIRM:" + a.id();
    String dial = (String) work.automaticCalls(key).get(key)[2];

    Envelope busy =
        Envelope.create(
            "callback.result",
            1,
            dial,
            Instant.now(),
            Json.createObjectBuilder().add("taskId", dial).add("outcome", "BUSY").build());
    probes.send(CallDeskQueue.CALLBACK_RESULTS.address(), busy.toJson(), busy.id(), dial);
    await(() -> work.automaticCalls(key).get(key)[6] != null, "retry time set");
    Object[] waiting = work.automaticCalls(key).get(key);
    assertEquals("AUTO", waiting[0]);
    assertEquals(1, ((Number) waiting[5]).intValue());

    fixture.retryNow(work.callbackId(key));
    automatic.dialDue(Instant.now()); // what the timer does every minute
    await(() -> !dial.equals(work.automaticCalls(key).get(key)[2]), "dialled again");
    String second = (String) work.automaticCalls(key).get(key)[2];
    assertNotEquals(dial, second);
    Envelope answered =
        Envelope.create(
            "callback.result",
            1,
            second,
            Instant.now(),
            Json.createObjectBuilder().add("taskId", second).add("outcome", "ANSWERED").build());
    probes.send(CallDeskQueue.CALLBACK_RESULTS.address(), answered.toJson(), answered.id(), second);
    await(() -> "DONE".equals(work.automaticCalls(key).get(key)[0]), "done");
    assertEquals("REACHED", work.automaticCalls(key).get(key)[4]);
  }

  private static LocalDate localDate(Object value) {
    return value instanceof java.sql.Timestamp t
        ? t.toLocalDateTime().toLocalDate()
        : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }

  private void assertNotNow(Callable<?> action) {
    assertEquals(
        "workOrder.notNow",
        refusal(BusinessException.class, () -> supervisor(action)).messageKey());
  }

  private WorkOrderState orderState(Long id) {
    try {
      return supervisor(() -> workOrders.view(id)).state();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The n-th dispatch task sent for an order, waited for on the dispatch queue. */
  private String taskOnQueue(String orderNo, int n) {
    await(
        () ->
            probes.browse(CallDeskQueue.DISPATCH_TASKS.address()).stream()
                    .filter(b -> b.contains(orderNo))
                    .count()
                >= n,
        "dispatch task " + n + " of " + orderNo);
    return probes.browse(CallDeskQueue.DISPATCH_TASKS.address()).stream()
        .filter(b -> b.contains(orderNo))
        .skip(n - 1)
        .findFirst()
        .orElseThrow();
  }

  private static Envelope dispatchResult(
      String taskId, String outcome, Integer eta, String reason) {
    var payload = Json.createObjectBuilder().add("taskId", taskId).add("outcome", outcome);
    if (eta != null) {
      payload.add("etaMinutes", eta);
    }
    if (reason != null) {
      payload.add("reason", reason);
    }
    return Envelope.create("dispatch.result", 1, taskId, Instant.now(), payload.build());
  }

  private static NewAppointment sales(Long customer, Long slot) {
    return new NewAppointment(
        customer,
        null,
        AppointmentKind.SALES,
        slot,
        Place.STORE,
        null,
        "Ms Li",
        "wants a test drive");
  }

  private static NewAppointment repair(Long customer, Long slot) {
    return new NewAppointment(
        customer,
        null,
        AppointmentKind.REPAIR,
        slot,
        Place.ON_SITE,
        "建国路 88 号 502",
        null,
        "aircon blows warm air");
  }

  private static void await(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  private <T> T supervisor(Callable<T> action) throws Exception {
    return asSupervisor2001.call(action);
  }

  private <T> T agent(Callable<T> action) throws Exception {
    return asAgent1002.call(action);
  }

  private static List<Long> ids(List<ScriptView> views) {
    return views.stream().map(ScriptView::id).toList();
  }

  private static String newNumber() {
    return "137" + String.format("%08d", NUMBERS.incrementAndGet() % 100_000_000);
  }

  /** The attempt fails, and for the reason given (not, say, a typo in the test's SQL). */
  private static void assertRefused(
      String reason, org.junit.jupiter.api.function.Executable attempt) {
    Throwable thrown = assertThrows(Throwable.class, attempt);
    StringBuilder messages = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append(" | ");
    }
    assertTrue(messages.toString().contains(reason), messages.toString());
  }

  private static <E extends BusinessException> E refusal(Class<E> type, Callable<?> action) {
    return Refusals.refusal(type, action::call);
  }
}
