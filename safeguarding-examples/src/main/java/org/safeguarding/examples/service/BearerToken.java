package org.safeguarding.examples.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * The secret a caller must send as {@code Authorization: Bearer TOKEN}. Only its SHA-256 digest is
 * kept, and a presented token is compared digest to digest in constant time, so neither the
 * comparison's time nor the token's length tells a caller how close a guess came.
 */
public final class BearerToken {

  private static final String SCHEME = "Bearer ";

  /** The shortest token accepted: a guessable token protects nothing. */
  public static final int MIN_LENGTH = 16;

  private final byte[] digest;

  private BearerToken(String token) {
    this.digest = sha256(token);
  }

  /**
   * Reads the token from a file: its first line, without surrounding white space.
   *
   * @param file the file
   * @return the token
   * @throws UncheckedIOException if the file cannot be read
   * @throws IllegalArgumentException if the token is shorter than {@link #MIN_LENGTH} or holds
   *     characters a header cannot carry
   */
  public static BearerToken read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the token file " + file, e);
    }
    int end = text.indexOf('\n');
    return of((end < 0 ? text : text.substring(0, end)).strip());
  }

  /**
   * A token given as text.
   *
   * @param token the token
   * @return the token
   * @throws IllegalArgumentException if it is shorter than {@link #MIN_LENGTH} or holds characters
   *     a header cannot carry
   */
  public static BearerToken of(String token) {
    if (token.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "the token must be at least " + MIN_LENGTH + " characters long");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c > '~') {
        throw new IllegalArgumentException(
            "the token may hold only visible ASCII characters, without spaces");
      }
    }
    return new BearerToken(token);
  }

  /**
   * Whether an {@code Authorization} header carries this token.
   *
   * @param authorization the header's value, or null when there is none
   * @return whether it is {@code Bearer} and this token
   */
  public boolean admits(@Nullable String authorization) {
    // Digests of equal length are compared whatever was sent, so a missing or malformed header
    // costs the same as a wrong token.
    String presented =
        authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
            ? authorization.substring(SCHEME.length()).strip()
            : "";
    boolean equal = MessageDigest.isEqual(digest, sha256(presented));
    return equal && !presented.isEmpty();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Never the token. */
  @Override
  public String toString() {
    return "BearerToken[redacted]";
  }
}
