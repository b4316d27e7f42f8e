package org.safeguarding.core.internal.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;

/**
 * The problems of one document, in the order found. Past {@link #MAX_LISTED} they are counted, not
 * built, so that a hostile document of a million bad entries costs no more memory than one of a
 * thousand: {@link #isCut()} tells readers they may stop keeping what they read.
 */
public final class Problems {

  /** The most problems listed for one document. */
  public static final int MAX_LISTED = 1_000;

  private final List<PlanProblem> listed = new ArrayList<>();
  private final Set<String> exactly = new HashSet<>();
  private long unlisted;

  /** Records a problem at {@code path}; past the limit it is only counted. */
  public void add(String path, String message) {
    if (listed.size() < MAX_LISTED) {
      listed.add(PlanProblem.of(path, message));
    } else {
      unlisted++;
    }
  }

  /** Counts {@code count} problems found past the limit, none of them listed. */
  public void addUnlisted(long count) {
    unlisted += count;
  }

  /** Whether no problem has been found. */
  public boolean isEmpty() {
    return listed.isEmpty();
  }

  /** Whether the listing is full, so that the document can only be refused. */
  public boolean isCut() {
    return unlisted > 0 || listed.size() >= MAX_LISTED;
  }

  /** A point to come back to with {@link #rollBack(Mark)}. */
  public Mark mark() {
    return new Mark(listed.size(), unlisted);
  }

  /** Forgets every problem found since {@code mark}. */
  public void rollBack(Mark mark) {
    listed.subList(mark.listed, listed.size()).clear();
    unlisted = mark.unlisted;
  }

  /** Where the problems stood at one point of reading. */
  public static final class Mark {
    private final int listed;
    private final long unlisted;

    private Mark(int listed, long unlisted) {
      this.listed = listed;
      this.unlisted = unlisted;
    }
  }

  /** Marks a single path, not what is under it, as one a placeholder elsewhere may have upset. */
  public void coverExactly(String path) {
    exactly.add(path);
  }

  /**
   * Builds a document's value, which runs its structural checks, and reports their problems with
   * the shape problems, leaving out any that a placeholder caused.
   *
   * @param build builds the value, throwing {@link InvalidPlanException} on structural problems
   * @param invalid makes the exception that lists the problems
   */
  public <T> T build(Supplier<T> build, Function<List<PlanProblem>, RuntimeException> invalid) {
    List<PlanProblem> structural = List.of();
    try {
      T value = build.get();
      if (isEmpty()) {
        return value;
      }
    } catch (InvalidPlanException e) {
      structural = e.problems();
    }
    throw invalid.apply(withStructural(structural));
  }

  /** The problems found, as the exception that lists them will. */
  public List<PlanProblem> list() {
    return withStructural(List.of());
  }

  /** The shape problems, then the structural problems they do not cover, up to the limit. */
  private List<PlanProblem> withStructural(List<PlanProblem> structural) {
    List<PlanProblem> all = new ArrayList<>(listed);
    boolean cut = unlisted > 0;
    // Once the listing was cut, an unlisted shape problem may cover any structural one: say no
    // more.
    if (!cut && !structural.isEmpty()) {
      Set<String> paths = new HashSet<>();
      for (PlanProblem problem : listed) {
        paths.add(problem.path());
      }
      for (PlanProblem problem : structural) {
        if (covers(paths, problem.path())) {
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
    return all;
  }

  /**
   * Whether {@code path} is at or under a path with a shape problem: there a placeholder stood in
   * for the value, so a structural problem found there says nothing about the input.
   */
  private boolean covers(Set<String> paths, String path) {
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
}
