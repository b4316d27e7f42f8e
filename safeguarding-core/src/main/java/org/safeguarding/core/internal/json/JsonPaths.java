package org.safeguarding.core.internal.json;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamContext;

/**
 * Builds JSON paths such as {@code $.participants[2].age}. A field name that is not a plain
 * identifier is written in brackets, escaped and cut short, so that a hostile name cannot break a
 * message, disguise it or make it long.
 */
public final class JsonPaths {

  private static final int LONGEST_NAME_SHOWN = 64;

  private JsonPaths() {}

  public static String field(String parent, String name) {
    if (isPlain(name)) {
      return parent + "." + name;
    }
    StringBuilder path = new StringBuilder(parent).append("['");
    int shown = Math.min(name.length(), LONGEST_NAME_SHOWN);
    for (int i = 0; i < shown; i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        path.append('\\').append(c);
      } else if (mustBeEscaped(c)) {
        path.append(String.format("\\u%04x", (int) c));
      } else {
        path.append(c);
      }
    }
    if (name.length() > shown) {
      path.append("...");
    }
    return path.append("']").toString();
  }

  /** The path of the value a parser was reading, from its context. */
  public static String of(TokenStreamContext context) {
    Deque<TokenStreamContext> chain = new ArrayDeque<>();
    for (@Nullable TokenStreamContext at = context;
        at != null && !at.inRoot();
        at = at.getParent()) {
      chain.push(at);
    }
    String path = "$";
    for (TokenStreamContext at : chain) {
      if (at.inArray()) {
        path = index(path, Math.max(0, at.getCurrentIndex()));
      } else if (at.hasCurrentName()) {
        path = field(path, at.currentName());
      }
    }
    return path;
  }

  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * Whether a character of a name must be shown escaped: a control character (C0 or C1, which a
   * terminal may act on), a line or paragraph separator (which would break the message's line),
   * invisible formatting such as a bidirectional override or a zero-width space (which could
   * disguise the message), or half a surrogate pair.
   */
  private static boolean mustBeEscaped(char c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.FORMAT
        || type == Character.SURROGATE;
  }

  private static boolean isPlain(String name) {
    if (name.isEmpty() || name.length() > LONGEST_NAME_SHOWN) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }
}
