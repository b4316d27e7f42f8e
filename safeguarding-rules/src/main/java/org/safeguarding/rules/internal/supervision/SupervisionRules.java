package org.safeguarding.rules.internal.supervision;

import static org.safeguarding.core.assessment.FindingLevel.BLOCKER;
import static org.safeguarding.core.assessment.FindingLevel.WARNING;

import java.util.List;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.rules.AdmissionCodes;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.FindingCodes;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.Sources;
import org.safeguarding.rules.rulebook.Rulebook;

/** The supervision rules: enough checked adults, one-to-one safeguards, cover and accompaniment. */
public final class SupervisionRules implements Rule {

  static final RuleDescription SUPERVISION_SHORTFALL =
      RuleDescription.of(
          FindingCodes.SUPERVISION_SHORTFALL,
          BLOCKER,
          "Fewer counted adults (adult staff with a check) than the session needs: for an"
              + " interactive group with vulnerable participants, the rulebook's minimum and at"
              + " least the ratio for each age band, adults at risk as a band of their own;"
              + " the rulebook's figure for a broadcast to vulnerable participants, a one-to-one"
              + " session, or a session without vulnerable participants.",
          "Add checked adults, or make the group smaller.",
          Sources.NSPCC_RATIOS,
          Sources.SCOUTS_ONLINE,
          Sources.RISK_ASSESSMENT_GUIDE);

  static final RuleDescription ONE_TO_ONE_UNSAFEGUARDED =
      RuleDescription.of(
              FindingCodes.ONE_TO_ONE_UNSAFEGUARDED,
              BLOCKER,
              "A one-to-one session with a vulnerable participant, no colleague (fewer counted adults,"
                  + " adult staff with a check, than the rulebook's one-to-one adults and colleagues: 2"
                  + " by default), and no responsible adult nearby at the participant's home.",
              "Involve a colleague, or arrange for a responsible adult to be nearby at home.",
              Sources.CONSENT_AND_RECRUITMENT_GUIDE,
              Sources.SESSION_SETTINGS_GUIDE,
              Sources.SCOUTS_ONLINE)
          .holdingOnlyItsParticipant()
          .givenAtTheDoorAs(AdmissionCodes.ADMIT_AWAIT_ADULTS);

  static final RuleDescription ONE_TO_ONE_NO_COLLEAGUE =
      RuleDescription.of(
          FindingCodes.ONE_TO_ONE_NO_COLLEAGUE,
          WARNING,
          "A one-to-one session with a vulnerable participant and no colleague (as for"
              + " ONE_TO_ONE_UNSAFEGUARDED), with a responsible adult nearby at home.",
          "Involve a colleague in the session where you can.",
          Sources.CONSENT_AND_RECRUITMENT_GUIDE,
          Sources.SESSION_SETTINGS_GUIDE);

  static final RuleDescription NO_SESSION_ADMINISTRATOR =
      RuleDescription.of(
          FindingCodes.NO_SESSION_ADMINISTRATOR,
          WARNING,
          "An interactive group session with vulnerable participants where no counted adult but the"
              + " lead is a HOST or CO_FACILITATOR to run the waiting room, check identities and"
              + " control microphones and cameras.",
          "Give a second member of staff the HOST or CO_FACILITATOR role.",
          Sources.RUNNING_SESSIONS_GUIDE,
          Sources.RISK_ASSESSMENT_GUIDE);

  static final RuleDescription DISTRESS_COVER_MISSING =
      RuleDescription.of(
          FindingCodes.DISTRESS_COVER_MISSING,
          WARNING,
          "A participant has mental-health needs and there are fewer counted adults other than"
              + " external tutors than the rulebook's distress cover, so nobody can leave the"
              + " session to phone a distressed person.",
          "Have a second member of staff who can step out to support a distressed participant.",
          Sources.RISK_ASSESSMENT_GUIDE);

  static final RuleDescription UNACCOMPANIED_ONLINE =
      RuleDescription.of(
          FindingCodes.UNACCOMPANIED_ONLINE,
          WARNING,
          "A participant who would be supervised or accompanied offline is not accompanied online.",
          "Arrange for the participant to be supervised or accompanied online too.",
          Sources.RUNNING_SESSIONS_GUIDE);

  private static final List<RuleDescription> DESCRIPTIONS =
      List.of(
          SUPERVISION_SHORTFALL,
          ONE_TO_ONE_UNSAFEGUARDED,
          ONE_TO_ONE_NO_COLLEAGUE,
          NO_SESSION_ADMINISTRATOR,
          DISTRESS_COVER_MISSING,
          UNACCOMPANIED_ONLINE);

  /** Creates the rule. */
  public SupervisionRules() {}

  @Override
  public String name() {
    return "supervision";
  }

  @Override
  public List<RuleDescription> descriptions() {
    return DESCRIPTIONS;
  }

  @Override
  public void evaluate(Evaluation evaluation) {
    SessionFacts facts = evaluation.facts();
    evaluation.supervision().ifPresent(supervision -> shortfall(evaluation, supervision));
    if (facts.hasVulnerable() && facts.isOneToOne()) {
      oneToOne(evaluation);
    }
    if (facts.hasVulnerable() && facts.isInteractive() && !facts.isOneToOne()) {
      sessionAdministrator(evaluation);
    }
    distressCover(evaluation);
    for (Participant participant : evaluation.plan().participants()) {
      if (participant.supervisedOffline() && !participant.accompanied()) {
        evaluation
            .report(UNACCOMPANIED_ONLINE)
            .about(participant.id())
            .with("participant", participant.id())
            .worded();
      }
    }
  }

  private static void shortfall(Evaluation evaluation, Supervision supervision) {
    if (supervision.shortfall() > 0) {
      evaluation
          .report(SUPERVISION_SHORTFALL)
          .with("requiredAdults", supervision.requiredAdults())
          .with("countedAdults", supervision.countedAdults())
          .with("shortfall", supervision.shortfall())
          .worded();
    }
  }

  private static void oneToOne(Evaluation evaluation) {
    // A colleague is a counted adult beyond the mentor: someone under 18, or unchecked, is not one.
    if (evaluation.facts().countedAdults() >= withColleague(evaluation.rulebook())) {
      return;
    }
    for (Participant participant : evaluation.plan().participants()) {
      if (!evaluation.facts().isVulnerable(participant)) {
        continue;
      }
      String id = participant.id();
      if (participant.responsibleAdultAtHome()) {
        evaluation.report(ONE_TO_ONE_NO_COLLEAGUE).about(id).with("participant", id).worded();
      } else {
        evaluation.report(ONE_TO_ONE_UNSAFEGUARDED).about(id).with("participant", id).worded();
      }
    }
  }

  /**
   * {@return the counted adults a one-to-one with a vulnerable participant needs to involve a
   * colleague: the mentor and the rulebook's colleagues} The door asks for the same number when no
   * responsible adult is at the participant's home.
   *
   * @param rulebook the rulebook
   */
  public static int withColleague(Rulebook rulebook) {
    return rulebook.oneToOneAdults() + rulebook.oneToOneColleagues();
  }

  private static void sessionAdministrator(Evaluation evaluation) {
    if (evaluation.facts().hasSessionAdministrator()) {
      return;
    }
    evaluation.report(NO_SESSION_ADMINISTRATOR).worded();
  }

  private static void distressCover(Evaluation evaluation) {
    SessionFacts facts = evaluation.facts();
    int needed = evaluation.rulebook().distressCoverStaff();
    if (facts.hasMentalHealthNeeds() && facts.supportStaff() < needed) {
      evaluation
          .report(DISTRESS_COVER_MISSING)
          .with("supportStaff", facts.supportStaff())
          .with("needed", needed)
          .worded();
    }
  }
}
