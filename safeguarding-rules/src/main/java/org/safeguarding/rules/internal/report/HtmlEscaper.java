package org.safeguarding.rules.internal.report;

/**
 * Escapes data for HTML and for the inline SVG within it, as text or as a quoted attribute value:
 * {@code &}, {@code <}, {@code >}, {@code "} and {@code '} become character references that HTML
 * and XML both know, and every {@linkplain ControlCharacters unsafe character} becomes a visible
 * escape (which also keeps the SVG well-formed XML). A backslash is written twice, so that data
 * holding the six characters <code>&#92;u001b</code> reads {@code \\u001b} and cannot pass for an
 * escaped ESC.
 */
final class HtmlEscaper {

  private HtmlEscaper() {}

  /** Returns the data as HTML text or attribute value that reads as the data. */
  static String escape(String data) {
    StringBuilder out = new StringBuilder(data.length() + 16);
    for (int i = 0; i < data.length(); ) {
      int codePoint = data.codePointAt(i);
      switch (codePoint) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        case '\\':
          out.append("\\\\");
          break;
        default:
          if (ControlCharacters.isUnsafe(codePoint)) {
            ControlCharacters.appendEscape(out, codePoint);
          } else {
            out.appendCodePoint(codePoint);
          }
      }
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }
}
