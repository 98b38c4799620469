package com.calldesk.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The admin keeps the call-script tree from the browser: an empty entry is refused with messages
 * next to its fields, a complete one appears in the tree, and an agent finds it by search.
 */
class DeskSetupBrowserIT {

  @Test
  void anAdminPublishesAnArticleThatAnAgentThenFinds() {
    String title = "Parking " + System.currentTimeMillis() % 1_000_000;
    try (Browser admin = new Browser("en")) {
      admin.logIn("9001", "calldesk");
      admin.open("admin/desk.xhtml");
      admin.clickLinkWithText("#scripts button", "New article");
      admin.waitForText("#scripts\\:editor", t -> t.contains("Knowledge article"), "a new article");
      admin.click("#scripts\\:saveNode");
      admin.waitForText("#scripts\\:editor", t -> t.contains("Required."), "empty titles refused");
      assertTrue(admin.find("#scripts\\:titleEn").isDisplayed());

      admin.select("#scripts\\:parentId", "20");
      admin.type("#scripts\\:titleZh", "停车");
      admin.type("#scripts\\:titleEn", title);
      admin.type("#scripts\\:bodyEn", "Customers park free for two hours at every service center.");
      admin.click("#scripts\\:saveNode");
      admin.waitForText("#scripts\\:messages", t -> t.contains("Saved."), "saved");
      admin.waitForText("#scripts\\:tree", t -> t.contains(title), "the tree shows it");
      admin.screenshot("desk-setup");
      admin.clickAndWait("#headerForm\\:logout");
    }
    try (Browser agent = new Browser("en")) {
      agent.logIn("1003", "calldesk");
      agent.type("#scripts\\:query", "park two hours");
      agent.click("#scripts\\:search");
      agent.waitForText("#scripts\\:hits", t -> t.contains(title), "the agent finds it");
      agent.clickAndWait("#headerForm\\:logout");
    }
  }
}
