package org.safeguarding.rules.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.testing.Plans;

class PlanSummaryTest {

  /** The number of policies a service may have, as the summary counts them. */
  private static final int POLICIES = Policy.values().length;

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** The core test plan grown into a youth club: more staff, older children, policies, risks. */
  private static SessionPlan.Builder youthClub() {
    StaffMember leadAndHost =
        StaffMember.builder()
            .from(Plans.staff("s1", StaffRole.LEAD))
            .addRoles(StaffRole.HOST)
            .build();
    return Plans.childrensGroup()
        .id("youth-club-2026-12-04")
        .service(
            Service.builder()
                .name("Friday Youth Club")
                .jurisdiction(Jurisdiction.ENGLAND)
                .policies(EnumSet.of(Policy.SAFEGUARDING_POLICY, Policy.CODE_OF_CONDUCT))
                .build())
        .staff(List.of(leadAndHost, Plans.staff("s2", StaffRole.VOLUNTEER)))
        .participants(
            List.of(
                Plans.child("p1", 9),
                Plans.child("p2", 14),
                Participant.builder().id("p3").registered(true).build(),
                Participant.builder().id("p4").age(19).atRisk(true).registered(true).build()))
        .risks(
            List.of(
                RiskEntry.builder()
                    .id("r1")
                    .hazard(Hazard.SESSION_HIJACK)
                    .area(RiskArea.ENVIRONMENT)
                    .likelihood(2)
                    .severity(4)
                    .reviewBy(LocalDate.parse("2027-01-01"))
                    .build()));
  }

  @Test
  void summary_coreTestPlan_givesItsStructureLineByLine() {
    assertThat(Reports.summary(Plans.childrensGroup().build(), LONDON))
        .isEqualTo(
            "group-1: a valid session plan (schemaVersion "
                + SessionPlan.SCHEMA_VERSION
                + ")\n"
                + "  Service:       Friday Club (England). A regular session (weekly, or 4 or more"
                + " days in 30). 0 of "
                + POLICIES
                + " policies\n"
                + "  Platform:      Zoom. Accounts that are easy to create and throw away. 2"
                + " settings on\n"
                + "  When:          18:00 on Friday 4 December 2026 (Europe/London time), for 60"
                + " minutes\n"
                + "  Format:        A group session; Interactive: participants can speak, show"
                + " video or post\n"
                + "  Staff:         2: s1 (Session lead), s2 (Host)\n"
                + "  Participants:  2, aged 10 to 11; 0 of unknown age; 0 adults at risk\n"
                + "  Risks:         0 declared in the register\n"
                + "Structure only: use 'assess' to judge whether the session is safe.\n");
  }

  @Test
  void summary_youthClubLikePlan_countsRolesAgesUnknownAgesAdultsAtRiskAndRisks() {
    SessionPlan plan = youthClub().build();

    assertThat(Reports.summary(plan, LONDON).split("\n", -1))
        .containsExactly(
            "youth-club-2026-12-04: a valid session plan (schemaVersion "
                + SessionPlan.SCHEMA_VERSION
                + ")",
            "  Service:       Friday Youth Club (England). A regular session (weekly, or 4 or"
                + " more days in 30). 2 of "
                + POLICIES
                + " policies",
            "  Platform:      Zoom. Accounts that are easy to create and throw away. 2 settings"
                + " on",
            "  When:          18:00 on Friday 4 December 2026 (Europe/London time), for 60"
                + " minutes",
            "  Format:        A group session; Interactive: participants can speak, show video"
                + " or post",
            "  Staff:         2: s1 (Session lead, Host), s2 (Volunteer)",
            "  Participants:  4, aged 9 to 19; 1 of unknown age; 1 adult at risk",
            "  Risks:         1 declared in the register",
            "Structure only: use 'assess' to judge whether the session is safe.",
            "");
    assertThat(plan.service().frequency()).isEqualTo(Frequency.REGULAR);
  }

  @Test
  void summary_noParticipants_givesNoAges() {
    SessionPlan plan = Plans.childrensGroup().participants(List.of()).build();

    assertThat(Reports.summary(plan, LONDON))
        .contains("\n  Participants:  0; 0 of unknown age; 0 adults at risk\n");
  }

  @Test
  void summary_lineBreaksAndBidiControlsInNames_forgeNoLineAndReachNoTerminal() {
    SessionPlan plan =
        youthClub()
            .service(
                Service.builder()
                    .name("Club\nrisks        0 declared\r\tA\u202Eevil\u2028BC")
                    .jurisdiction(Jurisdiction.ENGLAND)
                    .build())
            .platform(
                Platform.builder()
                    .from(Plans.childrensGroup().build().platform())
                    .name("Zoom\u2066 \\u001b[2J")
                    .build())
            .build();

    String summary = Reports.summary(plan, LONDON);

    assertThat(summary.split("\n", -1))
        .hasSize(10); // the title, seven labelled lines, the last, ""
    assertThat(summary)
        .startsWith("youth-club-2026-12-04: a valid session plan")
        .contains(
            "\n  Service:       Club\\u000arisks        0 declared\\u000d\\u0009A\\u202eevil"
                + "\\u2028BC (England). ")
        .contains("\n  Platform:      Zoom\\u2066 \\\\u001b[2J. Accounts ")
        .contains("\n  Risks:         1 declared in the register\n");
    assertThat(summary.codePoints().filter(c -> c != '\n')).noneMatch(ControlCharacters::isUnsafe);
  }

  @Test
  void summary_bidiControlInTheId_isRefusedByThePlanItself() {
    // An id cannot hold a bidirectional control, so the summary's first line never meets one.
    assertThatThrownBy(() -> youthClub().id("club\u202Eevil").build())
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("$.id: must not contain format characters");
  }

  @Test
  void summary_terminalEscapeInAName_isRefusedByThePlanItself() {
    // A plan cannot hold ESC in a name, so the summary never meets one there; TextEscaper would
    // show it as a visible escape all the same (see ReportEscapersTest).
    assertThatThrownBy(
            () ->
                Plans.childrensGroup()
                    .service(
                        Service.builder()
                            .name("Club\u001b[2J")
                            .jurisdiction(Jurisdiction.ENGLAND)
                            .build())
                    .build())
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("$.service.name");
  }

  @Test
  void summary_null_isRefusedByName() {
    assertThatNullPointerException()
        .isThrownBy(() -> Reports.summary(null, LONDON))
        .withMessage("plan");
  }
}
