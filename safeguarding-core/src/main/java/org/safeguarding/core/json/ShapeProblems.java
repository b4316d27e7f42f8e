package org.safeguarding.core.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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
  private final Set<String> paths = new HashSet<>();
  private final Set<String> exactly = new HashSet<>();
  private boolean cut;

  void add(String path, String message) {
    if (listed.size() < MAX_LISTED) {
      listed.add(PlanProblem.of(path, message));
      paths.add(path);
    } else {
      cut = true;
    }
  }

  /** Marks a single path, not what is under it, as one a placeholder elsewhere may have upset. */
  void coverExactly(String path) {
    exactly.add(path);
  }

  boolean isEmpty() {
    return listed.isEmpty();
  }

  /**
   * Whether {@code path} is at or under a path with a shape problem: there a placeholder stood in
   * for the value, so a structural problem found there says nothing about the input.
   */
  private boolean covers(String path) {
    if (paths.contains(path) || exactly.contains(path)) {
      return true;
    }
    for (int i = 1; i < path.length(); i++) {
      char c = path.charAt(i);
      if ((c == '.' || c == '[') && paths.contains(path.substring(0, i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Builds a document's value, which runs its structural checks, and reports their problems with
   * the shape problems, leaving out any that a placeholder caused.
   *
   * @param subject what the document is, for the exception's message
   * @param build builds the value, throwing {@link InvalidPlanException} on structural problems
   */
  <T> T build(String subject, Supplier<T> build) {
    List<PlanProblem> structural = List.of();
    try {
      T value = build.get();
      if (isEmpty()) {
        return value;
      }
    } catch (InvalidPlanException e) {
      structural = e.problems();
    }
    throw toException(subject, structural);
  }

  /** The shape problems, then the structural problems they do not cover, up to the limit. */
  InvalidPlanException toException(String subject, List<PlanProblem> structural) {
    List<PlanProblem> all = new ArrayList<>(listed);
    // Once the listing was cut, an unlisted shape problem may cover any structural one: say no
    // more.
    if (!cut) {
      for (PlanProblem problem : structural) {
        if (covers(problem.path())) {
          continue;
        }
        if (all.size() == MAX_LISTED) {
          cut = true;
          break;
        }
        all.add(problem);
      }
    }
    if (cut) {
      all.add(
          PlanProblem.of("$", "has more problems; only the first " + MAX_LISTED + " are listed"));
    }
    return new InvalidPlanException(subject, all);
  }
}
