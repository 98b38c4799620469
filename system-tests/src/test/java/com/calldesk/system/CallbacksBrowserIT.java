package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ivrsim.IvrSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Callbacks across an agent and a supervisor: the agent raises one by hand (bad input refused next
 * to its field), it waits for a quota with room, the supervisor's quota hands it to the agent, and
 * the agent works it to done with an auto-dial the simulated telephone side answers; the desk's
 * figures follow live.
 */
class CallbacksBrowserIT {

  private IvrSimulator ivr;

  @BeforeEach
  void telephoneSide() {
    ivr = Telephone.open();
  }

  @AfterEach
  void hangUp() {
    ivr.close();
  }

  /** What the pages say, in the language the browsers ask for. */
  private record Texts(
      String noCustomer,
      String required,
      String raised,
      String quotasSaved,
      String today,
      String chooseOutcome) {}

  private static final java.util.Map<String, Texts> TEXTS =
      java.util.Map.of(
          "en",
          new Texts(
              "No customer with number or phone",
              "Required",
              "Callback raised for",
              "Quotas saved",
              "Today: %d tasks",
              "Choose the outcome"),
          "zh-CN",
          new Texts("没有编号或电话为", "必填", "新建回访", "配额已保存", "今日：%d 个任务", "请选择结果"));

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"zh-CN", "en"})
  void aCallbackRaisedByHandIsHandedOutByTheSupervisorsQuotaLiveAndWorkedToDone(String language) {
    Texts say = TEXTS.get(language);
    String caller = "1372" + String.format("%07d", System.currentTimeMillis() % 10_000_000);
    String reason = "Promised a call back " + caller;
    try (Browser agent = new Browser(language);
        Browser supervisor = new Browser(language)) {
      agent.logIn("1002", "calldesk");
      agent.waitForAttribute("#pushState", "data-connected", "true");
      String callId = ivr.offer(caller); // the caller becomes a customer
      agent.waitForAttribute("#callCard", "data-call-id", callId);

      agent.alt('b'); // My callbacks, from the keyboard
      agent.waitForUrl("agent/callbacks.xhtml");
      agent.click("#callbackRaise\\:raise");
      agent.waitForText("#callbackRaise", t -> t.contains(say.noCustomer()), "no customer");
      agent.type("#callbackRaise\\:customer", caller);
      agent.click("#callbackRaise\\:raise");
      agent.waitForText(
          "#callbackRaise", t -> t.contains(say.required()), "the reason is required");
      agent.type("#callbackRaise\\:reason", reason);
      agent.click("#callbackRaise\\:raise");
      agent.waitForText("#callbackRaise", t -> t.contains(say.raised()), "the callback is raised");
      agent.open("agent/desk.xhtml");
      agent.waitForAttribute("#pushState", "data-connected", "true");
      int tasksBefore = Integer.parseInt(agent.attribute("#callbackToday", "data-tasks"));

      supervisor.logIn("2001", "calldesk");
      supervisor.open("supervisor/callbacks.xhtml");
      long waiting = Long.parseLong(supervisor.attribute("#waiting", "data-waiting"));
      assertTrue(waiting >= 1, "the new callback waits for room: " + waiting);
      List<String> agents = new ArrayList<>();
      for (int row = 0; ; row++) {
        String css = "#quotas\\:team\\:" + row + "\\:today";
        if (!supervisor.exists(css)) {
          break;
        }
        agents.add(supervisor.attribute(css, "data-agent"));
      }
      assertTrue(agents.contains("1002"), agents.toString());
      for (int row = 0; row < agents.size(); row++) {
        String no = agents.get(row);
        int holding =
            Integer.parseInt(supervisor.text(".cd-holding[data-agent='" + no + "']").trim());
        // Room for every waiting task on 1002's list, none on the others'.
        long quota = "1002".equals(no) ? holding + waiting : holding;
        supervisor.type("#quotas\\:team\\:" + row + "\\:today", String.valueOf(quota));
      }
      supervisor.click("#quotas\\:save");
      supervisor.waitForText("#quotas", t -> t.contains(say.quotasSaved()), "saved");
      int tasksAfter = tasksBefore + (int) waiting;
      supervisor.waitForText(
          ".cd-holding[data-agent='1002']",
          t -> t.trim().equals(String.valueOf(tasksAfter)),
          "1002 holds the waiting tasks");
      assertEquals("0", supervisor.attribute("#waiting", "data-waiting"));
      supervisor.screenshot("callback-quotas-" + language);

      // The agent's info bar and status bar follow without a reload.
      agent.waitForAttribute("#callbackToday", "data-tasks", String.valueOf(tasksAfter));
      assertEquals(String.valueOf(tasksAfter), agent.attribute("#callbackToday", "data-quota"));
      assertTrue(
          agent.text("#callbackToday").startsWith(String.format(say.today(), tasksAfter)),
          agent.text("#callbackToday"));
      int done = Integer.parseInt(agent.attribute("#callbackToday", "data-done"));
      assertEquals(done + " / " + tasksAfter, agent.text("#taskQuota"));

      agent.clickAndWait("#callbackToday");
      agent.click("#callbackList\\:mine a[data-reason='" + reason + "']");
      agent.waitForAttribute("#callbackTask\\:taskPanel", "data-state", "ASSIGNED");
      assertTrue(agent.text("#callbackTask").contains(reason), agent.text("#callbackTask"));
      agent.click("#callbackTask\\:record");
      agent.waitForText("#callbackTask", t -> t.contains(say.chooseOutcome()), "outcome needed");
      // Auto-dial: the simulated customer answers; the answer shows without a reload and the
      // outcome is preselected.
      agent.click("#callbackTask\\:autoDial");
      agent.waitForAttribute("#callbackTask\\:dial", "data-dial-outcome", "ANSWERED");
      assertEquals("REACHED", agent.value("#callbackTask\\:outcome"));
      agent.type("#callbackTask\\:answers", "Happy with the repair");
      agent.click("#callbackTask\\:record");
      agent.waitForAttribute("#callbackTask\\:taskPanel", "data-state", "DONE");
      assertEquals(
          String.valueOf(done + 1),
          agent.attribute("#callbackToday", "data-done"),
          "one more done");
      assertTrue(agent.text("#attempts").contains("Happy with the repair"));
      agent.screenshot("callbacks-done-" + language);
      agent.clickAndWait("#headerForm\\:logout");
      supervisor.clickAndWait("#headerForm\\:logout");
    }
  }
}
