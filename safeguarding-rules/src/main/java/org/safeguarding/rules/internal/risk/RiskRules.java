package org.safeguarding.rules.internal.risk;

import static org.safeguarding.core.assessment.FindingLevel.ADVICE;
import static org.safeguarding.core.assessment.FindingLevel.BLOCKER;
import static org.safeguarding.core.assessment.FindingLevel.WARNING;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.FindingCodes;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.Sources;

/** The risk rules: extreme and high risks, unmitigated ones, overdue reviews, inferred hazards. */
public final class RiskRules implements Rule {

  static final RuleDescription RISK_EXTREME =
      RuleDescription.of(
          FindingCodes.RISK_EXTREME,
          BLOCKER,
          "A risk's current rating is in the EXTREME band: the engine's rating from the plan's facts"
              + " when the register rates the hazard lower, else the residual rating when the entry"
              + " lists a mitigation, else the inherent rating.",
          "Do not deliver a risk you cannot mitigate: change the session until the risk is lower.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.NPSA_2008,
          Sources.CATALYST_DIGISAFE);

  static final RuleDescription RISK_HIGH =
      RuleDescription.of(
          FindingCodes.RISK_HIGH,
          WARNING,
          "A risk's current rating is in the HIGH band.",
          "Deal with it first, and add mitigations until it is lower or consciously accepted.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.NPSA_2008,
          Sources.CATALYST_DIGISAFE);

  static final RuleDescription RISK_UNMITIGATED =
      RuleDescription.of(
          FindingCodes.RISK_UNMITIGATED,
          WARNING,
          "A declared risk is HIGH or EXTREME before mitigation and the register lists no"
              + " mitigations for it.",
          "Record the mitigations that will be in place, and rate the risk after them.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.CATALYST_DIGISAFE);

  static final RuleDescription RISK_REVIEW_OVERDUE =
      RuleDescription.of(
          FindingCodes.RISK_REVIEW_OVERDUE,
          WARNING,
          "A declared risk's review date is before the session date.",
          "Review the risk and set its next review date.",
          Sources.CATALYST_DIGISAFE,
          Sources.RISK_ASSESSMENT_GUIDE);

  static final RuleDescription RISK_NOT_IN_REGISTER =
      RuleDescription.of(
          FindingCodes.RISK_NOT_IN_REGISTER,
          ADVICE,
          "The plan's facts call for a hazard the risk register lacks, so the engine added it,"
              + " rated from those facts.",
          "Add the hazard to the register with its mitigations, owner and review date.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.CATALYST_DIGISAFE);

  static final RuleDescription RISK_UNDERRATED =
      RuleDescription.of(
          FindingCodes.RISK_UNDERRATED,
          ADVICE,
          "The register rates a hazard lower than the plan's facts give: the engine's rating is"
              + " the one that counts, for RISK_HIGH and RISK_EXTREME and for the priority order.",
          "Review the entry against the plan's facts and rate it at least as the engine does, or"
              + " change the session so that the facts give a lower rating.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.NPSA_2008,
          Sources.CATALYST_DIGISAFE,
          Sources.RUNNING_SESSIONS_GUIDE);

  static final RuleDescription RISK_ASSESSMENT_MISSING =
      RuleDescription.of(
          FindingCodes.RISK_ASSESSMENT_MISSING,
          WARNING,
          "Vulnerable participants take part and the plan's risk register is empty.",
          "Assess the session's risks before it runs: the service and who delivers it, the platform,"
              + " and the participants and their needs, each rated for likelihood and severity.",
          Sources.RISK_ASSESSMENT_GUIDE,
          Sources.SESSION_SETTINGS_GUIDE,
          Sources.CATALYST_DIGISAFE);

  private static final List<RuleDescription> DESCRIPTIONS =
      List.of(
          RISK_EXTREME,
          RISK_HIGH,
          RISK_UNMITIGATED,
          RISK_REVIEW_OVERDUE,
          RISK_NOT_IN_REGISTER,
          RISK_UNDERRATED,
          RISK_ASSESSMENT_MISSING);

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
    if (evaluation.facts().hasVulnerable() && evaluation.plan().risks().isEmpty()) {
      evaluation.report(RISK_ASSESSMENT_MISSING).worded();
    }
    // Worked out again, this time with the facts to say, only when a finding must say what the
    // facts are; the register rated them without.
    Map<Hazard, RiskInference> inferences = null;
    for (AssessedRisk risk : evaluation.risks()) {
      // A rating the plan's facts give is lowered only by changing the facts, not the register.
      boolean fromFacts = risk.origin() == RiskOrigin.INFERRED || risk.floor().isPresent();
      RiskBand band = risk.current().band();
      if (band == RiskBand.EXTREME || band == RiskBand.HIGH) {
        rated(
                evaluation.report(band == RiskBand.EXTREME ? RISK_EXTREME : RISK_HIGH),
                risk,
                risk.current(),
                "")
            .with("basis", basis(risk))
            .worded(fromFacts ? "fromFacts" : null);
      }
      if (fromFacts) {
        if (inferences == null) {
          inferences = RiskInference.of(evaluation.facts(), evaluation.rulebook(), true);
        }
        if (risk.origin() == RiskOrigin.INFERRED) {
          facts(
                  rated(evaluation.report(RISK_NOT_IN_REGISTER), risk, risk.current(), ""),
                  inferences.get(risk.hazard()))
              .worded();
        } else {
          facts(
                  rated(
                      rated(
                          evaluation.report(RISK_UNDERRATED), risk, risk.beforeFloor(), "declared"),
                      risk,
                      risk.current(),
                      ""),
                  inferences.get(risk.hazard()))
              .worded();
        }
      }
    }
    for (RiskEntry entry : evaluation.plan().risks()) {
      RiskBand inherent =
          evaluation.rulebook().riskMatrix().rate(entry.likelihood(), entry.severity()).band();
      if (entry.mitigations().isEmpty() && inherent.compareTo(RiskBand.HIGH) >= 0) {
        evaluation
            .report(RISK_UNMITIGATED)
            .about(entry.id())
            .with("risk", entry.id())
            .with("band", inherent)
            .worded();
      }
      if (entry.reviewBy().isPresent() && entry.reviewBy().get().isBefore(evaluation.asOf())) {
        evaluation
            .report(RISK_REVIEW_OVERDUE)
            .about(entry.id())
            .with("risk", entry.id())
            .with("reviewBy", entry.reviewBy().get())
            .worded();
      }
    }
  }

  /**
   * Records a risk (its id and hazard, once) and one of its ratings, under names with a prefix:
   * {@code likelihood}, {@code severity}, {@code score} and {@code band}, or {@code
   * declaredLikelihood} and so on.
   */
  private static Evaluation.Report rated(
      Evaluation.Report report, AssessedRisk risk, RiskRating rating, String prefix) {
    return report
        .about(risk.id())
        .with("risk", risk.id())
        .with("hazard", risk.hazard())
        .with(named(prefix, "likelihood"), rating.likelihood().level())
        .with(named(prefix, "severity"), rating.severity().level())
        .with(named(prefix, "score"), rating.score())
        .with(named(prefix, "band"), rating.band());
  }

  private static String named(String prefix, String name) {
    return prefix.isEmpty()
        ? name
        : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Records the facts a rating rests on; "the plan's facts" when none are known. */
  private static Evaluation.Report facts(
      Evaluation.Report report, @Nullable RiskInference inference) {
    if (inference == null) {
      return report.with("facts", "PLAN");
    }
    report.with("facts", inference.facts());
    inference.values().forEach(report::with);
    return report;
  }

  /** Where the current rating comes from, as the catalogue's {@code ratedFrom} phrases. */
  private static String basis(AssessedRisk risk) {
    switch (risk.currentFrom()) {
      case FLOOR:
        return "FLOOR";
      case RESIDUAL:
        return "RESIDUAL";
      default:
        return risk.residual().isPresent() ? "INHERENT_RESIDUAL_NOT_CREDITED" : "INHERENT";
    }
  }
}
