package org.safeguarding.rules.internal.report;

/**
 * Lines of plain text, wrapped at spaces to a width, for the text reports: a line too long for the
 * width continues under a hanging indent, and a word longer than a whole line is broken where the
 * line ends. Widths are counted in code points.
 */
final class TextLines {

  private final int width;
  private final StringBuilder out = new StringBuilder(8192);

  TextLines(int width) {
    this.width = width;
  }

  void add(String line) {
    out.append(line).append('\n');
  }

  /**
   * Writes text after a first prefix, continuing after the other prefix, breaking at spaces; a word
   * too long for a line is broken where the line ends.
   */
  void wrap(String first, String rest, String text) {
    String prefix = first;
    StringBuilder line = new StringBuilder(prefix);
    int room = width - length(prefix);
    boolean empty = true;
    for (String word : text.split(" ", -1)) {
      int length = length(word);
      if (!empty && length + 1 > room) {
        add(line.toString());
        prefix = rest;
        line = new StringBuilder(prefix);
        room = width - length(prefix);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        room--;
      }
      while (length > room && room > 0) {
        int cut = word.offsetByCodePoints(0, room);
        line.append(word, 0, cut);
        add(line.toString());
        word = word.substring(cut);
        length = length(word);
        prefix = rest;
        line = new StringBuilder(prefix);
        room = width - length(prefix);
      }
      line.append(word);
      room -= length;
      empty = false;
    }
    add(line.toString());
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
