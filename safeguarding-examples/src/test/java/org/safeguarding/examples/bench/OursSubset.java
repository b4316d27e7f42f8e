package org.safeguarding.examples.bench;

import java.util.List;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * The rule subset run by this library's own rule code, as a host or a custom rule would call it:
 * {@link SessionFacts#of} works out the plan's facts as the engine does, {@link
 * SessionFacts#consents} says whose consent each participant needs and whether it is in place,
 * {@link SessionFacts#supervision} gives the NSPCC ratio with its minimum, and the rulebook's
 * {@link RiskMatrix} bands each risk. These are the pieces the full assessment runs for these
 * codes.
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

    List<ConsentRequirement> consents = facts.consents();
    for (int i = 0; i < consents.size(); i++) {
      Participant participant = plan.participants().get(i);
      ConsentRequirement consent = consents.get(i);
      if (consent.requiredFrom().orElse(null) == ConsentGiver.PARENT_OR_CARER) {
        answer.parentalConsent(participant.id());
        if (consent.status() == ConsentStatus.MISSING) {
          answer.consentMissing(participant.id());
        } else if (consent.status() == ConsentStatus.WITHDRAWN) {
          answer.consentWithdrawn(participant.id());
        }
      }
    }

    Supervision supervision = facts.supervision();
    int required = supervision.requiredAdults();
    int counted = supervision.countedAdults();
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
