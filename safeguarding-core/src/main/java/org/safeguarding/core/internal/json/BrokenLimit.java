package org.safeguarding.core.internal.json;

/**
 * A document broke one of the reader's limits (or ended, or was not JSON) at {@code path}: reading
 * stops at once and the document is refused with this one problem, in place of any found so far,
 * since what follows was never read.
 */
final class BrokenLimit extends RuntimeException {

  private static final long serialVersionUID = 1L;

  final String path;
  final String problem;

  BrokenLimit(String path, String problem) {
    super(problem, null, false, false);
    this.path = path;
    this.problem = problem;
  }
}
