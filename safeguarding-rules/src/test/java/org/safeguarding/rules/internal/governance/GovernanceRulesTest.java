package org.safeguarding.rules.internal.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.safeguarding.rules.testing.Findings.assertFinding;
import static org.safeguarding.rules.testing.Findings.assertSessionFinding;
import static org.safeguarding.rules.testing.Findings.codes;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.testing.SafePlans;

/**
 * The governance rules: policies, remit, local authority contact, the lead and a holding screen.
 */
class GovernanceRulesTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  // --- POLICY_MISSING
  // -----------------------------------------------------------------------------

  @ParameterizedTest(name = "without {0}: {1}, {2}")
  @CsvSource({
    "SAFEGUARDING_POLICY, BLOCKER, DO_NOT_RUN",
    "INCIDENT_RECORDING, BLOCKER, DO_NOT_RUN",
    "CODE_OF_CONDUCT, WARNING, GO_WITH_CONDITIONS",
    "DATA_PROTECTION, WARNING, GO_WITH_CONDITIONS",
    "RECORDS_RETENTION, WARNING, GO_WITH_CONDITIONS",
    "ONLINE_SAFETY, WARNING, GO_WITH_CONDITIONS",
  })
  void assess_serviceWithoutAPolicy_reportsPolicyMissingAtItsLevel(
      Policy missing, FindingLevel level, Decision decision) {
    // given the safe group's service lacks one policy
    SessionPlan plan = withService(serviceWith(EnumSet.complementOf(EnumSet.of(missing))));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("POLICY_MISSING");
    assertFinding(assessment, "POLICY_MISSING", level, missing.name());
    assertThat(assessment.decision()).isEqualTo(decision);
  }

  @Test
  void assess_serviceWithEveryPolicy_reportsNoPolicyMissing() {
    // given the safe group's service with every policy
    SessionPlan plan = withService(serviceWith(EnumSet.allOf(Policy.class)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
  }

  @Test
  void assess_serviceWithoutAnyPolicy_reportsEachMissingPolicyInOrder() {
    // given the service has no policies at all
    SessionPlan plan = withService(serviceWith(EnumSet.noneOf(Policy.class)));

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then: blockers first, then warnings, each by policy name
    assertThat(assessment.findings())
        .extracting(Finding::rule, Finding::level, finding -> finding.subject().orElse(null))
        .containsExactly(
            tuple("POLICY_MISSING", FindingLevel.BLOCKER, "INCIDENT_RECORDING"),
            tuple("POLICY_MISSING", FindingLevel.BLOCKER, "SAFEGUARDING_POLICY"),
            tuple("POLICY_MISSING", FindingLevel.WARNING, "CODE_OF_CONDUCT"),
            tuple("POLICY_MISSING", FindingLevel.WARNING, "DATA_PROTECTION"),
            tuple("POLICY_MISSING", FindingLevel.WARNING, "ONLINE_SAFETY"),
            tuple("POLICY_MISSING", FindingLevel.WARNING, "RECORDS_RETENTION"));
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  // --- REMIT_NOT_APPROVED
  // -------------------------------------------------------------------------

  @Test
  void assess_remitNotApproved_warns() {
    // given the service's online remit is not approved
    SessionPlan plan =
        withService(SafePlans.service(Jurisdiction.ENGLAND).remitApproved(false).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("REMIT_NOT_APPROVED");
    assertSessionFinding(assessment, "REMIT_NOT_APPROVED", FindingLevel.WARNING);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_remitApproved_doesNotWarn() {
    // given the service's online remit is approved
    SessionPlan plan =
        withService(SafePlans.service(Jurisdiction.ENGLAND).remitApproved(true).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // --- LOCAL_AUTHORITY_CONTACT_UNKNOWN
  // ------------------------------------------------------------

  @Test
  void assess_localAuthorityContactUnknown_warns() {
    // given the service does not know its local authority safeguarding contact
    SessionPlan plan =
        withService(
            SafePlans.service(Jurisdiction.ENGLAND).localAuthorityContactKnown(false).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("LOCAL_AUTHORITY_CONTACT_UNKNOWN");
    assertSessionFinding(assessment, "LOCAL_AUTHORITY_CONTACT_UNKNOWN", FindingLevel.WARNING);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_localAuthorityContactKnown_doesNotWarn() {
    // given the service knows its local authority safeguarding contact
    SessionPlan plan =
        withService(
            SafePlans.service(Jurisdiction.ENGLAND).localAuthorityContactKnown(true).build());

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // --- SAFEGUARDING_LEAD_UNAVAILABLE
  // --------------------------------------------------------------

  @Test
  void assess_youthClubWithSafeguardingLeadUnavailable_postpones() {
    // given the safe children's group, with the safeguarding lead unavailable
    SessionPlan plan = SafePlans.childrensGroup().safeguardingLeadAvailable(false).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("SAFEGUARDING_LEAD_UNAVAILABLE");
    assertSessionFinding(assessment, "SAFEGUARDING_LEAD_UNAVAILABLE", FindingLevel.BLOCKER);
    assertThat(assessment.decision()).isEqualTo(Decision.POSTPONE);
  }

  @Test
  void assess_safeguardingLeadUnavailableWithAWarning_stillPostpones() {
    // given the lead is unavailable and the remit is not approved
    SessionPlan plan =
        SafePlans.childrensGroup()
            .safeguardingLeadAvailable(false)
            .service(SafePlans.service(Jurisdiction.ENGLAND).remitApproved(false).build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment))
        .containsExactly("SAFEGUARDING_LEAD_UNAVAILABLE", "REMIT_NOT_APPROVED");
    assertThat(assessment.decision()).isEqualTo(Decision.POSTPONE);
  }

  @Test
  void assess_safeguardingLeadUnavailableWithAnotherBlocker_doesNotRun() {
    // given the lead is unavailable and the service has no safeguarding policy
    SessionPlan plan =
        SafePlans.childrensGroup()
            .safeguardingLeadAvailable(false)
            .service(serviceWith(EnumSet.complementOf(EnumSet.of(Policy.SAFEGUARDING_POLICY))))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment))
        .containsExactly("POLICY_MISSING", "SAFEGUARDING_LEAD_UNAVAILABLE");
    assertSessionFinding(assessment, "SAFEGUARDING_LEAD_UNAVAILABLE", FindingLevel.BLOCKER);
    assertThat(assessment.decision()).isEqualTo(Decision.DO_NOT_RUN);
  }

  @Test
  void assess_safeguardingLeadAvailable_goes() {
    // given the safe children's group, with the safeguarding lead available
    SessionPlan plan = SafePlans.childrensGroup().safeguardingLeadAvailable(true).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
  }

  // --- HOLDING_SCREEN_MISSING
  // ---------------------------------------------------------------------

  @Test
  void assess_interactiveChildrensGroupWithoutHoldingScreen_warns() {
    // given the safe children's group, without a holding screen
    SessionPlan plan = SafePlans.childrensGroup().holdingScreen(false).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("HOLDING_SCREEN_MISSING");
    assertSessionFinding(assessment, "HOLDING_SCREEN_MISSING", FindingLevel.WARNING);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_interactiveGroupOfAdultsAtRiskWithoutHoldingScreen_warns() {
    // given an interactive group of adults at risk, without a holding screen
    SessionPlan plan =
        SafePlans.childrensGroup()
            .holdingScreen(false)
            .participants(
                List.of(
                    SafePlans.adult("p1", 30).atRisk(true).build(),
                    SafePlans.adult("p2", 40).atRisk(true).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("HOLDING_SCREEN_MISSING");
    assertSessionFinding(assessment, "HOLDING_SCREEN_MISSING", FindingLevel.WARNING);
  }

  @Test
  void assess_interactiveGroupOfAdultsNotAtRiskWithoutHoldingScreen_doesNotWarn() {
    // given an interactive group of adults, none at risk, without a holding screen
    SessionPlan plan =
        SafePlans.childrensGroup()
            .holdingScreen(false)
            .participants(
                List.of(SafePlans.adult("p1", 30).build(), SafePlans.adult("p2", 40).build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_broadcastToChildrenWithoutHoldingScreen_doesNotWarn() {
    // given a broadcast to the children nobody can post in, without a holding screen
    SessionPlan plan =
        SafePlans.childrensGroup()
            .holdingScreen(false)
            .interaction(Interaction.BROADCAST)
            .chat(ChatMode.NONE)
            .platform(
                Platform.builder()
                    .name("Stream")
                    .accounts(AccountType.NONE)
                    .addControls(
                        PlatformControl.PARTICIPANT_AV_OFF,
                        PlatformControl.HOST_ONLY_SCREEN_SHARE,
                        PlatformControl.COMMENTS_DISABLED)
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_broadcastToChildrenWithAChatWithoutHoldingScreen_warns() {
    // given the same broadcast, but with a chat children can post in
    SessionPlan plan =
        SafePlans.childrensGroup()
            .holdingScreen(false)
            .interaction(Interaction.BROADCAST)
            .chat(ChatMode.RETAINED)
            .platform(
                Platform.builder()
                    .name("Stream")
                    .accounts(AccountType.NONE)
                    .addControls(
                        PlatformControl.PARTICIPANT_AV_OFF,
                        PlatformControl.HOST_ONLY_SCREEN_SHARE,
                        PlatformControl.COMMENTS_DISABLED)
                    .build())
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).contains("BROADCAST_IS_INTERACTIVE", "HOLDING_SCREEN_MISSING");
  }

  @Test
  void assess_interactiveChildrensGroupWithHoldingScreen_doesNotWarn() {
    // given the safe children's group, with a holding screen
    SessionPlan plan = SafePlans.childrensGroup().holdingScreen(true).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // --- helpers
  // ------------------------------------------------------------------------------------

  private static Service serviceWith(EnumSet<Policy> policies) {
    return SafePlans.service(Jurisdiction.ENGLAND).policies(policies).build();
  }

  private static SessionPlan withService(Service service) {
    return SafePlans.childrensGroup().service(service).build();
  }
}
