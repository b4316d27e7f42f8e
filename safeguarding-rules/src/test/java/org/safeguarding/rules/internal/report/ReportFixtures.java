package org.safeguarding.rules.internal.report;

import static org.safeguarding.rules.testing.SafePlans.consent;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.assessment.RulebookId;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.risk.BandRange;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskBandTable;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.core.testing.Plans;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;
import org.safeguarding.rules.rulebook.Rulebook;
import org.safeguarding.rules.testing.SafePlans;

/** Plans whose assessments the golden reports show, and assessments built by hand for the rest. */
final class ReportFixtures {

  /**
   * An id that is short enough to appear in full in the heat map, with every HTML metacharacter.
   */
  static final String SHORT_HOSTILE_ID = "<i>\"'&amp;|*`</i>";

  /** A script, which must never reach any report as markup. */
  static final String SCRIPT = "<script>alert(1)</script>";

  /** Markdown link syntax with a script URL. */
  static final String LINK = "](javascript:x)";

  /** Every kind of hostile text an id may hold (no control characters), 68 characters long. */
  static final String HOSTILE_ID = SCRIPT + " \"q\" 'a' &amp; a&b | * `c` " + LINK;

  /** Hostile free text: the id's characters, a terminal escape, a line break, CR and NUL. */
  static final String HOSTILE_TEXT =
      "msg " + HOSTILE_ID + " \u001b[31mred\u001b[0m line one\nline two\r\u0000end";

  /** Bands unlike NPSA's: 1–2 LOW, 3–4 MODERATE, 5–9 HIGH, 10–25 EXTREME. */
  static final RiskMatrix STRICT =
      RiskMatrix.withBands(
          RiskBandTable.of(
              List.of(
                  BandRange.of(1, 2, RiskBand.LOW),
                  BandRange.of(3, 4, RiskBand.MODERATE),
                  BandRange.of(5, 9, RiskBand.HIGH),
                  BandRange.of(10, 25, RiskBand.EXTREME))));

  private ReportFixtures() {}

  /** The plans of the golden reports, by the name of their files. */
  static Map<String, SessionPlan> goldenPlans() {
    Map<String, SessionPlan> plans = new LinkedHashMap<>();
    plans.put("youth-club", youthClub());
    plans.put("friday-club", fridayClub());
    plans.put("safe-group", SafePlans.childrensGroup().build());
    return plans;
  }

  /**
   * Like the bundled youth-club example: six children of 9 to 14 with two checked staff, every
   * policy, and a register of three risks, one without a residual rating. One parent's consent is
   * unconfirmed, one child joins from a bedroom, one shows a surname, and one advised control is
   * off: GO_WITH_CONDITIONS, with warnings and advice.
   */
  static SessionPlan youthClub() {
    return SafePlans.childrensGroup()
        .id("youth-club-2026-12-04")
        .service(SafePlans.service(Jurisdiction.ENGLAND).name("Friday Youth Club").build())
        .platform(
            SafePlans.interactivePlatform()
                .controls(
                    EnumSet.complementOf(
                        EnumSet.of(
                            PlatformControl.LOCK_AFTER_START,
                            PlatformControl.PARTICIPANT_AV_OFF,
                            PlatformControl.COMMENTS_DISABLED)))
                .build())
        .participants(
            List.of(
                SafePlans.child("p1", 9).build(),
                SafePlans.child("p2", 10)
                    .consents(
                        List.of(
                            consent(ConsentGiver.PARENT_OR_CARER, ConsentScope.PARTICIPATION)
                                .verification(ConsentVerification.UNVERIFIED)
                                .build()))
                    .build(),
                SafePlans.child("p3", 11).location(Location.PRIVATE_ROOM).build(),
                SafePlans.child("p4", 12).surnameVisible(true).build(),
                SafePlans.youngPerson("p5", 13).build(),
                SafePlans.youngPerson("p6", 14).location(Location.BEDROOM).build()))
        .risks(
            List.of(
                SafePlans.risk("r1", Hazard.SESSION_HIJACK).build(),
                SafePlans.risk("r2", Hazard.IMPERSONATION)
                    .likelihood(2)
                    .area(RiskArea.INDIVIDUAL)
                    .build(),
                RiskEntry.builder()
                    .id("r3")
                    .hazard(Hazard.PEER_ABUSE)
                    .area(RiskArea.INDIVIDUAL)
                    .likelihood(2)
                    .severity(3)
                    .addMitigations("private chat disabled")
                    .reviewBy(LocalDate.parse("2027-01-01"))
                    .build()))
        .build();
  }

  /**
   * The core test plan with a little more in place (training, records, a holding screen, most
   * policies and controls) but no safeguarding policy and no safeguarding lead available, and a
   * register of a risk that stays extreme after mitigation, a hijack rated below what the plan's
   * facts give (so the engine's floor counts), and a data breach whose residual rating lists no
   * mitigation (so it does not count); a child with no consent, one whose parent withdrew it, and
   * an unregistered young adult: DO_NOT_RUN, with findings of every level and inferred risks.
   */
  static SessionPlan fridayClub() {
    return Plans.childrensGroup()
        .id("friday-club-2026-12-04")
        .service(
            SafePlans.service(Jurisdiction.ENGLAND)
                .policies(EnumSet.complementOf(EnumSet.of(Policy.SAFEGUARDING_POLICY)))
                .build())
        .platform(
            SafePlans.interactivePlatform()
                .controls(
                    EnumSet.of(
                        PlatformControl.PASSCODE,
                        PlatformControl.WAITING_ROOM,
                        PlatformControl.FILE_TRANSFER_DISABLED,
                        PlatformControl.JOIN_BEFORE_HOST_DISABLED,
                        PlatformControl.REMOVED_CANNOT_REJOIN,
                        PlatformControl.LOCK_AFTER_START,
                        PlatformControl.HOST_CONTROLS_RENAME))
                .build())
        .attendanceRecorded(true)
        .holdingScreen(true)
        .staff(
            List.of(
                SafePlans.staff("s1", StaffRole.LEAD).build(),
                SafePlans.staff("s2", StaffRole.HOST).build(),
                SafePlans.staff("s3", StaffRole.VOLUNTEER).organisationAccount(false).build()))
        .addParticipants(
            Participant.builder().id("p3").age(12).registered(true).build(),
            Participant.builder()
                .id("p4")
                .age(8)
                .registered(true)
                .addConsent(
                    consent(ConsentGiver.PARENT_OR_CARER, ConsentScope.PARTICIPATION)
                        .withdrawn(LocalDate.parse("2026-11-20"))
                        .build())
                .build(),
            SafePlans.adult("p5", 19).registered(false).build())
        .addRisk(
            RiskEntry.builder()
                .id("grooming")
                .hazard(Hazard.GROOMING)
                .area(RiskArea.INDIVIDUAL)
                .likelihood(4)
                .severity(5)
                .residualLikelihood(3)
                .residualSeverity(5)
                .addMitigations("two staff in every breakout room")
                .reviewBy(LocalDate.parse("2027-01-01"))
                .build())
        .addRisk(
            RiskEntry.builder()
                .id("hijack")
                .hazard(Hazard.SESSION_HIJACK)
                .area(RiskArea.ENVIRONMENT)
                .likelihood(2)
                .severity(4)
                .residualLikelihood(1)
                .residualSeverity(2)
                .addMitigations("passcode and waiting room")
                .reviewBy(LocalDate.parse("2027-01-01"))
                .build())
        .addRisk(
            RiskEntry.builder()
                .id("data")
                .hazard(Hazard.DATA_BREACH)
                .area(RiskArea.SERVICE)
                .likelihood(2)
                .severity(3)
                .residualLikelihood(1)
                .residualSeverity(1)
                .reviewBy(LocalDate.parse("2027-01-01"))
                .build())
        .build();
  }

  /** An assessment of plan-1 with the UK default rulebook's id, judged on 2026-12-04. */
  /**
   * The HTML report of an assessment, beside the youth club's plan, drawn with the default
   * rulebook's settings but the given matrix's bands.
   */
  static String html(Assessment assessment, RiskMatrix matrix) {
    Rulebook rulebook =
        Rulebook.builder()
            .from(SafeguardingEngine.ukDefault().rulebook())
            .riskBands(matrix.bands().rows())
            .build();
    return Reports.render(ReportFormat.HTML, youthClub(), assessment, rulebook, null);
  }

  static Assessment.Builder assessment(Decision decision) {
    return Assessment.builder()
        .planId("plan-1")
        .rulebook(RulebookId.of("uk-default", "2026.1"))
        .asOf(LocalDate.parse("2026-12-04"))
        .decision(decision);
  }

  /** A finding about a subject (or the whole session when null), citing one source. */
  static Finding finding(
      FindingLevel level, String rule, @Nullable String subject, String message) {
    Finding.Builder finding =
        Finding.builder()
            .level(level)
            .rule(rule)
            .message(message)
            .action("act on " + message)
            .addSource("000_seed.txt");
    if (subject != null) {
      finding.subject(subject);
    }
    return finding.build();
  }

  /** A declared risk rated on the NPSA matrix, with no residual rating. */
  static AssessedRisk risk(String id, int priority, int likelihood, int severity) {
    return riskBuilder(id, priority, likelihood, severity).build();
  }

  /** A declared risk rated on the NPSA matrix, with a residual rating. */
  static AssessedRisk risk(
      String id,
      int priority,
      int likelihood,
      int severity,
      int residualLikelihood,
      int residualSeverity) {
    return riskBuilder(id, priority, likelihood, severity)
        .residual(RiskMatrix.npsa2008().rate(residualLikelihood, residualSeverity))
        .build();
  }

  /** A declared risk rated on the given matrix, with no residual rating. */
  static AssessedRisk risk(
      RiskMatrix matrix, String id, int priority, int likelihood, int severity) {
    return riskBuilder(matrix, id, priority, likelihood, severity).build();
  }

  /** A declared risk rated on the given matrix, with a residual rating. */
  static AssessedRisk risk(
      RiskMatrix matrix,
      String id,
      int priority,
      int likelihood,
      int severity,
      int residualLikelihood,
      int residualSeverity) {
    return riskBuilder(matrix, id, priority, likelihood, severity)
        .residual(matrix.rate(residualLikelihood, residualSeverity))
        .build();
  }

  private static AssessedRisk.Builder riskBuilder(
      String id, int priority, int likelihood, int severity) {
    return riskBuilder(RiskMatrix.npsa2008(), id, priority, likelihood, severity);
  }

  private static AssessedRisk.Builder riskBuilder(
      RiskMatrix matrix, String id, int priority, int likelihood, int severity) {
    return AssessedRisk.builder()
        .id(id)
        .hazard(Hazard.OTHER)
        .origin(RiskOrigin.DECLARED)
        .priority(priority)
        .inherent(matrix.rate(likelihood, severity));
  }

  /** A consent requirement. */
  static ConsentRequirement consentOf(
      String participant, @Nullable ConsentGiver from, ConsentStatus status) {
    ConsentRequirement.Builder requirement =
        ConsentRequirement.builder().participant(participant).status(status);
    if (from != null) {
      requirement.requiredFrom(from);
    }
    return requirement.build();
  }

  /**
   * An assessment with hostile text everywhere data can go: the plan's id, the rulebook's name and
   * version, every field of a finding of each level, the risks' ids and a participant's id.
   */
  static Assessment hostileAssessment() {
    Finding.Builder blocker =
        Finding.builder()
            .level(FindingLevel.BLOCKER)
            .rule("RULE_" + SCRIPT)
            .subject(HOSTILE_ID)
            .message(HOSTILE_TEXT)
            .action("action " + HOSTILE_TEXT)
            .addSources(HOSTILE_ID, "<img src=x onerror=alert(1)>", LINK);
    return assessment(Decision.DO_NOT_RUN)
        .planId(HOSTILE_ID)
        .rulebook(RulebookId.of("<b>book</b> " + HOSTILE_ID, "1&2 " + SCRIPT))
        .addFindings(
            blocker.build(),
            finding(FindingLevel.WARNING, "WARN_" + LINK, HOSTILE_ID, HOSTILE_TEXT),
            finding(FindingLevel.ADVICE, "ADVICE*`x`*", null, HOSTILE_TEXT))
        .addRisks(
            risk(HOSTILE_ID, 1, 4, 5, 2, 5), risk(SHORT_HOSTILE_ID, 2, 3, 3), risk(SCRIPT, 3, 3, 3))
        .addConsents(
            consentOf(HOSTILE_ID, ConsentGiver.PARENT_OR_CARER, ConsentStatus.MISSING),
            consentOf(SHORT_HOSTILE_ID, null, ConsentStatus.NOT_REQUIRED))
        .supervision(Supervision.of(2, 1))
        .build();
  }
}
