package org.safeguarding.rules.risk;

import static org.safeguarding.core.assessment.FindingLevel.ADVICE;
import static org.safeguarding.core.assessment.FindingLevel.BLOCKER;
import static org.safeguarding.core.assessment.FindingLevel.WARNING;

import java.util.List;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.Sources;

/** The risk rules: extreme and high risks, unmitigated ones, overdue reviews, inferred hazards. */
public final class RiskRules implements Rule {

  static final RuleDescription RISK_EXTREME =
      RuleDescription.of(
          "RISK_EXTREME",
          BLOCKER,
          "A risk's current rating (residual when given, else inherent) is in the EXTREME band.",
          "Do not deliver a risk you cannot mitigate: change the session until the risk is lower.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.NPSA_2008,
          Sources.CATALYST_DIGISAFE);

  static final RuleDescription RISK_HIGH =
      RuleDescription.of(
          "RISK_HIGH",
          WARNING,
          "A risk's current rating is in the HIGH band.",
          "Deal with it first, and add mitigations until it is lower or consciously accepted.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.NPSA_2008,
          Sources.CATALYST_DIGISAFE);

  static final RuleDescription RISK_UNMITIGATED =
      RuleDescription.of(
          "RISK_UNMITIGATED",
          WARNING,
          "A declared risk is HIGH or EXTREME before mitigation and the register lists no"
              + " mitigations for it.",
          "Record the mitigations that will be in place, and rate the risk after them.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.CATALYST_DIGISAFE);

  static final RuleDescription RISK_REVIEW_OVERDUE =
      RuleDescription.of(
          "RISK_REVIEW_OVERDUE",
          WARNING,
          "A declared risk's review date is before the session date.",
          "Review the risk and set its next review date.",
          Sources.CATALYST_DIGISAFE,
          Sources.RISK_ASSESSMENT_GUIDE);

  static final RuleDescription RISK_NOT_IN_REGISTER =
      RuleDescription.of(
          "RISK_NOT_IN_REGISTER",
          ADVICE,
          "The engine inferred a hazard the plan's risk register lacks.",
          "Add the hazard to the register with its mitigations, owner and review date.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.CATALYST_DIGISAFE);

  private static final List<RuleDescription> DESCRIPTIONS =
      List.of(RISK_EXTREME, RISK_HIGH, RISK_UNMITIGATED, RISK_REVIEW_OVERDUE, RISK_NOT_IN_REGISTER);

  /** Creates the rule. */
  public RiskRules() {}

  @Override
  public String name() {
    return "risk";
  }

  @Override
  public List<RuleDescription> descriptions() {
    return DESCRIPTIONS;
  }

  @Override
  public void evaluate(Evaluation evaluation) {
    for (AssessedRisk risk : evaluation.risks()) {
      RiskBand band = risk.current().band();
      if (band == RiskBand.EXTREME) {
        evaluation.report(
            RISK_EXTREME,
            risk.id(),
            rated(risk),
            "Do not run the session until " + risk.id() + " is mitigated below EXTREME");
      } else if (band == RiskBand.HIGH) {
        evaluation.report(
            RISK_HIGH,
            risk.id(),
            rated(risk),
            "Deal with "
                + risk.id()
                + " first: add mitigations until it is lower, or accept it consciously");
      }
      if (risk.origin() == RiskOrigin.INFERRED) {
        evaluation.report(
            RISK_NOT_IN_REGISTER,
            risk.id(),
            "the register has no " + risk.hazard() + " risk, so it was inferred from the plan",
            "Add the "
                + risk.hazard()
                + " hazard to the register, with its mitigations, owner and review date");
      }
    }
    for (RiskEntry entry : evaluation.plan().risks()) {
      RiskBand inherent =
          evaluation.rulebook().riskMatrix().rate(entry.likelihood(), entry.severity()).band();
      if (entry.mitigations().isEmpty() && inherent.compareTo(RiskBand.HIGH) >= 0) {
        evaluation.report(
            RISK_UNMITIGATED,
            entry.id(),
            entry.id()
                + " is "
                + inherent
                + " before mitigation, and the register lists no mitigations",
            "Record the mitigations for " + entry.id() + " and rate it after them");
      }
      if (entry.reviewBy().isPresent() && entry.reviewBy().get().isBefore(evaluation.asOf())) {
        evaluation.report(
            RISK_REVIEW_OVERDUE,
            entry.id(),
            entry.id()
                + " was due for review by "
                + entry.reviewBy().get()
                + ", before the session",
            "Review " + entry.id() + " and set its next review date");
      }
    }
  }

  private static String rated(AssessedRisk risk) {
    RiskRating rating = risk.current();
    return risk.id()
        + " ("
        + risk.hazard()
        + ") is rated "
        + rating.likelihood().level()
        + " x "
        + rating.severity().level()
        + " = "
        + rating.score()
        + ", "
        + rating.band()
        + (risk.residual().isPresent() ? ", after mitigation" : "");
  }
}
