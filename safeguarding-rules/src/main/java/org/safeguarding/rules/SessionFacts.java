package org.safeguarding.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Need;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * What every rule needs to know about who is in a session, worked out once per assessment in one
 * pass over its people, so that rules agree on it: who counts as a child, who is vulnerable, which
 * staff count as checked adults.
 *
 * <p>Unknowns are read the protective way: a participant of unknown age is a child; a member of
 * staff counts as an adult unless an age under the adult age is given, and as checked only with a
 * check issued on or before the session date.
 */
public final class SessionFacts {

  private final SessionPlan plan;
  private final Rulebook rulebook;
  private final LocalDate asOf;
  private final boolean children;
  private final boolean adultsAtRisk;
  private final boolean adultParticipants;
  private final boolean mentalHealthNeeds;
  private final boolean anyoneUnregistered;
  private final boolean childUnverifiedOnPublicAccounts;
  private final int countedAdults;
  private final int supportStaff;

  /**
   * Works out the facts of a plan as the engine does, judged at the session's start date in the
   * rulebook's time zone. For a custom rule's helpers, or for running pieces of the rules (such as
   * {@code ConsentRequirements} or {@code RequiredAdults}) outside an assessment.
   *
   * @param plan the plan
   * @param rulebook the rulebook whose ages and time zone apply
   * @return the facts
   */
  public static SessionFacts of(SessionPlan plan, Rulebook rulebook) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(rulebook, "rulebook");
    return new SessionFacts(plan, rulebook, judgedAt(plan, rulebook));
  }

  /** The date everything is judged at: the session's start date in the rulebook's time zone. */
  static LocalDate judgedAt(SessionPlan plan, Rulebook rulebook) {
    return plan.start().atZone(rulebook.timeZone()).toLocalDate();
  }

  SessionFacts(SessionPlan plan, Rulebook rulebook, LocalDate asOf) {
    this.plan = plan;
    this.rulebook = rulebook;
    this.asOf = asOf;
    boolean publicAccounts = plan.platform().accounts() == AccountType.PERSISTENT_PUBLIC;
    boolean anyChild = false;
    boolean anyAdultAtRisk = false;
    boolean anyAdult = false;
    boolean anyMentalHealth = false;
    boolean anyUnregistered = false;
    boolean anyUnverifiedChild = false;
    for (Participant participant : plan.participants()) {
      boolean child = isChild(participant);
      anyChild |= child;
      anyAdult |= !child;
      anyAdultAtRisk |= !child && participant.atRisk();
      anyMentalHealth |= participant.needs().contains(Need.MENTAL_HEALTH);
      anyUnregistered |= !participant.registered();
      anyUnverifiedChild |= child && publicAccounts && !participant.identityVerified();
    }
    this.children = anyChild;
    this.adultsAtRisk = anyAdultAtRisk;
    this.adultParticipants = anyAdult;
    this.mentalHealthNeeds = anyMentalHealth;
    this.anyoneUnregistered = anyUnregistered;
    this.childUnverifiedOnPublicAccounts = anyUnverifiedChild;
    int counted = 0;
    int support = 0;
    for (StaffMember member : plan.staff()) {
      counted += isCountedAdult(member) ? 1 : 0;
      support += isSupportStaff(member) ? 1 : 0;
    }
    this.countedAdults = counted;
    this.supportStaff = support;
  }

  /** {@return the plan} */
  public SessionPlan plan() {
    return plan;
  }

  /**
   * {@return the date everything is judged at: the session's start date in the rulebook's time
   * zone}
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * {@return whether a participant counts as a child: under the adult age, or of unknown age}
   *
   * @param participant a participant on the plan
   */
  public boolean isChild(Participant participant) {
    return participant.age().isEmpty() || participant.age().getAsInt() < rulebook.adultAge();
  }

  /**
   * {@return whether a participant is vulnerable: a child, or an adult at risk}
   *
   * @param participant a participant on the plan
   */
  public boolean isVulnerable(Participant participant) {
    return participant.atRisk() || isChild(participant);
  }

  /**
   * {@return whether a member of staff counts towards supervision: not under the adult age, with a
   * check (every level is at least BASIC) issued on or before the session date}
   *
   * @param member a member of staff on the plan
   */
  public boolean isCountedAdult(StaffMember member) {
    boolean adult = member.age().isEmpty() || member.age().getAsInt() >= rulebook.adultAge();
    return adult && hasCheckInPlace(member);
  }

  /**
   * {@return whether a member of staff has a check issued on or before the session date, of any
   * level}
   *
   * @param member a member of staff on the plan
   */
  public boolean hasCheckInPlace(StaffMember member) {
    return member.check().isPresent() && !member.check().get().issued().isAfter(asOf);
  }

  /**
   * {@return whether a member of staff can support participants, for example by stepping out to
   * phone a distressed one: a counted adult with a role other than external tutor (a member of
   * staff with no role given is not counted on)}
   *
   * @param member a member of staff on the plan
   */
  public boolean isSupportStaff(StaffMember member) {
    Set<StaffRole> roles = member.roles();
    return isCountedAdult(member)
        && roles.size() > (roles.contains(StaffRole.EXTERNAL_TUTOR) ? 1 : 0);
  }

  /** {@return whether any participant is a child} */
  public boolean hasChildren() {
    return children;
  }

  /** {@return whether any participant is an adult at risk} */
  public boolean hasAdultsAtRisk() {
    return adultsAtRisk;
  }

  /** {@return whether any participant is vulnerable} */
  public boolean hasVulnerable() {
    return children || adultsAtRisk;
  }

  /** {@return whether any participant is an adult (of known age at or over the adult age)} */
  public boolean hasAdultParticipants() {
    return adultParticipants;
  }

  /** {@return whether any participant has mental-health needs} */
  public boolean hasMentalHealthNeeds() {
    return mentalHealthNeeds;
  }

  /** {@return whether any participant is unregistered} */
  public boolean hasUnregistered() {
    return anyoneUnregistered;
  }

  /**
   * {@return whether a child on a platform of persistent public accounts has not had their identity
   * checked}
   */
  public boolean hasUnverifiedChildOnPublicAccounts() {
    return childUnverifiedOnPublicAccounts;
  }

  /** {@return how many staff count towards supervision} */
  public int countedAdults() {
    return countedAdults;
  }

  /** {@return how many staff can support participants} */
  public int supportStaff() {
    return supportStaff;
  }

  /** {@return whether participants can be seen, heard or post} */
  public boolean isInteractive() {
    return plan.interaction() == Interaction.INTERACTIVE;
  }

  /** {@return whether it is a one-to-one session} */
  public boolean isOneToOne() {
    return plan.format() == SessionFormat.ONE_TO_ONE;
  }
}
