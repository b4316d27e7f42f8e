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
          .message(participant.id() + "'s age is not given, so they are judged as a young child")
          .action("Record " + participant.id() + "'s age");
    }
  }

  private static void consent(
      Evaluation evaluation, Participant participant, ConsentRequirement requirement) {
    String id = participant.id();
    if (requirement.requiredFrom().isEmpty()) {
      return;
    }
    ConsentGiver required = requirement.requiredFrom().get();
    switch (requirement.status()) {
      case MISSING:
        evaluation
            .report(CONSENT_MISSING)
            .about(id)
            .message(
                who(participant, evaluation)
                    + ": "
                    + whoMustConsent(required, participant, evaluation.rulebook())
                    + " before they take part")
            .action(
                "Obtain consent from "
                    + consenter(required, participant, evaluation.rulebook())
                    + ", "
                    + howConfirmed(required));
        break;
      case UNVERIFIED:
        if (required == ConsentGiver.PARENT_OR_CARER) {
          evaluation
              .report(CONSENT_UNVERIFIED)
              .about(id)
              .message(
                  id + "'s parent's or carer's consent is not confirmed by email or in writing")
              .action(
                  "Confirm the consent with " + id + "'s parent or carer by email or in writing");
        } else {
          evaluation
              .report(CONSENT_UNVERIFIED)
              .about(id)
              .message(
                  consentOf(required, participant, evaluation.rulebook())
                      + " is recorded as unverified: nobody knows it was given")
              .action(
                  "Confirm the consent with "
                      + consenter(required, participant, evaluation.rulebook())
                      + ", and record how it was given");
        }
        break;
      case WITHDRAWN:
        evaluation
            .report(CONSENT_WITHDRAWN)
            .about(id)
            .message(
                "consent for " + id + " to take part was withdrawn and has not been given again")
            .action(
                "Do not admit "
                    + id
                    + " unless "
                    + consenter(required, participant, evaluation.rulebook())
                    + " consents again");
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
          .message(
              id
                  + " is "
                  + age
                  + " and consents for themself, but their competence to do so has not been assessed")
          .action("Assess and record whether " + id + " is competent to consent (Gillick)");
    } else if (age >= rulebook.capacityAge()
        && (participant.atRisk() || !participant.needs().isEmpty())) {
      evaluation
          .report(CAPACITY_NOT_ASSESSED)
          .about(id)
          .message(
              id
                  + " is "
                  + age
                  + (participant.atRisk() ? " and at risk" : " and has needs")
                  + ", but their capacity to decide to take part has not been assessed")
          .action(
              "Assess and record "
                  + id
                  + "'s capacity to decide, under the Mental Capacity Act 2005");
    }
  }

  private static void recordingConsentMissing(
      Evaluation evaluation, Participant participant, ConsentRequirement requirement) {
    if (!ConsentRequirements.coversRecording(
        participant, requirement, evaluation.facts(), evaluation.rulebook())) {
      ConsentGiver required = ConsentRequirements.recordingConsenter(requirement);
      String id = participant.id();
      String consenter = consenter(required, participant, evaluation.rulebook());
      boolean unconfirmed =
          ConsentRequirements.coversRecordingUnconfirmed(
              participant, requirement, evaluation.facts(), evaluation.rulebook());
      evaluation
          .report(RECORDING_CONSENT_MISSING)
          .about(id)
          .message(
              unconfirmed
                  ? "the session is recorded, and "
                      + consenter
                      + "'s consent to recording "
                      + id
                      + (required == ConsentGiver.PARENT_OR_CARER
                          ? " is not confirmed by email or in writing"
                          : " is recorded as unverified")
                  : "the session is recorded, but no consent from "
                      + consenter
                      + " covers recording "
                      + id)
          .action(
              unconfirmed
                  ? "Confirm the consent to recording with "
                      + consenter
                      + (required == ConsentGiver.PARENT_OR_CARER
                          ? " by email or in writing"
                          : ", and record how it was given")
                      + ", or do not record the session"
                  : "Obtain consent to recording from "
                      + consenter
                      + ", or do not record the session");
    }
  }

  /** "p3 is 11" or "p3's age is unknown", with what makes the requirement. */
  private static String who(Participant participant, Evaluation evaluation) {
    String id = participant.id();
    if (participant.age().isEmpty()) {
      return id + "'s age is not given, so they are judged as a young child";
    }
    int age = participant.age().getAsInt();
    int digitalConsentAge =
        evaluation.rulebook().digitalConsentAge(evaluation.plan().service().jurisdiction());
    if (age < digitalConsentAge) {
      return id + " is " + age + ", under the age of digital consent (" + digitalConsentAge + ")";
    }
    if (participant.capacity() == Capacity.LACKS_CAPACITY) {
      return id + " is " + age + " and lacks capacity to decide";
    }
    return id + " is " + age;
  }

  private static String whoMustConsent(
      ConsentGiver required, Participant participant, Rulebook rulebook) {
    switch (required) {
      case PARENT_OR_CARER:
        return "a parent or carer must consent";
      case BEST_INTERESTS_DECISION:
        return attorneyMayConsent(participant, rulebook)
            ? "a best-interests decision (or an attorney's consent) is needed"
            : "a best-interests decision is needed";
      case ATTORNEY:
        return "their attorney must consent";
      default:
        return participant.id() + " must give their own consent";
    }
  }

  private static String consenter(
      ConsentGiver required, Participant participant, Rulebook rulebook) {
    String id = participant.id();
    switch (required) {
      case PARENT_OR_CARER:
        return id + "'s parent or carer";
      case BEST_INTERESTS_DECISION:
        return "a best-interests decision for "
            + id
            + (attorneyMayConsent(participant, rulebook) ? " (or their attorney)" : "");
      case ATTORNEY:
        return id + "'s attorney";
      default:
        return id;
    }
  }

  /** "p1's own consent", "the best-interests decision for p1": a consent by who gave it. */
  private static String consentOf(
      ConsentGiver required, Participant participant, Rulebook rulebook) {
    String id = participant.id();
    switch (required) {
      case SELF:
        return id + "'s own consent";
      case BEST_INTERESTS_DECISION:
        return "the best-interests decision for "
            + id
            + (attorneyMayConsent(participant, rulebook) ? " (or their attorney's consent)" : "");
      default:
        return consenter(required, participant, rulebook) + "'s consent";
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

  private static String howConfirmed(ConsentGiver required) {
    switch (required) {
      case PARENT_OR_CARER:
        return "confirmed by email or in writing";
      case BEST_INTERESTS_DECISION:
        return "made and recorded under the Mental Capacity Act 2005";
      default:
        return "and record it";
    }
  }
}
