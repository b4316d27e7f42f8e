package org.safeguarding.rules.internal.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Works out whose consent each participant needs and whether it is in place at the session date.
 *
 * <p>Who must consent: under the jurisdiction's age of digital consent (or of unknown age), a
 * parent or carer; from it, the person themself, unless they lack capacity: then, under the
 * capacity age, a parent or carer, and from it a best-interests decision, which an attorney's
 * consent also meets from the attorney age. An adult with capacity who is not at risk needs no
 * consent when the rulebook says so.
 *
 * <p>Whether it is in place, judged protectively: a consent counts only once given (on or before
 * the session date), from the right person, and not withdrawn; it is confirmed unless it is
 * recorded as UNVERIFIED, or is a parent's or carer's not confirmed as the rulebook asks. An
 * unconfirmed consent leaves the requirement UNVERIFIED, never MET. A withdrawal by anyone, even
 * someone whose consent was not needed, stands until a consent is given on a later day by the right
 * person and confirmed: an unconfirmed word after a withdrawal does not lift it.
 */
public final class ConsentRequirements {

  private ConsentRequirements() {}

  /**
   * Works out every participant's requirement, in the plan's order.
   *
   * @param facts the facts of the session
   * @param rulebook the rulebook
   * @return one requirement per participant
   */
  public static List<ConsentRequirement> of(SessionFacts facts, Rulebook rulebook) {
    List<Participant> participants = facts.plan().participants();
    List<ConsentRequirement> requirements = new ArrayList<>(participants.size());
    for (Participant participant : participants) {
      requirements.add(of(participant, facts, rulebook));
    }
    return requirements;
  }

  /**
   * Works out one participant's requirement.
   *
   * @param participant a participant of the session
   * @param facts the facts of the session
   * @param rulebook the rulebook
   * @return the requirement
   */
  public static ConsentRequirement of(
      Participant participant, SessionFacts facts, Rulebook rulebook) {
    Optional<ConsentGiver> requiredFrom = requiredFrom(participant, facts, rulebook);
    @Nullable LocalDate withdrawal =
        standingWithdrawal(participant, ConsentScope.PARTICIPATION, facts.asOf());
    ConsentRequirement.Builder requirement =
        ConsentRequirement.builder().participant(participant.id());
    if (requiredFrom.isEmpty() && withdrawal == null) {
      return requirement.status(ConsentStatus.NOT_REQUIRED).build();
    }
    // Someone who needed no consent but withdrew it takes part again only by their own consent.
    ConsentGiver required = requiredFrom.orElse(ConsentGiver.SELF);
    return requirement
        .requiredFrom(required)
        .status(status(participant, required, withdrawal, facts.asOf(), rulebook))
        .build();
  }

  /**
   * Whether a participant's consent covers being recorded: from whoever must consent to their
   * taking part (or, when nobody need, from the participant themself), in place at the session
   * date, and confirmed (not recorded as UNVERIFIED; from a parent or carer, confirmed as the
   * rulebook asks). Someone who needs no consent to take part must still agree to be recorded.
   *
   * @param participant a participant of the session
   * @param requirement their consent requirement
   * @param facts the facts of the session
   * @param rulebook the rulebook
   * @return whether they may be recorded
   */
  public static boolean coversRecording(
      Participant participant,
      ConsentRequirement requirement,
      SessionFacts facts,
      Rulebook rulebook) {
    return hasConsent(
        participant,
        ConsentScope.RECORDING,
        recordingConsenter(requirement),
        facts.asOf(),
        rulebook);
  }

  /**
   * Whether a participant has a consent to recording in place from the right person that lacks only
   * its confirmation: what a finding that recording is not covered says instead of "no consent".
   *
   * @param participant a participant of the session
   * @param requirement their consent requirement
   * @param facts the facts of the session
   * @param rulebook the rulebook
   * @return whether an unconfirmed consent covers recording them
   */
  public static boolean coversRecordingUnconfirmed(
      Participant participant,
      ConsentRequirement requirement,
      SessionFacts facts,
      Rulebook rulebook) {
    ConsentGiver required = recordingConsenter(requirement);
    @Nullable LocalDate withdrawal =
        standingWithdrawal(participant, ConsentScope.RECORDING, facts.asOf());
    for (Consent consent : participant.consents()) {
      if (counts(consent, ConsentScope.RECORDING, withdrawal, facts.asOf())
          && meets(consent.givenBy(), required, participant, rulebook)
          && !isConfirmed(consent, rulebook)) {
        return true;
      }
    }
    return false;
  }

  /** Whose consent to recording is needed: whoever consents to taking part, else the person. */
  static ConsentGiver recordingConsenter(ConsentRequirement requirement) {
    return requirement.requiredFrom().orElse(ConsentGiver.SELF);
  }

  /** Who must consent to a participant taking part; empty when nobody need. */
  static Optional<ConsentGiver> requiredFrom(
      Participant participant, SessionFacts facts, Rulebook rulebook) {
    if (participant.age().isEmpty()) {
      return Optional.of(ConsentGiver.PARENT_OR_CARER);
    }
    int age = participant.age().getAsInt();
    if (age < rulebook.digitalConsentAge(facts.plan().service().jurisdiction())) {
      return Optional.of(ConsentGiver.PARENT_OR_CARER);
    }
    if (participant.capacity() == Capacity.LACKS_CAPACITY) {
      return Optional.of(
          age < rulebook.capacityAge()
              ? ConsentGiver.PARENT_OR_CARER
              : ConsentGiver.BEST_INTERESTS_DECISION);
    }
    if (!rulebook.adultSelfConsentRequired()
        && age >= rulebook.adultAge()
        && !facts.isAdultAtRisk(participant)) {
      return Optional.empty();
    }
    return Optional.of(ConsentGiver.SELF);
  }

  /** Whether a consent from {@code giver} meets a requirement of consent from {@code required}. */
  static boolean meets(
      ConsentGiver giver, ConsentGiver required, Participant participant, Rulebook rulebook) {
    if (giver == required) {
      return true;
    }
    return required == ConsentGiver.BEST_INTERESTS_DECISION
        && giver == ConsentGiver.ATTORNEY
        && participant.age().isPresent()
        && participant.age().getAsInt() >= rulebook.attorneyAge();
  }

  private static ConsentStatus status(
      Participant participant,
      ConsentGiver required,
      @Nullable LocalDate withdrawal,
      LocalDate asOf,
      Rulebook rulebook) {
    boolean active = false;
    for (Consent consent : participant.consents()) {
      if (counts(consent, ConsentScope.PARTICIPATION, withdrawal, asOf)
          && meets(consent.givenBy(), required, participant, rulebook)) {
        if (isConfirmed(consent, rulebook)) {
          return ConsentStatus.MET;
        }
        active = true;
      }
    }
    if (withdrawal != null) {
      return ConsentStatus.WITHDRAWN;
    }
    return active ? ConsentStatus.UNVERIFIED : ConsentStatus.MISSING;
  }

  /**
   * Whether a participant has a consent in place covering {@code scope} from someone whose consent
   * meets {@code required}, and confirmed.
   */
  static boolean hasConsent(
      Participant participant,
      ConsentScope scope,
      ConsentGiver required,
      LocalDate asOf,
      Rulebook rulebook) {
    @Nullable LocalDate withdrawal = standingWithdrawal(participant, scope, asOf);
    for (Consent consent : participant.consents()) {
      if (counts(consent, scope, withdrawal, asOf)
          && meets(consent.givenBy(), required, participant, rulebook)
          && isConfirmed(consent, rulebook)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a consent is confirmed: no consent recorded as UNVERIFIED is, whoever gave it (nobody
   * knows that the person named gave it); a parent's or carer's must also be confirmed in one of
   * the ways the rulebook asks.
   */
  private static boolean isConfirmed(Consent consent, Rulebook rulebook) {
    if (consent.verification() == ConsentVerification.UNVERIFIED) {
      return false;
    }
    return consent.givenBy() != ConsentGiver.PARENT_OR_CARER
        || rulebook.verifiedParentalConsent().contains(consent.verification());
  }

  /**
   * Whether a consent covers a scope and is in place at the session date: given by then, not
   * withdrawn by then, and given after the latest withdrawal of that scope by anyone.
   */
  private static boolean counts(
      Consent consent, ConsentScope scope, @Nullable LocalDate withdrawal, LocalDate asOf) {
    return consent.covers().contains(scope)
        && !consent.given().isAfter(asOf)
        && (consent.withdrawn().isEmpty() || consent.withdrawn().get().isAfter(asOf))
        && (withdrawal == null || consent.given().isAfter(withdrawal));
  }

  /** The latest withdrawal of a scope by anyone on or before the session date, if any. */
  static @Nullable LocalDate standingWithdrawal(
      Participant participant, ConsentScope scope, LocalDate asOf) {
    @Nullable LocalDate latest = null;
    for (Consent consent : participant.consents()) {
      if (consent.covers().contains(scope) && consent.withdrawn().isPresent()) {
        LocalDate withdrawn = consent.withdrawn().get();
        if (!withdrawn.isAfter(asOf) && (latest == null || withdrawn.isAfter(latest))) {
          latest = withdrawn;
        }
      }
    }
    return latest;
  }
}
