package org.safeguarding.rules.internal.report;

/**
 * Escapes data for GitHub-flavoured Markdown, for use inside a line (a heading, a list item, a
 * table cell), never at its start. {@code &}, {@code <} and {@code >} become character references,
 * so that no inline HTML or entity can be injected; the characters that make emphasis, code, links,
 * strikethrough, math or a closing heading sequence get a backslash, as does {@code |}, which would
 * otherwise split a table cell; an underscore between two letters or digits is left as it is, since
 * it cannot start or end emphasis there ({@code CONSENT_MISSING}). So that GFM's extended autolinks
 * cannot turn data into a live link, every {@code :} ({@code https:}, {@code javascript:}, {@code
 * mailto:}) and {@code @} (an email address) gets a backslash, as does a {@code .} straight after
 * {@code www} in any case ({@code www\.example.org}); GFM lets any ASCII punctuation be escaped so,
 * and the rendered text reads as the data. Every {@linkplain ControlCharacters unsafe character}, a
 * line break included, becomes a visible escape, so data cannot end a list item or a table row.
 */
final class MarkdownEscaper {

  private MarkdownEscaper() {}

  /** Returns the data as Markdown inline text that reads as the data. */
  static String escape(String data) {
    StringBuilder out = new StringBuilder(data.length() + 16);
    int previous = -1;
    for (int i = 0; i < data.length(); ) {
      int codePoint = data.codePointAt(i);
      int next = i + Character.charCount(codePoint);
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
        case '\\':
        case '`':
        case '*':
        case '[':
        case ']':
        case '|':
        case '~':
        case '#':
        case '$':
        case ':':
        case '@':
          out.append('\\').append((char) codePoint);
          break;
        case '.':
          out.append(data.regionMatches(true, i - 3, "www", 0, 3) ? "\\." : ".");
          break;
        case '_':
          {
            boolean intraword =
                previous != -1
                    && Character.isLetterOrDigit(previous)
                    && next < data.length()
                    && Character.isLetterOrDigit(data.codePointAt(next));
            out.append(intraword ? "_" : "\\_");
            break;
          }
        default:
          if (ControlCharacters.isUnsafe(codePoint)) {
            ControlCharacters.appendEscape(out, codePoint);
          } else {
            out.appendCodePoint(codePoint);
          }
      }
      previous = codePoint;
      i = next;
    }
    return out.toString();
  }
}
