package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ivrsim.IvrSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;

/**
 * An agent's day at the desk, in Chinese and in English, against the real EAR: a simulated call
 * opens the caller's card; with the keyboard the agent records an unanswered inquiry and finds a
 * script by search; later, from My history, they reply to the inquiry and it becomes answered.
 */
class DeskBrowserIT {

  private IvrSimulator ivr;

  @BeforeEach
  void telephoneSide() {
    ivr = Telephone.open();
  }

  @AfterEach
  void hangUp() {
    ivr.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "zh-CN, 拖车, 救援服务范围, 咨询记录已保存, 已答复, 请输入数字, 情况调查已保存",
    "en, towing, Roadside assistance coverage, Inquiry saved, answered, Enter a number, Survey saved"
  })
  void anAgentRecordsAnInquiryFindsAScriptAndLaterRepliesFromHistory(
      String language,
      String searchWord,
      String articleTitle,
      String savedText,
      String answered,
      String notANumber,
      String surveySaved) {
    try (Browser agent = new Browser(language)) {
      agent.logIn("1002", "calldesk");
      agent.waitForAttribute("#pushState", "data-connected", "true");

      String caller = "1391" + String.format("%07d", System.currentTimeMillis() % 10_000_000);
      String callId = ivr.offer(caller);
      agent.waitForAttribute("#callCard", "data-call-id", callId);
      String customerNo = agent.text("#customerNo");
      // The customer card below opens on the caller by itself.
      agent.waitForAttribute("#card\\:customer", "data-customer-no", customerNo);
      assertTrue(agent.attribute("#card\\:phones", "value").contains(caller));

      // Keyboard only: Alt+N to a new inquiry, type the question, Alt+S to save it.
      String question = "Q-" + language + "-" + callId.substring(callId.length() - 6);
      agent.alt('n');
      assertEquals("card:question", agent.focused());
      agent.keys(question);
      agent.alt('s');
      agent.waitForText("#card\\:cardMessages", t -> t.contains(savedText), "inquiry saved");
      agent.waitForText("#card\\:timeline", t -> t.contains(question), "on the timeline");
      assertTrue(agent.attribute("#card\\:question", "value").isEmpty(), "the form is cleared");

      // The situation survey: a wrong answer is refused under its question, then saved.
      agent.click("#surveySection summary");
      String satisfaction = "#card\\:survey [id$=':number']";
      agent.type(satisfaction, "very");
      agent.click("#card\\:takeSurvey");
      agent.waitForText("#card\\:survey", t -> t.contains(notANumber), "the answer is refused");
      agent.type(satisfaction, "5");
      agent.click("#card\\:takeSurvey");
      agent.waitForText("#card\\:cardMessages", t -> t.contains(surveySaved), "survey saved");

      // Alt+K to the script search; Enter searches titles and bodies in both languages.
      agent.alt('k');
      assertEquals("scripts:query", agent.focused());
      agent.keys(searchWord, Keys.ENTER);
      agent.waitForText("#scripts\\:hits", t -> t.contains(articleTitle), "the article is found");
      agent.click("#scripts\\:hits a");
      agent.waitForText("#shownBody", t -> t.contains("50"), "the article opens");
      agent.click("#scripts\\:greeting");
      agent.waitForText("#shownBody", t -> !t.contains("50"), "the greeting is one click away");

      // F1 shows the shortcuts.
      agent.keys(Keys.F1);
      agent.waitForText("#shortcutHelp", t -> t.contains("Alt+N"), "the help overlay lists keys");
      agent.keys(Keys.ESCAPE);
      agent.screenshot("desk-" + language);

      // Later: My history shows it unanswered; the reply answers it.
      agent.clickAndWait("#fn\\:history");
      String row = "a[data-inquiry-id]";
      agent.waitForText("#history\\:rows", t -> t.contains(question), "my inquiry is listed");
      agent.click("#history\\:unansweredOnly");
      agent.waitForText("#history\\:rows", t -> t.contains(question), "and listed as unanswered");
      agent.clickLinkWithText(row, question);
      agent.waitForAttribute("#openQuestion", "data-answered", "false");
      assertTrue(agent.text("#history\\:detail").contains(caller), "the number to call back");
      agent.type("#history\\:replyBody", "Called back: towing is free up to 50 km");
      agent.click("#history\\:sendReply");
      agent.waitForAttribute("#openQuestion", "data-answered", "true");
      assertTrue(agent.text("#history\\:detail").contains(answered));
      assertTrue(agent.text("#replies").contains("Called back"));
      agent.waitForText(
          "#history\\:rows", t -> !t.contains(question), "no longer among the unanswered");
      assertFalse(agent.text("#history\\:rows").contains(question));
      agent.screenshot("history-" + language);

      agent.clickAndWait("#headerForm\\:logout");
    }
  }

  @Test
  void twoAgentsEditingOneCustomerTheSecondSaveIsRefusedNamingTheFirst() {
    try (Browser first = new Browser("en");
        Browser second = new Browser("en")) {
      first.logIn("1001", "calldesk");
      first.waitForAttribute("#pushState", "data-connected", "true");
      String caller = "1392" + String.format("%07d", System.currentTimeMillis() % 10_000_000);
      String callId = ivr.offer(caller);
      first.waitForAttribute("#callCard", "data-call-id", callId);
      String customerNo = first.text("#customerNo");
      first.waitForAttribute("#card\\:customer", "data-customer-no", customerNo);

      // A colleague opens the same customer by phone number and saves first.
      second.logIn("1003", "calldesk");
      second.type("#card\\:lookupKey", caller);
      second.click("#card\\:lookup");
      second.waitForAttribute("#card\\:customer", "data-customer-no", customerNo);
      second.type("#card\\:fullName", "Zhao Lei");
      second.click("#card\\:saveCard");
      second.waitForText("#card\\:cardMessages", t -> t.contains("saved"), "first save");

      first.type("#card\\:fullName", "Mr Zhao");
      first.click("#card\\:saveCard");
      first.waitForText(
          "#card\\:cardMessages", t -> t.contains("Not saved"), "the second save is refused");
      String message = first.text("#card\\:cardMessages");
      assertTrue(message.contains("1003") && message.contains("Wang Fang"), message);
      first.click("#card\\:reloadCard");
      first.waitForText("#card\\:timeline", t -> t.contains("Zhao Lei"), "the colleague's change");
      assertEquals("Zhao Lei", first.attribute("#card\\:fullName", "value"));

      first.clickAndWait("#headerForm\\:logout");
      second.clickAndWait("#headerForm\\:logout");
    }
  }
}
