package org.safeguarding.rules.rulebook;

import java.util.List;
import org.safeguarding.core.json.InvalidDocumentException;
import org.safeguarding.core.plan.PlanProblem;

/**
 * Thrown when a rulebook cannot be loaded: it lists every problem found, each with its JSON path
 * (such as {@code $.supervision.ratioBands[2].fromAge}), so that its author can fix them all at
 * once.
 */
public final class InvalidRulebookException extends InvalidDocumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; not empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidRulebookException(List<PlanProblem> problems) {
    super(RulebookJson.RULEBOOK, problems);
  }
}
