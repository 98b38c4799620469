package com.calldesk.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted slow password hashes: PBKDF2 with HMAC-SHA512, 210,000 iterations (OWASP 2023), 32-byte
 * salt, 64-byte hash, stored as {@code PBKDF2WithHmacSHA512:<iterations>:<b64 salt>:<b64 hash>} —
 * the format of Jakarta Security's {@code Pbkdf2PasswordHash}, so either can read the other's.
 *
 * <p>Verification reads the iteration count from the stored value: raising {@link #ITERATIONS}
 * later keeps old hashes valid.
 */
public final class PasswordHasher {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  public static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 32;
  private static final int HASH_BYTES = 64;
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * A valid hash of a random password, verified against when the employee id is unknown so that an
   * unknown id costs the same time as a wrong password and timing reveals nothing.
   */
  private static final String DECOY = hash(Long.toString(RANDOM.nextLong()).toCharArray());

  private PasswordHasher() {}

  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = pbkdf2(password, salt, ITERATIONS, HASH_BYTES);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + ITERATIONS
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(hash);
  }

  /** True when {@code password} matches {@code stored}; false for a malformed stored value. */
  public static boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split(":");
    if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (iterations < 1 || expected.length == 0) {
        return false;
      }
      return MessageDigest.isEqual(expected, pbkdf2(password, salt, iterations, expected.length));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Spends the time of one verification and fails. */
  public static boolean verifyAgainstDecoy(char[] password) {
    verify(password, DECOY);
    return false;
  }

  private static byte[] pbkdf2(char[] password, byte[] salt, int iterations, int bytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }
}
