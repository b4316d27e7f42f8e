package org.safeguarding.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.Check;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;

/** Small hand-built plans for focused tests: one change away from what a test needs. */
public final class Plans {

  private Plans() {}

  /** A valid plan builder: a children's group on Zoom with a lead, a host and two children. */
  public static SessionPlan.Builder childrensGroup() {
    return SessionPlan.builder()
        .id("group-1")
        .service(Service.builder().name("Friday Club").jurisdiction(Jurisdiction.ENGLAND).build())
        .platform(
            Platform.builder()
                .name("Zoom")
                .accounts(AccountType.SHORT_LIVED)
                .addControls(PlatformControl.PASSCODE, PlatformControl.WAITING_ROOM)
                .build())
        .start(Instant.parse("2026-12-04T18:00:00Z"))
        .durationMinutes(60)
        .format(SessionFormat.GROUP)
        .interaction(Interaction.INTERACTIVE)
        .recording(Recording.NONE)
        .chat(ChatMode.RETAINED)
        .addStaff(staff("s1", StaffRole.LEAD), staff("s2", StaffRole.HOST))
        .addParticipants(child("p1", 10), child("p2", 11));
  }

  /** A checked adult member of staff. */
  public static StaffMember staff(String id, StaffRole role) {
    return StaffMember.builder()
        .id(id)
        .addRoles(role)
        .organisationAccount(true)
        .check(
            Check.builder()
                .scheme(CheckScheme.DBS)
                .level(CheckLevel.ENHANCED_BARRED)
                .issued(LocalDate.parse("2025-02-01"))
                .build())
        .build();
  }

  /** A registered child with confirmed parental consent. */
  public static Participant child(String id, int age) {
    return Participant.builder()
        .id(id)
        .age(age)
        .registered(true)
        .addConsent(
            Consent.builder()
                .givenBy(ConsentGiver.PARENT_OR_CARER)
                .verification(ConsentVerification.CONFIRMED_EMAIL)
                .addCovers(ConsentScope.PARTICIPATION)
                .given(LocalDate.parse("2026-11-01"))
                .build())
        .build();
  }
}
