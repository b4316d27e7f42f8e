package org.safeguarding.rules.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.Check;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;

/**
 * Plans with every safeguard in place, which the UK default rulebook assesses as GO, so that a
 * focused test changes exactly one thing and sees exactly one rule respond. The session starts on
 * {@link #SESSION_DATE} at 18:00 UTC (18:00 in London, as it is winter).
 */
public final class SafePlans {

  /** The date every fixture session is judged at. */
  public static final LocalDate SESSION_DATE = LocalDate.parse("2026-12-04");

  /** When every fixture check was issued: well inside three years of the session. */
  public static final LocalDate CHECK_ISSUED = LocalDate.parse("2025-02-01");

  /** When every fixture member of staff completed training. */
  public static final LocalDate TRAINING_COMPLETED = LocalDate.parse("2025-09-01");

  /** When every fixture consent was given. */
  public static final LocalDate CONSENT_GIVEN = LocalDate.parse("2026-11-01");

  private SafePlans() {}

  /**
   * An interactive children's group in England, weekly: a lead (s1) and a host (s2) with enhanced
   * DBS checks with barred lists, and two children of 10 and 11 (p1, p2) with confirmed parental
   * consent; every policy, control and record in place; hijack and impersonation in the register.
   */
  public static SessionPlan.Builder childrensGroup() {
    return SessionPlan.builder()
        .id("safe-group")
        .service(service(Jurisdiction.ENGLAND).build())
        .platform(interactivePlatform().build())
        .start(Instant.parse("2026-12-04T18:00:00Z"))
        .durationMinutes(60)
        .format(SessionFormat.GROUP)
        .interaction(Interaction.INTERACTIVE)
        .recording(Recording.NONE)
        .chat(ChatMode.RETAINED)
        .attendanceRecorded(true)
        .holdingScreen(true)
        .safeguardingLeadAvailable(true)
        .addStaff(staff("s1", StaffRole.LEAD).build(), staff("s2", StaffRole.HOST).build())
        .addParticipants(child("p1", 10).build(), child("p2", 11).build())
        .addRisk(risk("r1", Hazard.SESSION_HIJACK).build())
        .addRisk(risk("r2", Hazard.IMPERSONATION).build());
  }

  /** A service with every policy, an approved remit and a known local authority contact. */
  public static Service.Builder service(Jurisdiction jurisdiction) {
    return Service.builder()
        .name("Friday Club")
        .jurisdiction(jurisdiction)
        .frequency(Frequency.REGULAR)
        .addPolicies(Policy.values())
        .remitApproved(true)
        .localAuthorityContactKnown(true);
  }

  /** A short-lived-account platform with every interactive control, required and advised. */
  public static Platform.Builder interactivePlatform() {
    return Platform.builder()
        .name("Zoom")
        .accounts(AccountType.SHORT_LIVED)
        .addControls(
            PlatformControl.PASSCODE,
            PlatformControl.WAITING_ROOM,
            PlatformControl.HOST_ONLY_SCREEN_SHARE,
            PlatformControl.FILE_TRANSFER_DISABLED,
            PlatformControl.JOIN_BEFORE_HOST_DISABLED,
            PlatformControl.REMOVED_CANNOT_REJOIN,
            PlatformControl.PRIVATE_CHAT_DISABLED,
            PlatformControl.LOCK_AFTER_START,
            PlatformControl.HOST_CONTROLS_RENAME);
  }

  /**
   * An adult member of staff with an enhanced DBS check with barred list, trained, on an
   * organisation account.
   */
  public static StaffMember.Builder staff(String id, StaffRole... roles) {
    return StaffMember.builder()
        .id(id)
        .addRoles(roles)
        .organisationAccount(true)
        .check(check(CheckScheme.DBS, CheckLevel.ENHANCED_BARRED, CHECK_ISSUED))
        .trainingCompleted(TRAINING_COMPLETED);
  }

  /** A check. */
  public static Check check(CheckScheme scheme, CheckLevel level, LocalDate issued) {
    return Check.builder().scheme(scheme).level(level).issued(issued).build();
  }

  /**
   * A registered child joining from a shared space, with confirmed parental consent to take part.
   */
  public static Participant.Builder child(String id, int age) {
    return Participant.builder()
        .id(id)
        .age(age)
        .registered(true)
        .location(Location.SHARED_SPACE)
        .addConsent(consent(ConsentGiver.PARENT_OR_CARER, ConsentScope.PARTICIPATION).build());
  }

  /**
   * A registered young person old enough to consent for themself, assessed as able to, with their
   * own written consent to take part.
   */
  public static Participant.Builder youngPerson(String id, int age) {
    return Participant.builder()
        .id(id)
        .age(age)
        .registered(true)
        .capacity(Capacity.HAS_CAPACITY)
        .location(Location.SHARED_SPACE)
        .addConsent(consent(ConsentGiver.SELF, ConsentScope.PARTICIPATION).build());
  }

  /** A registered adult, not at risk, with their own written consent to take part. */
  public static Participant.Builder adult(String id, int age) {
    return youngPerson(id, age);
  }

  /**
   * A registered adult who lacks capacity to decide to take part, not marked at risk, with a
   * best-interests decision to take part recorded in writing.
   */
  public static Participant.Builder adultLackingCapacity(String id, int age) {
    return adult(id, age)
        .capacity(Capacity.LACKS_CAPACITY)
        .consents(
            List.of(
                consent(ConsentGiver.BEST_INTERESTS_DECISION, ConsentScope.PARTICIPATION).build()));
  }

  /** A consent given on {@link #CONSENT_GIVEN}, confirmed in writing. */
  public static Consent.Builder consent(ConsentGiver givenBy, ConsentScope... covers) {
    return Consent.builder()
        .givenBy(givenBy)
        .verification(ConsentVerification.WRITTEN)
        .addCovers(covers)
        .given(CONSENT_GIVEN);
  }

  /**
   * A register entry rated 3 x 4 (HIGH) before and 1 x 4 (MODERATE) after mitigation, reviewed
   * after the session.
   */
  public static RiskEntry.Builder risk(String id, Hazard hazard) {
    return RiskEntry.builder()
        .id(id)
        .hazard(hazard)
        .area(RiskArea.ENVIRONMENT)
        .likelihood(3)
        .severity(4)
        .residualLikelihood(1)
        .residualSeverity(4)
        .addMitigations("a mitigation")
        .reviewBy(LocalDate.parse("2027-01-01"));
  }
}
