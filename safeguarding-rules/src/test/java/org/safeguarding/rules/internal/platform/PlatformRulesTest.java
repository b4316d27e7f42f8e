package org.safeguarding.rules.internal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.rules.testing.Findings.codes;
import static org.safeguarding.rules.testing.Findings.findingsOf;
import static org.safeguarding.rules.testing.Findings.only;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.internal.words.Catalogue;
import org.safeguarding.rules.testing.SafePlans;

/**
 * The platform rules: controls, registration, identity checks, display names, bedrooms and age
 * mixing. Each test starts from the clean children's group and changes one thing.
 */
class PlatformRulesTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  private static final Set<PlatformControl> BROADCAST_CONTROLS =
      EnumSet.of(
          PlatformControl.PARTICIPANT_AV_OFF,
          PlatformControl.HOST_ONLY_SCREEN_SHARE,
          PlatformControl.COMMENTS_DISABLED);

  // ---------------------------------------------------------------- PLATFORM_CONTROL_MISSING

  @ParameterizedTest
  @EnumSource(
      value = PlatformControl.class,
      names = {"FILE_TRANSFER_DISABLED", "JOIN_BEFORE_HOST_DISABLED", "REMOVED_CANNOT_REJOIN"})
  void assess_interactiveSessionWithoutARequiredControl_warnsOfThatControl(
      PlatformControl control) {
    // given
    SessionPlan plan = SafePlans.childrensGroup().platform(interactiveWithout(control)).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("PLATFORM_CONTROL_MISSING");
    Finding finding = assessment.findings().get(0);
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains(control.name());
    assertThat(finding.parameters()).containsEntry("control", control.name());
    assertThat(finding.message())
        .contains(Catalogue.english().control(control, plan.platform().family()))
        .doesNotContain(control.name());
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @ParameterizedTest
  @EnumSource(
      value = PlatformControl.class,
      names = {"PASSCODE", "WAITING_ROOM", "HOST_ONLY_SCREEN_SHARE"})
  void assess_interactiveSessionWithoutAHijackControl_warnsOfIt_andRaisesTheHijackRisk(
      PlatformControl control) {
    // given the register's hijack r1 at 1 x 4 after mitigation
    SessionPlan plan = SafePlans.childrensGroup().platform(interactiveWithout(control)).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then the facts give 2 x 4 = 8, so r1 counts at that
    assertThat(findingsOf(assessment))
        .containsExactly(
            "PLATFORM_CONTROL_MISSING " + control.name(), "RISK_HIGH r1", "RISK_UNDERRATED r1");
    assertThat(assessment.findings().get(0).level()).isEqualTo(FindingLevel.WARNING);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @ParameterizedTest
  @EnumSource(
      value = PlatformControl.class,
      names = {"PRIVATE_CHAT_DISABLED", "LOCK_AFTER_START", "HOST_CONTROLS_RENAME"})
  void assess_interactiveSessionWithoutAnAdvisedControl_advisesThatControl(
      PlatformControl control) {
    // given
    SessionPlan plan = SafePlans.childrensGroup().platform(interactiveWithout(control)).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("PLATFORM_CONTROL_MISSING");
    Finding finding = assessment.findings().get(0);
    assertThat(finding.level()).isEqualTo(FindingLevel.ADVICE);
    assertThat(finding.subject()).contains(control.name());
    assertThat(finding.parameters()).containsEntry("control", control.name());
    assertThat(finding.message())
        .contains(Catalogue.english().control(control, plan.platform().family()))
        .doesNotContain(control.name());
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
  }

  @Test
  void assess_interactiveSessionWithEveryRequiredAndAdvisedControl_reportsNoControlMissing() {
    // given the fixture's controls, without the broadcast-only ones
    SessionPlan plan = SafePlans.childrensGroup().build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(plan.platform().controls())
        .doesNotContain(PlatformControl.PARTICIPANT_AV_OFF, PlatformControl.COMMENTS_DISABLED);
    assertThat(codes(assessment)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = PlatformControl.class,
      names = {"PARTICIPANT_AV_OFF", "HOST_ONLY_SCREEN_SHARE"})
  void assess_broadcastWithoutARequiredControl_warnsOfThatControl(PlatformControl control) {
    // given
    Set<PlatformControl> controls = EnumSet.copyOf(BROADCAST_CONTROLS);
    controls.remove(control);
    SessionPlan plan = broadcast(controls).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("PLATFORM_CONTROL_MISSING");
    Finding finding = assessment.findings().get(0);
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains(control.name());
    assertThat(finding.parameters()).containsEntry("control", control.name());
    assertThat(finding.message())
        .contains(Catalogue.english().control(control, plan.platform().family()))
        .doesNotContain(control.name());
  }

  @Test
  void assess_broadcastWithCommentsOn_isJudgedInteractive_andNeedsTheControlsOfBoth() {
    // given a broadcast with no chat, cameras off and host-only sharing, but comments on
    SessionPlan plan =
        broadcast(
                EnumSet.of(
                    PlatformControl.PARTICIPANT_AV_OFF, PlatformControl.HOST_ONLY_SCREEN_SHARE))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    Finding interactive = only(assessment, "BROADCAST_IS_INTERACTIVE");
    assertThat(interactive.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(interactive.subject()).isEmpty();
    assertThat(interactive.message()).contains("comments are not turned off");
    assertThat(interactive.message()).doesNotContain("chat");
    assertThat(findingsOf(assessment))
        .contains(
            "PLATFORM_CONTROL_MISSING COMMENTS_DISABLED",
            "PLATFORM_CONTROL_MISSING PASSCODE",
            "PLATFORM_CONTROL_MISSING WAITING_ROOM",
            "PLATFORM_CONTROL_MISSING FILE_TRANSFER_DISABLED",
            "PLATFORM_CONTROL_MISSING JOIN_BEFORE_HOST_DISABLED",
            "PLATFORM_CONTROL_MISSING REMOVED_CANNOT_REJOIN",
            "PLATFORM_CONTROL_MISSING PRIVATE_CHAT_DISABLED",
            "RISK_UNDERRATED r1")
        .doesNotContain("PLATFORM_CONTROL_MISSING HOST_ONLY_SCREEN_SHARE");
    assertThat(
            assessment.findings().stream()
                .filter(finding -> finding.subject().orElse("").equals("PRIVATE_CHAT_DISABLED")))
        .extracting(Finding::level)
        .containsExactly(FindingLevel.ADVICE);
  }

  @Test
  void assess_broadcastWithAChat_isJudgedInteractiveAndSaysSo() {
    // given a broadcast with every broadcast control and a chat that is kept, p2 unregistered and
    // no holding screen (neither of which a broadcast nobody can post in needs)
    SessionPlan plan =
        broadcast(BROADCAST_CONTROLS)
            .chat(ChatMode.RETAINED)
            .holdingScreen(false)
            .participants(
                List.of(
                    SafePlans.child("p1", 10).build(),
                    SafePlans.child("p2", 11).registered(false).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    Finding interactive = only(assessment, "BROADCAST_IS_INTERACTIVE");
    assertThat(interactive.message()).contains("the chat is on");
    assertThat(interactive.message()).doesNotContain("comments");
    assertThat(codes(assessment)).contains("REGISTRATION_MISSING", "HOLDING_SCREEN_MISSING");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_broadcastWithCamerasOnButNoWayToPost_staysABroadcast() {
    // given a broadcast with no chat and comments off, but participants' cameras not turned off
    SessionPlan plan =
        broadcast(
                EnumSet.of(
                    PlatformControl.HOST_ONLY_SCREEN_SHARE, PlatformControl.COMMENTS_DISABLED))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then only the broadcast's own control is missing
    assertThat(findingsOf(assessment))
        .containsExactly("PLATFORM_CONTROL_MISSING PARTICIPANT_AV_OFF");
  }

  @Test
  void assess_broadcastWithItsThreeControlsAndNoInteractiveOnes_reportsNoControlMissing() {
    // given a broadcast with no passcode, waiting room, or any other interactive control
    SessionPlan plan = broadcast(BROADCAST_CONTROLS).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
  }

  // ---------------------------------------------------------------- REGISTRATION_MISSING

  @Test
  void assess_unregisteredParticipantOfInteractiveSession_warnsRegistrationMissing() {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(
                    SafePlans.child("p1", 10).build(),
                    SafePlans.child("p2", 11).registered(false).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then, and the facts raise the register's impersonation r2 to 3 x 4 = 12
    assertThat(findingsOf(assessment))
        .containsExactly("REGISTRATION_MISSING p2", "RISK_HIGH r2", "RISK_UNDERRATED r2");
    Finding finding = assessment.findings().get(0);
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains("p2");
    assertThat(finding.message()).contains("p2");
  }

  @Test
  void assess_unregisteredParticipantOfBroadcast_isNotAskedToRegister() {
    // given
    SessionPlan plan =
        broadcast(BROADCAST_CONTROLS)
            .participants(
                List.of(
                    SafePlans.child("p1", 10).build(),
                    SafePlans.child("p2", 11).registered(false).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // ---------------------------------------------------------------- IDENTITY_UNVERIFIED

  @Test
  void assess_unverifiedParticipantOnPersistentPublicAccounts_warnsIdentityUnverified() {
    // given p2 alone is unverified
    SessionPlan plan =
        SafePlans.childrensGroup()
            .platform(publicAccounts())
            .participants(
                List.of(
                    SafePlans.child("p1", 10).identityVerified(true).build(),
                    SafePlans.child("p2", 11).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then, and on public accounts the facts raise the register's impersonation r2 to HIGH
    assertThat(findingsOf(assessment))
        .containsExactly("IDENTITY_UNVERIFIED p2", "RISK_HIGH r2", "RISK_UNDERRATED r2");
    Finding finding = assessment.findings().get(0);
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains("p2");
    assertThat(finding.message()).contains("p2");
  }

  @Test
  void assess_verifiedParticipantsOnPersistentPublicAccounts_reportNoIdentityFinding() {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .platform(publicAccounts())
            .participants(
                List.of(
                    SafePlans.child("p1", 10).identityVerified(true).build(),
                    SafePlans.child("p2", 11).identityVerified(true).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then no identity finding; impersonation on public accounts stays HIGH (3 - 1 = 2 x 4)
    assertThat(findingsOf(assessment)).containsExactly("RISK_HIGH r2", "RISK_UNDERRATED r2");
  }

  @Test
  void assess_unverifiedParticipantsOnShortLivedAccounts_reportNoIdentityFinding() {
    // given the fixture's participants, whose identity is not verified, on short-lived accounts
    SessionPlan plan = SafePlans.childrensGroup().build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(plan.participants()).noneMatch(Participant::identityVerified);
    assertThat(plan.platform().accounts()).isEqualTo(AccountType.SHORT_LIVED);
    assertThat(codes(assessment)).isEmpty();
  }

  // ---------------------------------------------------------------- SURNAME_VISIBLE

  @Test
  void assess_participantShowingSurname_isAdvisedToHideIt() {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(
                    SafePlans.child("p1", 10).surnameVisible(true).build(),
                    SafePlans.child("p2", 11).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("SURNAME_VISIBLE");
    Finding finding = assessment.findings().get(0);
    assertThat(finding.level()).isEqualTo(FindingLevel.ADVICE);
    assertThat(finding.subject()).contains("p1");
    assertThat(finding.message()).contains("p1");
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
  }

  @Test
  void assess_participantsWithSurnamesHidden_reportNoSurnameFinding() {
    // given
    SessionPlan plan = SafePlans.childrensGroup().build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(plan.participants()).noneMatch(Participant::surnameVisible);
    assertThat(codes(assessment)).isEmpty();
  }

  // ---------------------------------------------------------------- PARTICIPANT_IN_BEDROOM

  @Test
  void assess_participantJoiningFromBedroom_warnsInBedroom() {
    // given
    SessionPlan plan = withP2At(Location.BEDROOM);

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("PARTICIPANT_IN_BEDROOM");
    Finding finding = assessment.findings().get(0);
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).contains("p2");
    assertThat(finding.message()).contains("p2");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_participantJoiningFromPrivateRoom_isNotInBedroom() {
    // given
    SessionPlan plan = withP2At(Location.PRIVATE_ROOM);

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // ---------------------------------------------------------------- AGE_MIXING

  @Test
  void assess_seventeenYearOldWithEighteenYearOld_warnsAgeMixing() {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(SafePlans.youngPerson("p1", 17).build(), SafePlans.adult("p2", 18).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("AGE_MIXING");
    Finding finding = assessment.findings().get(0);
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).isEmpty();
    assertThat(finding.message()).contains("children").contains("adults");
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_twoSeventeenYearOlds_doNotMixAges() {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(
                    SafePlans.youngPerson("p1", 17).build(),
                    SafePlans.youngPerson("p2", 17).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_twoEighteenYearOlds_doNotMixAges() {
    // given
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(SafePlans.adult("p1", 18).build(), SafePlans.adult("p2", 18).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_participantOfUnknownAgeWithAnAdult_countsAsAChildAndMixesAges() {
    // given p1, of unknown age, with a parent's consent, alongside an adult
    Participant unknownAge =
        Participant.builder()
            .id("p1")
            .registered(true)
            .location(Location.SHARED_SPACE)
            .addConsent(
                SafePlans.consent(ConsentGiver.PARENT_OR_CARER, ConsentScope.PARTICIPATION).build())
            .build();
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(List.of(unknownAge, SafePlans.adult("p2", 30).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactlyInAnyOrder("AGE_MIXING", "AGE_UNKNOWN");
    Finding finding =
        assessment.findings().stream()
            .filter(f -> f.rule().equals("AGE_MIXING"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
    assertThat(finding.subject()).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  /** The fixture's interactive platform, every control on but one. */
  private static Platform interactiveWithout(PlatformControl control) {
    Platform all = SafePlans.interactivePlatform().build();
    Set<PlatformControl> controls = EnumSet.copyOf(all.controls());
    controls.remove(control);
    return SafePlans.interactivePlatform().controls(controls).build();
  }

  /** The fixture's interactive platform, on persistent public accounts. */
  private static Platform publicAccounts() {
    return SafePlans.interactivePlatform().accounts(AccountType.PERSISTENT_PUBLIC).build();
  }

  /** The children's group as a broadcast with no sign-in, no chat and the given controls. */
  private static SessionPlan.Builder broadcast(Set<PlatformControl> controls) {
    return SafePlans.childrensGroup()
        .interaction(Interaction.BROADCAST)
        .chat(ChatMode.NONE)
        .platform(
            SafePlans.interactivePlatform().accounts(AccountType.NONE).controls(controls).build());
  }

  private static SessionPlan withP2At(Location location) {
    return SafePlans.childrensGroup()
        .participants(
            List.of(
                SafePlans.child("p1", 10).build(),
                SafePlans.child("p2", 11).location(location).build()))
        .build();
  }
}
