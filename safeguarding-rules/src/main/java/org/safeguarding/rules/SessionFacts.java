package org.safeguarding.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Need;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.rules.internal.consent.ConsentRequirements;
import org.safeguarding.rules.internal.supervision.RequiredAdults;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * What every rule needs to know about who is in a session, worked out once per assessment in one
 * pass over its people, so that rules agree on it: who counts as a child, who is vulnerable, which
 * staff count as checked adults.
 *
 * <p>Unknowns are read the protective way: a participant of unknown age is a child; a member of
 * staff counts as an adult unless an age under the adult age is given, and as checked only with a
 * check issued on or before the session date.
 *
 * <p>Facts count over labels: an adult who lacks capacity is an adult at risk whether or not the
 * plan ticks {@code atRisk}, and a broadcast in which participants can post (a chat, or comments
 * not turned off) is interactive whatever the plan calls it.
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
  private final boolean interactive;
  private final int countedAdults;
  private final int supportStaff;
  private final boolean sessionAdministrator;

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
      anyAdultAtRisk |= isAdultAtRisk(participant);
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
    boolean broadcast = plan.interaction() == Interaction.BROADCAST;
    this.interactive =
        !broadcast
            || plan.chat() != ChatMode.NONE
            || !plan.platform().controls().contains(PlatformControl.COMMENTS_DISABLED);
    int counted = 0;
    int support = 0;
    boolean administrator = false;
    for (StaffMember member : plan.staff()) {
      counted += isCountedAdult(member) ? 1 : 0;
      support += isSupportStaff(member) ? 1 : 0;
      administrator |= administers(member);
    }
    this.countedAdults = counted;
    this.supportStaff = support;
    this.sessionAdministrator = administrator;
  }

  /**
   * {@return whose consent each participant needs and whether it is in place, in the plan's order
   * of participants (one entry each), judged by this plan's rulebook: the same answer as {@code
   * assessment.consents()}}
   */
  public List<ConsentRequirement> consents() {
    return ConsentRequirements.of(this, rulebook);
  }

  /**
   * {@return the checked adults the session needs and those it has, judged by this plan's rulebook:
   * the same answer as {@code assessment.supervision()}}
   */
  public Supervision supervision() {
    return Supervision.of(RequiredAdults.of(this, rulebook), countedAdults());
  }

  /** {@return the rulebook the facts were worked out by} */
  public Rulebook rulebook() {
    return rulebook;
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
   * {@return whether a participant is an adult at risk: an adult the plan marks at risk, or one who
   * lacks capacity to decide to take part (whether or not the plan marks them)}
   *
   * @param participant a participant on the plan
   */
  public boolean isAdultAtRisk(Participant participant) {
    return !isChild(participant)
        && (participant.atRisk() || participant.capacity() == Capacity.LACKS_CAPACITY);
  }

  /**
   * {@return whether a participant is vulnerable: a child, or an adult at risk}
   *
   * @param participant a participant on the plan
   */
  public boolean isVulnerable(Participant participant) {
    return isChild(participant) || isAdultAtRisk(participant);
  }

  /**
   * {@return whether a member of staff counts towards supervision: not under the adult age, with a
   * check in place (every level is at least BASIC)}
   *
   * @param member a member of staff on the plan
   */
  public boolean isCountedAdult(StaffMember member) {
    boolean adult = member.age().isEmpty() || member.age().getAsInt() >= rulebook.adultAge();
    return adult && hasCheckInPlace(member);
  }

  /**
   * {@return whether a member of staff has a check in place: issued on or before the session date,
   * from a scheme the rulebook accepts in the service's jurisdiction} A check from another nation's
   * scheme (a PVG membership for a session run from England) is not in place here: it is read as no
   * check, so its holder counts towards no ratio and is let in by no door.
   *
   * @param member a member of staff on the plan
   */
  public boolean hasCheckInPlace(StaffMember member) {
    return member.check().isPresent()
        && !member.check().get().issued().isAfter(asOf)
        && rulebook
            .acceptedSchemes(plan.service().jurisdiction())
            .contains(member.check().get().scheme());
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

  /**
   * {@return whether a member of staff administers the session for the lead: a counted adult who
   * holds the HOST or CO_FACILITATOR role and not the LEAD role, free to run the waiting room,
   * check that webcams match accounts and control microphones and cameras}
   *
   * @param member a member of staff on the plan
   */
  public boolean administers(StaffMember member) {
    Set<StaffRole> roles = member.roles();
    return (roles.contains(StaffRole.HOST) || roles.contains(StaffRole.CO_FACILITATOR))
        && !roles.contains(StaffRole.LEAD)
        && isCountedAdult(member);
  }

  /** {@return whether a member of staff other than the lead administers the session} */
  public boolean hasSessionAdministrator() {
    return sessionAdministrator;
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

  /**
   * {@return whether participants can be seen, heard or post: an interactive session, or a
   * broadcast in which they can post}
   */
  public boolean isInteractive() {
    return interactive;
  }

  /**
   * {@return whether participants can be seen, so that a second person can check at the start that
   * webcams match accounts: a session planned as interactive} A broadcast in which participants can
   * only post does not count. (Cameras turned off for the rest of an interactive session do not
   * stop that first check, and turning a control on must never make a risk likelier.)
   */
  public boolean participantsCanBeSeen() {
    return plan.interaction() == Interaction.INTERACTIVE;
  }

  /**
   * {@return what lets participants post in a session planned as a broadcast: a chat that is not
   * NONE, and comments not turned off (COMMENTS_DISABLED not set); empty for a broadcast in which
   * nobody can post, and for an interactive session} Cameras and microphones left on do not count
   * here: on a platform such as YouTube viewers can never be seen or heard, and PARTICIPANT_AV_OFF
   * stays a required broadcast control of its own.
   */
  public List<String> broadcastPostings() {
    if (plan.interaction() != Interaction.BROADCAST) {
      return List.of();
    }
    List<String> postings = new ArrayList<>(2);
    if (plan.chat() != ChatMode.NONE) {
      postings.add("the chat is " + plan.chat());
    }
    if (!plan.platform().controls().contains(PlatformControl.COMMENTS_DISABLED)) {
      postings.add(PlatformControl.COMMENTS_DISABLED + " is not set");
    }
    return postings;
  }

  /** {@return whether it is a one-to-one session} */
  public boolean isOneToOne() {
    return plan.format() == SessionFormat.ONE_TO_ONE;
  }
}
