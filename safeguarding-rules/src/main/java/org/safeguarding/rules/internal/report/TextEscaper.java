package org.safeguarding.rules.internal.report;

/**
 * Escapes data for a plain-text report read in a terminal: every {@linkplain ControlCharacters
 * unsafe character} becomes a visible escape, so that no escape sequence reaches the terminal and a
 * line break in a message cannot start a line of the report, and a backslash is written twice, so
 * that data holding the six characters <code>&#92;u001b</code> reads {@code \\u001b} and cannot
 * pass for an escaped ESC. Everything else stays as it is.
 */
final class TextEscaper {

  private TextEscaper() {}

  /** Returns the data, safe to print. */
  static String escape(String data) {
    StringBuilder out = new StringBuilder(data.length());
    for (int i = 0; i < data.length(); ) {
      int codePoint = data.codePointAt(i);
      if (codePoint == '\\') {
        out.append("\\\\");
      } else if (ControlCharacters.isUnsafe(codePoint)) {
        ControlCharacters.appendEscape(out, codePoint);
      } else {
        out.appendCodePoint(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }
}
