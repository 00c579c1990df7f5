package org.pepin.sales.quote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a quote's acceptance link: 32 random bytes in base64url. Only its SHA-256 is
 * stored, so that a copy of the database does not hand out links.
 */
final class AcceptanceTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private AcceptanceTokens() {}

  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    return sha256(token.getBytes(StandardCharsets.US_ASCII));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the text looks like a token (43 base64url characters), before any lookup. */
  static boolean wellFormed(String token) {
    return token.matches("[A-Za-z0-9_-]{43}");
  }
}
