package org.safeguarding.examples.bench;

import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.consent.ConsentRequirements;
import org.safeguarding.rules.rulebook.Rulebook;
import org.safeguarding.rules.supervision.RequiredAdults;

/**
 * The rule subset run by this library's own rule code, as a host or a custom rule would call it:
 * {@link SessionFacts#of} works out the plan's facts as the engine does, {@link
 * ConsentRequirements} says whose consent each participant needs and whether it is in place, {@link
 * RequiredAdults} gives the NSPCC ratio with its minimum, and the rulebook's {@link RiskMatrix}
 * bands each risk. These are the pieces the full assessment runs for these codes.
 */
final class OursSubset implements RuleSubset {

  private final Rulebook rulebook;
  private final RiskMatrix matrix;

  OursSubset(Rulebook rulebook) {
    this.rulebook = rulebook;
    this.matrix = rulebook.riskMatrix();
  }

  @Override
  public String engine() {
    return "ours";
  }

  @Override
  public SubsetAnswer answer(SessionPlan plan) {
    RuleSubset.requireInScope(plan);
    SessionFacts facts = SessionFacts.of(plan, rulebook);
    SubsetAnswer.Builder answer = SubsetAnswer.builder();

    for (Participant participant : plan.participants()) {
      ConsentRequirement consent = ConsentRequirements.of(participant, facts, rulebook);
      if (consent.requiredFrom().orElse(null) == ConsentGiver.PARENT_OR_CARER) {
        answer.parentalConsent(participant.id());
        if (consent.status() == ConsentStatus.MISSING) {
          answer.consentMissing(participant.id());
        } else if (consent.status() == ConsentStatus.WITHDRAWN) {
          answer.consentWithdrawn(participant.id());
        }
      }
    }

    int required = RequiredAdults.of(facts, rulebook);
    int counted = facts.countedAdults();
    answer.requiredAdults(required);
    answer.countedAdults(counted);
    if (counted < required) {
      answer.supervisionShortfall();
    }

    for (RiskEntry risk : plan.risks()) {
      RiskBand band =
          risk.residualLikelihood().isPresent()
              ? matrix
                  .rate(risk.residualLikelihood().getAsInt(), risk.residualSeverity().getAsInt())
                  .band()
              : matrix.rate(risk.likelihood(), risk.severity()).band();
      answer.riskBand(risk.id(), band);
      if (band == RiskBand.EXTREME) {
        answer.riskExtreme(risk.id());
      }
    }
    return answer.build();
  }
}
