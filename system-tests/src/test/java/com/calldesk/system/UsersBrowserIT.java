package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * IT manages users from the browser (SPEC §10): a new account gets a one-time password shown once,
 * and its owner must choose their own password (held to the policy, refused next to the field)
 * before the desk opens. Reference lists (inquiry categories) are kept on the same pattern.
 */
class UsersBrowserIT {

  @Test
  void anAdminCreatesAnAgentWhoMustChooseTheirOwnPasswordFirst() {
    String no = "U" + System.currentTimeMillis() % 1_000_000;
    String oneTime;
    try (Browser admin = new Browser("en")) {
      admin.logIn("9001", "calldesk");
      admin.clickAndWait("#users");
      assertEquals("Users", admin.text("#pageTitle"));
      admin.click("#users\\:newUser");
      admin.waitForText("#users\\:editor", t -> t.contains("New user"), "the form");
      admin.type("#users\\:employeeNo", no);
      admin.click("#users\\:save");
      admin.waitForText("#users\\:editor", t -> t.contains("Required."), "the empty name refused");

      admin.type("#users\\:fullName", "赵六 Zhao Liu");
      admin.select("#users\\:supervisor", "2001");
      admin.select("#users\\:formDepartment", "SERVICE");
      admin.click("#users\\:save");
      admin.waitForText(
          "#users\\:messages", t -> t.contains("User " + no + " created."), "created");
      oneTime = admin.text("#otp");
      assertEquals(14, oneTime.length(), "a one-time password is shown once");

      admin.type("#users\\:text", no);
      admin.click("#users\\:search");
      admin.waitForText(
          "#users\\:rows", t -> t.contains("赵六 Zhao Liu") && t.contains("2001"), "listed");
      admin.screenshot("users");
    }
    try (Browser agent = new Browser("en")) {
      agent.logIn(no, oneTime);
      assertTrue(agent.currentUrl().endsWith("/password.xhtml"), agent.currentUrl());
      assertTrue(agent.text("#passwordForm\\:required").contains("set by someone else"));
      agent.open("agent/desk.xhtml");
      assertTrue(agent.currentUrl().endsWith("/password.xhtml"), "no desk before a new password");

      agent.type("#passwordForm\\:current input, input#passwordForm\\:current", oneTime);
      agent.type("#passwordForm\\:next input, input#passwordForm\\:next", "password2026");
      agent.type("#passwordForm\\:repeat input, input#passwordForm\\:repeat", "password2026");
      agent.clickAndWait("#passwordForm\\:submit");
      assertTrue(agent.text("#passwordForm").contains("Too common"), agent.text("#passwordForm"));

      agent.type("#passwordForm\\:current input, input#passwordForm\\:current", oneTime);
      agent.type("#passwordForm\\:next input, input#passwordForm\\:next", "Lantern-Orchard-42");
      agent.type("#passwordForm\\:repeat input, input#passwordForm\\:repeat", "Lantern-Orchard-42");
      agent.clickAndWait("#passwordForm\\:submit");

      assertTrue(agent.currentUrl().endsWith("/agent/desk.xhtml"), agent.currentUrl());
      assertEquals("READY", agent.attribute("#agentState", "data-state"), "the seat is taken now");
    }
  }

  @Test
  void anAdminAddsAnInquiryCategoryThatAgentsThenChoose() {
    String code = "WARRANTY" + System.currentTimeMillis() % 10_000;
    try (Browser admin = new Browser("zh-CN")) {
      admin.logIn("9001", "calldesk");
      admin.open("admin/desk.xhtml");
      admin.click("#categories\\:create");
      admin.type("#categories\\:code", code);
      admin.type("#categories\\:nameEn", "Warranty");
      admin.click("#categories\\:save");
      admin.waitForText(
          "#categories\\:editor", t -> t.contains("必填"), "the Chinese name is required");

      admin.type("#categories\\:nameZh", "保修咨询");
      admin.click("#categories\\:save");
      admin.waitForText("#categories\\:list", t -> t.contains(code), "listed");
    }
  }
}
