package org.safeguarding.rules.internal.consent;

import static org.safeguarding.core.assessment.FindingLevel.BLOCKER;
import static org.safeguarding.core.assessment.FindingLevel.WARNING;

import java.util.List;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.rules.AdmissionCodes;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.FindingCodes;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.Sources;
import org.safeguarding.rules.rulebook.Rulebook;

/** The consent rules: each participant's age, consent, capacity and consent to recording. */
public final class ConsentRules implements Rule {

  /** The door's own code for a participant without the consent they need. */
  private static final String ADMIT_CONSENT_MISSING = AdmissionCodes.ADMIT_CONSENT_MISSING;

  static final RuleDescription AGE_UNKNOWN =
      RuleDescription.of(
          FindingCodes.AGE_UNKNOWN,
          WARNING,
          "A participant's age is not given; they are judged as a young child.",
          "Record the participant's age, so that consent and ratios can be judged correctly.",
          Sources.CONSENT_AND_RECRUITMENT_GUIDE,
          Sources.NSPCC_RATIOS);

  static final RuleDescription CONSENT_MISSING =
      RuleDescription.of(
              FindingCodes.CONSENT_MISSING,
              BLOCKER,
              "A participant has no consent to take part from the person who must give it: a parent or"
                  + " carer under the jurisdiction's age of digital consent, the participant from it,"
                  + " or, when they lack capacity, a parent or carer under the capacity age and a"
                  + " best-interests decision (or an attorney, from the attorney age) from it.",
              "Obtain consent from the right person before the participant takes part.",
              Sources.CONSENT_AND_RECRUITMENT_GUIDE,
              Sources.UK_GDPR_ART_8,
              Sources.MCA_2005,
              Sources.GILLICK)
          .holdingOnlyItsParticipant()
          .givenAtTheDoorAs(ADMIT_CONSENT_MISSING);

  static final RuleDescription CONSENT_UNVERIFIED =
      RuleDescription.of(
          FindingCodes.CONSENT_UNVERIFIED,
          WARNING,
          "A participant's required consent is in place but not confirmed: a parent's or carer's"
              + " consent not confirmed by email or in writing, or anyone's consent recorded as"
              + " unverified (nobody knows that the person named gave it).",
          "Confirm the consent with whoever gave it (a parent's or carer's by email or in writing),"
              + " and record how.",
          Sources.CONSENT_AND_RECRUITMENT_GUIDE,
          Sources.UK_GDPR_ART_8);

  static final RuleDescription CONSENT_WITHDRAWN =
      RuleDescription.of(
              FindingCodes.CONSENT_WITHDRAWN,
              BLOCKER,
              "Consent to take part was withdrawn on or before the session date and not given again"
                  + " since by the person who must give it, confirmed (not recorded as unverified; a"
                  + " parent's or carer's by email or in writing).",
              "Do not admit the participant unless consent is given again.",
              Sources.CONSENT_AND_RECRUITMENT_GUIDE,
              Sources.NSPCC_RECORDING)
          .holdingOnlyItsParticipant()
          .givenAtTheDoorAs(ADMIT_CONSENT_MISSING);

  static final RuleDescription CAPACITY_NOT_ASSESSED =
      RuleDescription.of(
          FindingCodes.CAPACITY_NOT_ASSESSED,
          WARNING,
          "A participant from the age of digital consent up to the capacity age has not been"
              + " assessed as competent to consent (Gillick), or one from the capacity age who is"
              + " at risk or has needs has not been assessed for capacity.",
          "Assess and record whether the participant can decide to take part.",
          Sources.CONSENT_AND_RECRUITMENT_GUIDE,
          Sources.MCA_2005,
          Sources.GILLICK);

  static final RuleDescription RECORDING_CONSENT_MISSING =
      RuleDescription.of(
              FindingCodes.RECORDING_CONSENT_MISSING,
              BLOCKER,
              "The session is recorded on audio and video, and no confirmed consent in place from"
                  + " the person who must give it covers recording a participant (none recorded as"
                  + " unverified counts; a parent's or carer's must be confirmed by email or in"
                  + " writing).",
              "Obtain consent to recording, or do not record the session.",
              Sources.NSPCC_RECORDING,
              Sources.CONSENT_AND_RECRUITMENT_GUIDE)
          .holdingOnlyItsParticipant()
          .givenAtTheDoorAs(ADMIT_CONSENT_MISSING);

  private static final List<RuleDescription> DESCRIPTIONS =
      List.of(
          AGE_UNKNOWN,
          CONSENT_MISSING,
          CONSENT_UNVERIFIED,
          CONSENT_WITHDRAWN,
          CAPACITY_NOT_ASSESSED,
          RECORDING_CONSENT_MISSING);

  /** Creates the rule. */
  public ConsentRules() {}

  @Override
  public String name() {
    return "consent";
  }

  @Override
  public List<RuleDescription> descriptions() {
    return DESCRIPTIONS;
  }

  @Override
  public void evaluate(Evaluation evaluation) {
    List<Participant> participants = evaluation.plan().participants();
    List<ConsentRequirement> requirements = evaluation.consents();
    boolean recorded = evaluation.plan().recording() == Recording.AUDIO_VISUAL;
    for (int i = 0; i < participants.size(); i++) {
      Participant participant = participants.get(i);
      ageUnknown(evaluation, participant);
      consent(evaluation, participant, requirements.get(i));
      capacityNotAssessed(evaluation, participant);
      if (recorded) {
        recordingConsentMissing(evaluation, participant, requirements.get(i));
      }
    }
  }

  private static void ageUnknown(Evaluation evaluation, Participant participant) {
    if (participant.age().isEmpty()) {
      evaluation
          .report(AGE_UNKNOWN)
          .about(participant.id())
          .with("participant", participant.id())
          .worded();
    }
  }

  private static void consent(
      Evaluation evaluation, Participant participant, ConsentRequirement requirement) {
    String id = participant.id();
    if (requirement.requiredFrom().isEmpty()) {
      return;
    }
    ConsentGiver required = requirement.requiredFrom().get();
    String giver = giver(required, participant, evaluation.rulebook());
    switch (requirement.status()) {
      case MISSING:
        basis(
                evaluation.report(CONSENT_MISSING).about(id).with("participant", id),
                participant,
                evaluation)
            .with("requiredFrom", required)
            .worded(giver);
        break;
      case UNVERIFIED:
        evaluation
            .report(CONSENT_UNVERIFIED)
            .about(id)
            .with("participant", id)
            .with("requiredFrom", required)
            .worded(giver);
        break;
      case WITHDRAWN:
        evaluation
            .report(CONSENT_WITHDRAWN)
            .about(id)
            .with("participant", id)
            .with("requiredFrom", required)
            .worded(giver);
        break;
      default:
        break;
    }
  }

  private static void capacityNotAssessed(Evaluation evaluation, Participant participant) {
    if (participant.capacity() != Capacity.NOT_ASSESSED || participant.age().isEmpty()) {
      return;
    }
    Rulebook rulebook = evaluation.rulebook();
    int age = participant.age().getAsInt();
    int digitalConsentAge = rulebook.digitalConsentAge(evaluation.plan().service().jurisdiction());
    String id = participant.id();
    if (age >= digitalConsentAge && age < rulebook.capacityAge()) {
      evaluation
          .report(CAPACITY_NOT_ASSESSED)
          .about(id)
          .with("participant", id)
          .with("age", age)
          .worded("competence");
    } else if (age >= rulebook.capacityAge()
        && (participant.atRisk() || !participant.needs().isEmpty())) {
      evaluation
          .report(CAPACITY_NOT_ASSESSED)
          .about(id)
          .with("participant", id)
          .with("age", age)
          .worded(participant.atRisk() ? "atRisk" : "needs");
    }
  }

  private static void recordingConsentMissing(
      Evaluation evaluation, Participant participant, ConsentRequirement requirement) {
    if (!ConsentRequirements.coversRecording(
        participant, requirement, evaluation.facts(), evaluation.rulebook())) {
      ConsentGiver required = ConsentRequirements.recordingConsenter(requirement);
      String id = participant.id();
      boolean unconfirmed =
          ConsentRequirements.coversRecordingUnconfirmed(
              participant, requirement, evaluation.facts(), evaluation.rulebook());
      evaluation
          .report(RECORDING_CONSENT_MISSING)
          .about(id)
          .with("participant", id)
          .with("requiredFrom", required)
          .worded(
              giver(required, participant, evaluation.rulebook())
                  + (unconfirmed ? "Unconfirmed" : ""));
    }
  }

  /**
   * Records what makes a participant's consent requirement, as the catalogue's {@code consentBasis}
   * phrase and the ages it names: "p3 is 11, under the age of digital consent (13)", or "p3's age
   * is not given".
   */
  private static Evaluation.Report basis(
      Evaluation.Report report, Participant participant, Evaluation evaluation) {
    if (participant.age().isEmpty()) {
      return report.with("basis", "AGE_UNKNOWN");
    }
    int age = participant.age().getAsInt();
    int digitalConsentAge =
        evaluation.rulebook().digitalConsentAge(evaluation.plan().service().jurisdiction());
    report.with("age", age);
    if (age < digitalConsentAge) {
      return report
          .with("digitalConsentAge", digitalConsentAge)
          .with("basis", "UNDER_DIGITAL_CONSENT_AGE");
    }
    if (participant.capacity() == Capacity.LACKS_CAPACITY) {
      return report.with("basis", "LACKS_CAPACITY");
    }
    return report.with("basis", "AGED");
  }

  /**
   * The variant of a consent finding's words for whoever must consent: {@code parentOrCarer},
   * {@code bestInterests}, {@code bestInterestsOrAttorney} (when an attorney's consent can stand
   * for the decision), {@code attorney} or {@code self}.
   */
  private static String giver(ConsentGiver required, Participant participant, Rulebook rulebook) {
    switch (required) {
      case PARENT_OR_CARER:
        return "parentOrCarer";
      case BEST_INTERESTS_DECISION:
        return attorneyMayConsent(participant, rulebook)
            ? "bestInterestsOrAttorney"
            : "bestInterests";
      case ATTORNEY:
        return "attorney";
      default:
        return "self";
    }
  }

  /**
   * Whether an attorney's consent can stand for a best-interests decision: only from the attorney
   * age, as nobody younger can have one; naming an attorney earlier would send a family looking for
   * a consent that cannot count.
   */
  private static boolean attorneyMayConsent(Participant participant, Rulebook rulebook) {
    return participant.age().isPresent() && participant.age().getAsInt() >= rulebook.attorneyAge();
  }
}
