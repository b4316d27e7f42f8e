package org.safeguarding.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Markers to plant in free text, and the checks that they never come back out of a {@code
 * toString()} or an exception. A marker is {@link #TOKEN} followed by what it marks; any text
 * holding the token, in any case, holds free text, so a message that echoed even the first eight
 * characters of a value would be caught.
 */
public final class FreeText {

  /** What every marker starts with, and what the checks look for, ignoring case. */
  public static final String TOKEN = "FREETEXT";

  private FreeText() {}

  /**
   * A marker for one free-text value, such as {@code FREETEXT-risk-description}.
   *
   * @param what what the value is, for a reader of a failure
   * @return the marker: valid free text and a valid id (no spaces, no control characters)
   */
  public static String marker(String what) {
    return TOKEN + "-" + what;
  }

  /** Whether {@code text} holds a marker, or the start of one, in any case. */
  public static boolean holdsMarker(String text) {
    return text.toUpperCase(Locale.ROOT).contains(TOKEN);
  }

  /**
   * Fails if {@code text} holds a marker.
   *
   * @param where what the text is, for the failure's message
   * @param text the text
   */
  public static void assertNone(String where, String text) {
    assertThat(holdsMarker(text)).as("%s holds free text: %s", where, abbreviated(text)).isFalse();
  }

  /**
   * Fails if any text a throwable carries holds a marker: the message and {@code toString()} of it
   * and of every cause and suppressed throwable, and every entry of a {@code problems()} list and
   * every other text a public no-argument method returns (such as {@code subject()}), since a
   * caller may log any of them.
   *
   * @param thrown the throwable
   * @return how many texts were checked, at least one
   */
  public static int assertNoneIn(Throwable thrown) {
    List<String> texts = textsOf(thrown);
    for (String text : texts) {
      assertNone(thrown.getClass().getSimpleName(), text);
    }
    return texts.size();
  }

  /** Every text a throwable, its causes and its suppressed throwables carry. */
  public static List<String> textsOf(Throwable thrown) {
    // Not the printed stack trace: its frames name test methods, which may well say "free text".
    List<String> texts = new ArrayList<>();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> pending = new ArrayDeque<>();
    pending.add(thrown);
    while (!pending.isEmpty()) {
      Throwable next = pending.pop();
      if (!seen.add(next)) {
        continue;
      }
      texts.add(String.valueOf(next.getMessage()));
      texts.add(String.valueOf(next.getLocalizedMessage()));
      texts.add(next.toString());
      texts.addAll(accessorTexts(next));
      if (next.getCause() != null) {
        pending.add(next.getCause());
      }
      Collections.addAll(pending, next.getSuppressed());
    }
    return texts;
  }

  /**
   * What the exception type's own public no-argument methods return, as text: {@code problems()}
   * entry by entry, {@code subject()}, and whatever a later exception type adds.
   */
  private static List<String> accessorTexts(Throwable thrown) {
    List<String> texts = new ArrayList<>();
    for (Method method : thrown.getClass().getDeclaredMethods()) {
      if (!Modifier.isPublic(method.getModifiers())
          || Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() != 0
          || method.getReturnType() == void.class) {
        continue;
      }
      Object value;
      try {
        value = method.invoke(thrown);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot call " + method, e);
      }
      if (value instanceof Iterable<?>) {
        for (Object element : (Iterable<?>) value) {
          texts.add(String.valueOf(element));
        }
      } else {
        texts.add(String.valueOf(value));
      }
    }
    return texts;
  }

  private static String abbreviated(String text) {
    return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "...";
  }
}
