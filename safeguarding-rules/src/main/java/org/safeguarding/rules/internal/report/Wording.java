package org.safeguarding.rules.internal.report;

import org.safeguarding.core.assessment.AssessedRisk;

/**
 * What the report formats decide alike. Their words are in the catalogue's {@code reports} bundle,
 * read through {@link ReportContent}.
 */
final class Wording {

  private Wording() {}

  /** Whether a risk's residual rating is given but not counted (no mitigation is listed). */
  static boolean residualNotCounted(AssessedRisk risk) {
    return risk.residual().isPresent() && !risk.residualCredited();
  }
}
