package org.safeguarding.rules.internal.report;

import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.risk.RiskRating;

/** The words every report uses, whatever its format, so that the formats say the same thing. */
final class Wording {

  /** The title before the plan's id. */
  static final String TITLE = "Safeguarding assessment: ";

  /** What an empty list says. */
  static final String NONE = "none";

  /** What the supervision section says when the assessment has no figures. */
  static final String SUPERVISION_MISSING =
      "The figures are missing because the rule that works them out failed"
          + " (see the RULE_FAILED blocker).";

  private Wording() {}

  /** What a decision means, in one sentence. */
  static String meaning(Decision decision) {
    return switch (decision) {
      case GO -> "The session may run.";
      case GO_WITH_CONDITIONS -> "The session may run once the warnings are dealt with.";
      case POSTPONE -> "Wait until the safeguarding lead is available before running the session.";
      case DO_NOT_RUN -> "The session must not run until the blockers are fixed.";
    };
  }

  /** The heading of a level's findings, without the count. */
  static String group(FindingLevel level) {
    return switch (level) {
      case BLOCKER -> "Blockers";
      case WARNING -> "Warnings";
      case ADVICE -> "Advice";
    };
  }

  /** What a residual rating the engine does not count says after it. */
  static final String RESIDUAL_NOT_COUNTED = "not counted: no mitigation";

  /** What the engine's floor says after it. */
  static final String FLOOR_COUNTS = "from the plan's facts; counts";

  /** Whether a risk's residual rating is given but not counted (no mitigation is listed). */
  static boolean residualNotCounted(AssessedRisk risk) {
    return risk.residual().isPresent() && !risk.residualCredited();
  }

  /** A rating as likelihood, severity, score and band: {@code 3 × 4 = 12 HIGH}. */
  static String rating(RiskRating rating, String times) {
    return rating.likelihood().level()
        + times
        + rating.severity().level()
        + " = "
        + rating.score()
        + " "
        + rating.band().name();
  }
}
