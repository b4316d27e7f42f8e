package org.safeguarding.rules.internal.risk;

import static org.safeguarding.core.assessment.FindingLevel.ADVICE;
import static org.safeguarding.core.assessment.FindingLevel.BLOCKER;
import static org.safeguarding.core.assessment.FindingLevel.WARNING;

import java.util.List;
import java.util.Map;
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
      evaluation
          .report(RISK_ASSESSMENT_MISSING)
          .message("vulnerable participants take part, and the plan's risk register is empty")
          .action(
              "Assess the session's risks before it runs (the service and who delivers it, the"
                  + " platform, the participants and their needs) and record them in the register");
    }
    // Worked out again, this time in words, only when a finding must say what the facts are; the
    // register rated them without words.
    Map<Hazard, RiskInference> inferences = null;
    for (AssessedRisk risk : evaluation.risks()) {
      // A rating the plan's facts give is lowered only by changing the facts, not the register.
      boolean fromFacts = risk.origin() == RiskOrigin.INFERRED || risk.floor().isPresent();
      RiskBand band = risk.current().band();
      if (band == RiskBand.EXTREME) {
        evaluation
            .report(RISK_EXTREME)
            .about(risk.id())
            .message(rated(risk))
            .action(
                fromFacts
                    ? "Do not run the session until the plan's facts give "
                        + risk.id()
                        + " less than EXTREME: change what its rating rests on"
                    : "Do not run the session until " + risk.id() + " is mitigated below EXTREME");
      } else if (band == RiskBand.HIGH) {
        evaluation
            .report(RISK_HIGH)
            .about(risk.id())
            .message(rated(risk))
            .action(
                fromFacts
                    ? "Deal with "
                        + risk.id()
                        + " first: change what its rating rests on in the plan until the facts give"
                        + " less, or accept it consciously"
                    : "Deal with "
                        + risk.id()
                        + " first: add mitigations until it is lower, or accept it consciously");
      }
      if (fromFacts) {
        if (inferences == null) {
          inferences = RiskInference.of(evaluation.facts(), evaluation.rulebook(), true);
        }
        String facts = factsBehind(inferences, risk.hazard());
        if (risk.origin() == RiskOrigin.INFERRED) {
          evaluation
              .report(RISK_NOT_IN_REGISTER)
              .about(risk.id())
              .message(
                  "the register has no "
                      + risk.hazard()
                      + " risk, so it was inferred from the plan's facts as "
                      + Ratings.described(risk.current())
                      + ": "
                      + facts)
              .action(
                  "Add the "
                      + risk.hazard()
                      + " hazard to the register, with its mitigations, owner and review date");
        } else {
          underrated(evaluation, risk, facts);
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
            .message(
                entry.id()
                    + " is "
                    + inherent
                    + " before mitigation, and the register lists no mitigations")
            .action("Record the mitigations for " + entry.id() + " and rate it after them");
      }
      if (entry.reviewBy().isPresent() && entry.reviewBy().get().isBefore(evaluation.asOf())) {
        evaluation
            .report(RISK_REVIEW_OVERDUE)
            .about(entry.id())
            .message(
                entry.id()
                    + " was due for review by "
                    + entry.reviewBy().get()
                    + ", before the session")
            .action("Review " + entry.id() + " and set its next review date");
      }
    }
  }

  private static void underrated(Evaluation evaluation, AssessedRisk risk, String facts) {
    RiskRating declared = risk.beforeFloor();
    RiskRating floor = risk.current();
    evaluation
        .report(RISK_UNDERRATED)
        .about(risk.id())
        .message(
            risk.id()
                + " ("
                + risk.hazard()
                + ") is rated "
                + Ratings.described(declared)
                + " in the register, below the "
                + Ratings.described(floor)
                + " the plan's facts give ("
                + facts
                + "), so the engine's rating counts")
        .action(
            "Review "
                + risk.id()
                + " against the plan's facts and rate it at least "
                + Ratings.described(floor)
                + ", or change the session so the facts give less");
  }

  private static String factsBehind(Map<Hazard, RiskInference> inferences, Hazard hazard) {
    RiskInference inference = inferences.get(hazard);
    return inference == null ? "the plan's facts" : inference.facts();
  }

  private static String rated(AssessedRisk risk) {
    String basis;
    switch (risk.currentFrom()) {
      case FLOOR:
        basis = ", the engine's rating from the plan's facts, above the register's";
        break;
      case RESIDUAL:
        basis = ", after mitigation";
        break;
      default:
        basis =
            risk.residual().isPresent()
                ? ", before mitigation: its residual rating does not count, as the register lists"
                    + " no mitigation for it"
                : "";
        break;
    }
    return risk.id()
        + " ("
        + risk.hazard()
        + ") is rated "
        + Ratings.described(risk.current())
        + basis;
  }
}
