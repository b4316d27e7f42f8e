package org.safeguarding.rules.internal.report;

import java.util.Locale;

/**
 * The characters that data must never carry into a report as they are, in any format: the ISO
 * control characters (a terminal escape, a line break, NUL), the Unicode line and paragraph
 * separators, the bidirectional formatting characters that can make text read other than it is, the
 * two noncharacters XML forbids, and halves of broken surrogate pairs. Each is written as a visible
 * Java-style escape such as <code>&#92;u001b</code>, so that a reader sees that it was there.
 */
final class ControlCharacters {

  private ControlCharacters() {}

  /** Whether a code point of data must be shown as an escape. */
  static boolean isUnsafe(int codePoint) {
    return Character.isISOControl(codePoint)
        || codePoint == 0x2028 // line separator
        || codePoint == 0x2029 // paragraph separator
        || codePoint == 0x061C // Arabic letter mark
        || codePoint == 0x200E // left-to-right mark
        || codePoint == 0x200F // right-to-left mark
        || (codePoint >= 0x202A && codePoint <= 0x202E) // bidirectional embeddings, overrides
        || (codePoint >= 0x2066 && codePoint <= 0x2069) // bidirectional isolates
        || codePoint == 0xFFFE
        || codePoint == 0xFFFF
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
  }

  /** Appends the visible escape of an unsafe code point, such as <code>&#92;u001b</code>. */
  static void appendEscape(StringBuilder out, int codePoint) {
    out.append("\\u").append(String.format(Locale.ROOT, "%04x", codePoint));
  }
}
