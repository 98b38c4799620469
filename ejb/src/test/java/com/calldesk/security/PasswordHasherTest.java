package com.calldesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void verifiesTheRightPasswordOnly() {
    String stored = PasswordHasher.hash("s3cret-密码".toCharArray());
    assertTrue(PasswordHasher.verify("s3cret-密码".toCharArray(), stored));
    assertFalse(PasswordHasher.verify("s3cret-密".toCharArray(), stored));
    assertFalse(PasswordHasher.verify("".toCharArray(), stored));
  }

  @Test
  void storesSaltedSlowHashesInTheJakartaSecurityFormat() {
    String a = PasswordHasher.hash("calldesk".toCharArray());
    String b = PasswordHasher.hash("calldesk".toCharArray());
    assertNotEquals(a, b, "same password, different salt, different hash");
    String[] parts = a.split(":");
    assertEquals("PBKDF2WithHmacSHA512", parts[0]);
    assertTrue(Integer.parseInt(parts[1]) >= 210_000);
    assertFalse(a.contains("calldesk"));
  }

  @Test
  void readsTheIterationCountFromTheStoredValue() {
    // Produced elsewhere with 1000 iterations: still verifiable after ITERATIONS was raised.
    String stored = PasswordHasher.hash("x".toCharArray());
    assertTrue(PasswordHasher.verify("x".toCharArray(), stored));
    assertFalse(
        PasswordHasher.verify("x".toCharArray(), stored.replace(":210000:", ":1000:")),
        "a different iteration count yields a different hash");
  }

  @Test
  void malformedStoredValuesNeverVerify() {
    for (String bad :
        new String[] {null, "", "plain", "MD5:1:AA==:AA==", "PBKDF2WithHmacSHA512:x:AA==:AA=="}) {
      assertFalse(PasswordHasher.verify("x".toCharArray(), bad), String.valueOf(bad));
    }
  }

  @Test
  void theDemoUsersHashesVerify() {
    // The hash shipped in db/demo/R__demo_users.sql for employee 1001.
    String sql =
        new String(
            readResource("db/demo/R__demo_users.sql"), java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("'(PBKDF2WithHmacSHA512:[^']+)'").matcher(sql);
    int found = 0;
    while (m.find()) {
      assertTrue(PasswordHasher.verify("calldesk".toCharArray(), m.group(1)));
      found++;
    }
    assertEquals(5, found);
  }

  private static byte[] readResource(String name) {
    try (var in = PasswordHasherTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (java.io.IOException | NullPointerException e) {
      throw new AssertionError("missing resource " + name, e);
    }
  }
}
