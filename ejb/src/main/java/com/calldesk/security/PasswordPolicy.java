package com.calldesk.security;

import com.calldesk.shared.InvalidInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least {@link #MIN_LENGTH} characters, not one of the common
 * passwords (nor one of them with digits or punctuation added at the end), and not the employee id
 * (or contain it). Each refusal says which rule, next to the password field.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON = load("calldesk/security/common-passwords.txt");

  private PasswordPolicy() {}

  /**
   * @throws InvalidInput on {@code field}, with key {@code password.tooShort}, {@code
   *     password.tooLong}, {@code password.common} or {@code password.containsId}
   */
  public static void check(String employeeNo, char[] password, String field) {
    String p = new String(password);
    String lower = p.toLowerCase(Locale.ROOT);
    String base = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
    new InvalidInput.Check()
        .require(p.length() >= MIN_LENGTH, field, "password.tooShort")
        .require(p.length() <= MAX_LENGTH, field, "password.tooLong")
        .require(!COMMON.contains(lower) && !COMMON.contains(base), field, "password.common")
        .require(
            employeeNo == null || !lower.contains(employeeNo.toLowerCase(Locale.ROOT)),
            field,
            "password.containsId")
        .throwIfAny();
  }

  /** Whether a password is on the common list (for tests and the first-admin generator). */
  static boolean isCommon(String password) {
    return COMMON.contains(password.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
