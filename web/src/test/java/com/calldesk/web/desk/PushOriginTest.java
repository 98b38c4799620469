package com.calldesk.web.desk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PushOriginTest {

  @Test
  void theSitesOwnPagesMayConnect() {
    assertTrue(PushOrigin.sameSite("http://127.0.0.1:8080", "127.0.0.1:8080"));
    assertTrue(PushOrigin.sameSite("https://calldesk.example", "calldesk.example"));
    assertTrue(PushOrigin.sameSite("https://calldesk.example", "calldesk.example:443"));
    assertTrue(PushOrigin.sameSite("https://CallDesk.example:8181", "calldesk.example:8181"));
  }

  @Test
  void otherSitesMayNot() {
    assertFalse(PushOrigin.sameSite("https://evil.example", "calldesk.example"));
    assertFalse(PushOrigin.sameSite("http://127.0.0.1:9999", "127.0.0.1:8080"));
    assertFalse(PushOrigin.sameSite("https://calldesk.example.evil.example", "calldesk.example"));
    assertFalse(PushOrigin.sameSite("null", "calldesk.example"));
    assertFalse(PushOrigin.sameSite("http://calldesk.example", null));
  }
}
