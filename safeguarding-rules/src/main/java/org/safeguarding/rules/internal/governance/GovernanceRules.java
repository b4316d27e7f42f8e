package org.safeguarding.rules.internal.governance;

import static org.safeguarding.core.assessment.FindingLevel.ADVICE;
import static org.safeguarding.core.assessment.FindingLevel.BLOCKER;
import static org.safeguarding.core.assessment.FindingLevel.WARNING;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.Service;
import org.safeguarding.rules.AdmissionCodes;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.FindingCodes;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.Sources;

/** The governance rules: policies, remit, local authority contact, the lead, a holding screen. */
public final class GovernanceRules implements Rule {

  static final RuleDescription POLICY_MISSING =
      RuleDescription.withLevels(
          FindingCodes.POLICY_MISSING,
          EnumSet.of(BLOCKER, WARNING, ADVICE),
          "The service lacks a policy, at the level the rulebook gives it (by default BLOCKER for"
              + " SAFEGUARDING_POLICY and INCIDENT_RECORDING, WARNING for the others).",
          "Adopt the policy and make sure staff know it.",
          Sources.PLATFORM_QUESTIONS_GUIDE,
          Sources.CONSENT_AND_RECRUITMENT_GUIDE,
          Sources.SESSION_SETTINGS_GUIDE);

  static final RuleDescription REMIT_NOT_APPROVED =
      RuleDescription.of(
          FindingCodes.REMIT_NOT_APPROVED,
          WARNING,
          "The service's online remit has not been approved.",
          "Have the organisation approve running the service online.",
          Sources.SESSION_SETTINGS_GUIDE);

  static final RuleDescription LOCAL_AUTHORITY_CONTACT_UNKNOWN =
      RuleDescription.of(
          FindingCodes.LOCAL_AUTHORITY_CONTACT_UNKNOWN,
          WARNING,
          "The service does not know its local authority safeguarding contact.",
          "Find and record the local authority's safeguarding contact.",
          Sources.PLATFORM_QUESTIONS_GUIDE);

  static final RuleDescription SAFEGUARDING_LEAD_UNAVAILABLE =
      RuleDescription.of(
              FindingCodes.SAFEGUARDING_LEAD_UNAVAILABLE,
              BLOCKER,
              "The safeguarding lead is not available during the session; the decision is POSTPONE"
                  + " unless something else blocks the session.",
              "Postpone the session until the safeguarding lead is available.",
              Sources.RUNNING_SESSIONS_GUIDE)
          .postponing()
          .givenAtTheDoorAs(AdmissionCodes.ADMIT_LEAD_UNAVAILABLE);

  static final RuleDescription HOLDING_SCREEN_MISSING =
      RuleDescription.of(
          FindingCodes.HOLDING_SCREEN_MISSING,
          WARNING,
          "An interactive session with vulnerable participants has no holding screen.",
          "Show a holding screen with the session's rules and the safeguarding lead's contact"
              + " while people join.",
          Sources.RUNNING_SESSIONS_GUIDE);

  private static final List<RuleDescription> DESCRIPTIONS =
      List.of(
          POLICY_MISSING,
          REMIT_NOT_APPROVED,
          LOCAL_AUTHORITY_CONTACT_UNKNOWN,
          SAFEGUARDING_LEAD_UNAVAILABLE,
          HOLDING_SCREEN_MISSING);

  /** Creates the rule. */
  public GovernanceRules() {}

  @Override
  public String name() {
    return "governance";
  }

  @Override
  public List<RuleDescription> descriptions() {
    return DESCRIPTIONS;
  }

  @Override
  public void evaluate(Evaluation evaluation) {
    Service service = evaluation.plan().service();
    for (Map.Entry<Policy, FindingLevel> required :
        evaluation.rulebook().requiredPolicies().entrySet()) {
      Policy policy = required.getKey();
      if (!service.policies().contains(policy)) {
        evaluation
            .report(POLICY_MISSING)
            .at(required.getValue())
            .about(policy.name())
            .with("policy", policy)
            .worded();
      }
    }
    if (!service.remitApproved()) {
      evaluation.report(REMIT_NOT_APPROVED).worded();
    }
    if (!service.localAuthorityContactKnown()) {
      evaluation.report(LOCAL_AUTHORITY_CONTACT_UNKNOWN).worded();
    }
    if (!evaluation.plan().safeguardingLeadAvailable()) {
      evaluation.report(SAFEGUARDING_LEAD_UNAVAILABLE).worded();
    }
    SessionFacts facts = evaluation.facts();
    if (facts.isInteractive() && facts.hasVulnerable() && !evaluation.plan().holdingScreen()) {
      evaluation.report(HOLDING_SCREEN_MISSING).worded();
    }
  }
}
