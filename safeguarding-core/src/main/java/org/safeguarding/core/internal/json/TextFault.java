package org.safeguarding.core.internal.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/**
 * A fault of the text at {@code path} (a broken limit, a field repeated in its object): reading
 * stops at once and the document is refused with this one problem, in place of any found so far,
 * since what follows was never read.
 */
final class TextFault extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final String path;
  final String problem;

  TextFault(String path, String problem) {
    super(problem, null, false, false);
    this.path = path;
    this.problem = problem;
  }

  /** Where in the text, as {@code " (line 3, column 14)"}, or nothing when that is not known. */
  static String at(@Nullable TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
