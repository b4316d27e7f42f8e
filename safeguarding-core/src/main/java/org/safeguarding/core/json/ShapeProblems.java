package org.safeguarding.core.json;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;

/**
 * The problems of a document's shape (missing, mistyped, unknown), in document order. Past {@link
 * #MAX_LISTED} it stops listing and says so, so that a hostile document of a million bad entries
 * costs no more memory than one of a thousand.
 */
final class ShapeProblems {

  /** The most problems listed for one document. */
  static final int MAX_LISTED = 1_000;

  private final List<PlanProblem> listed = new ArrayList<>();
  private boolean cut;

  void add(String path, String message) {
    if (listed.size() < MAX_LISTED) {
      listed.add(PlanProblem.of(path, message));
    } else {
      cut = true;
    }
  }

  boolean isEmpty() {
    return listed.isEmpty();
  }

  /**
   * Whether {@code path} is at or under a path with a shape problem: there a placeholder stood in
   * for the value, so a structural problem found there says nothing about the input.
   */
  boolean covers(String path) {
    for (PlanProblem problem : listed) {
      String at = problem.path();
      if (path.equals(at)
          || (path.startsWith(at)
              && (path.charAt(at.length()) == '.' || path.charAt(at.length()) == '['))) {
        return true;
      }
    }
    return cut;
  }

  /** The shape problems, then the structural problems they do not cover. */
  InvalidPlanException toException(String subject, List<PlanProblem> structural) {
    List<PlanProblem> all = new ArrayList<>(listed);
    for (PlanProblem problem : structural) {
      if (!covers(problem.path())) {
        all.add(problem);
      }
    }
    if (cut) {
      all.add(PlanProblem.of("$", "has more problems; only the first " + MAX_LISTED + " are listed"));
    }
    return new InvalidPlanException(subject, all);
  }
}
