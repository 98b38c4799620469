package com.calldesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.calldesk.shared.InvalidInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Short1!, password.tooShort",
    "1234567890, password.common",
    "qwertyuiop, password.common",
    "Password2026!, password.common",
    "calldesk12345, password.common",
    "woaini1314520, password.common",
    "my-1001-secret-x, password.containsId"
  })
  void refusesWhatIsEasyToGuessAndSaysWhy(String password, String key) {
    InvalidInput refused =
        assertThrows(
            InvalidInput.class, () -> PasswordPolicy.check("1001", password.toCharArray(), "next"));
    assertEquals(key, refused.problems().get(0).messageKey());
    assertEquals("next", refused.problems().get(0).field());
  }

  @Test
  void acceptsALongUncommonPassword() {
    PasswordPolicy.check("1001", "Lantern-Orchard-42".toCharArray(), "next");
    PasswordPolicy.check("1001", "长城脚下的小院子2026".toCharArray(), "next");
  }

  @Test
  void refusesEveryProblemAtOnce() {
    InvalidInput refused =
        assertThrows(InvalidInput.class, () -> PasswordPolicy.check("ab", "ab".toCharArray(), "p"));
    assertEquals(
        List.of("password.tooShort", "password.containsId"),
        refused.problems().stream().map(InvalidInput.Problem::messageKey).toList());
  }
}
