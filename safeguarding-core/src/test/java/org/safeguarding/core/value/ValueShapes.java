package org.safeguarding.core.value;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
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
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Need;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.PlatformFamily;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.core.testing.Plans;

/**
 * Every value type a user builds in Java, described by its required attributes (the ones its
 * builder cannot do without, in the order of the JSON contract) and some optional ones, each with a
 * valid value. Set together they build a valid value; any required one left out is a missing value
 * the builder must report.
 */
final class ValueShapes {

  private ValueShapes() {}

  private static final Instant AT = Instant.parse("2026-12-04T18:20:00Z");
  private static final LocalDate DAY = LocalDate.parse("2026-11-01");

  /** One attribute: its name in the JSON contract and how to set it on a builder. */
  static final class Attribute<B> {
    final String name;
    final Consumer<B> set;

    Attribute(String name, Consumer<B> set) {
      this.name = name;
      this.set = set;
    }
  }

  /** A value type: how to get its builder and build it, and its attributes. */
  static final class Shape<B> {
    final String type;
    final String subject;
    final Supplier<B> builder;
    final Function<B, ?> build;
    final List<Attribute<B>> required;
    final List<Attribute<B>> optional;

    Shape(
        String type,
        String subject,
        Supplier<B> builder,
        Function<B, ?> build,
        List<Attribute<B>> required,
        List<Attribute<B>> optional) {
      this.type = type;
      this.subject = subject;
      this.builder = builder;
      this.build = build;
      this.required = required;
      this.optional = optional;
    }

    /** The names of the required attributes, in contract order. */
    List<String> requiredNames() {
      return required.stream().map(attribute -> attribute.name).collect(Collectors.toList());
    }

    /**
     * Builds with the required attributes whose bit is set in {@code requiredMask} and the optional
     * ones whose bit is set in {@code optionalMask}.
     */
    Object build(long requiredMask, long optionalMask) {
      B builder = this.builder.get();
      for (int i = 0; i < required.size(); i++) {
        if ((requiredMask & (1L << i)) != 0) {
          required.get(i).set.accept(builder);
        }
      }
      for (int i = 0; i < optional.size(); i++) {
        if ((optionalMask & (1L << i)) != 0) {
          optional.get(i).set.accept(builder);
        }
      }
      return build.apply(builder);
    }

    /** Builds as {@link #build(long, long)} does, as the value type it is. */
    <T> T build(long requiredMask, long optionalMask, Class<T> type) {
      return type.cast(build(requiredMask, optionalMask));
    }

    @Override
    public String toString() {
      return type;
    }
  }

  private static <B> Attribute<B> a(String name, Consumer<B> set) {
    return new Attribute<>(name, set);
  }

  /** Every value type with a public builder that has required attributes. */
  static List<Shape<?>> all() {
    return List.of(
        sessionPlan(),
        service(),
        platform(),
        staffMember(),
        check(),
        participant(),
        consent(),
        riskEntry(),
        incident(),
        admission(),
        admissionReason(),
        responsePlan(),
        plannedAction(),
        assessment(),
        finding(),
        assessedRisk(),
        consentRequirement());
  }

  static Shape<SessionPlan.Builder> sessionPlan() {
    Service service =
        Service.builder().name("Friday Club").jurisdiction(Jurisdiction.WALES).build();
    Platform platform = Platform.builder().name("Zoom").accounts(AccountType.SHORT_LIVED).build();
    return new Shape<>(
        "SessionPlan",
        "session plan",
        SessionPlan::builder,
        SessionPlan.Builder::build,
        List.of(
            a("id", b -> b.id("club-1")),
            a("service", b -> b.service(service)),
            a("platform", b -> b.platform(platform)),
            a("start", b -> b.start(AT)),
            a("durationMinutes", b -> b.durationMinutes(60)),
            a("format", b -> b.format(SessionFormat.GROUP)),
            a("interaction", b -> b.interaction(Interaction.INTERACTIVE)),
            a("recording", b -> b.recording(Recording.NONE)),
            a("chat", b -> b.chat(ChatMode.RETAINED))),
        List.of(
            a("attendanceRecorded", b -> b.attendanceRecorded(true)),
            a("holdingScreen", b -> b.holdingScreen(true)),
            a("safeguardingLeadAvailable", b -> b.safeguardingLeadAvailable(true)),
            a("staff", b -> b.addStaff(Plans.staff("s1", StaffRole.LEAD))),
            a("participants", b -> b.addParticipant(Plans.child("p1", 12))),
            a("risks", b -> b.addRisk(riskEntry().build(-1L, 0L, RiskEntry.class)))));
  }

  static Shape<Service.Builder> service() {
    return new Shape<>(
        "Service",
        "service",
        Service::builder,
        Service.Builder::build,
        List.of(
            a("name", b -> b.name("Friday Club")),
            a("jurisdiction", b -> b.jurisdiction(Jurisdiction.SCOTLAND))),
        List.of(
            a("frequency", b -> b.frequency(Frequency.ONE_OFF)),
            a("policies", b -> b.addPolicies(Policy.SAFEGUARDING_POLICY)),
            a("remitApproved", b -> b.remitApproved(true)),
            a("localAuthorityContactKnown", b -> b.localAuthorityContactKnown(true))));
  }

  static Shape<Platform.Builder> platform() {
    return new Shape<>(
        "Platform",
        "platform",
        Platform::builder,
        Platform.Builder::build,
        List.of(a("name", b -> b.name("Zoom")), a("accounts", b -> b.accounts(AccountType.NONE))),
        List.of(
            a("family", b -> b.family(PlatformFamily.ZOOM)),
            a("controls", b -> b.addControls(PlatformControl.PASSCODE))));
  }

  static Shape<StaffMember.Builder> staffMember() {
    return new Shape<>(
        "StaffMember",
        "staff member",
        StaffMember::builder,
        StaffMember.Builder::build,
        List.of(a("id", b -> b.id("s1"))),
        List.of(
            a("age", b -> b.age(30)),
            a("roles", b -> b.addRoles(StaffRole.HOST)),
            a("organisationAccount", b -> b.organisationAccount(true)),
            a("check", b -> b.check(check().build(-1L, 0L, Check.class))),
            a("trainingCompleted", b -> b.trainingCompleted(DAY))));
  }

  static Shape<Check.Builder> check() {
    return new Shape<>(
        "Check",
        "check",
        Check::builder,
        Check.Builder::build,
        List.of(
            a("scheme", b -> b.scheme(CheckScheme.PVG)),
            a("level", b -> b.level(CheckLevel.ENHANCED_BARRED)),
            a("issued", b -> b.issued(DAY))),
        List.of());
  }

  static Shape<Participant.Builder> participant() {
    return new Shape<>(
        "Participant",
        "participant",
        Participant::builder,
        Participant.Builder::build,
        List.of(a("id", b -> b.id("p1"))),
        List.of(
            a("age", b -> b.age(15)),
            a("atRisk", b -> b.atRisk(true)),
            a("needs", b -> b.addNeeds(Need.COMMUNICATION)),
            a("capacity", b -> b.capacity(Capacity.HAS_CAPACITY)),
            a("consents", b -> b.addConsent(consent().build(-1L, 0L, Consent.class))),
            a("registered", b -> b.registered(true))));
  }

  static Shape<Consent.Builder> consent() {
    return new Shape<>(
        "Consent",
        "consent",
        Consent::builder,
        Consent.Builder::build,
        List.of(
            a("givenBy", b -> b.givenBy(ConsentGiver.SELF)),
            a("verification", b -> b.verification(ConsentVerification.WRITTEN)),
            a("given", b -> b.given(DAY))),
        List.of(
            a("covers", b -> b.addCovers(ConsentScope.RECORDING)),
            a("withdrawn", b -> b.withdrawn(DAY.plusDays(3)))));
  }

  static Shape<RiskEntry.Builder> riskEntry() {
    return new Shape<>(
        "RiskEntry",
        "risk",
        RiskEntry::builder,
        RiskEntry.Builder::build,
        List.of(
            a("id", b -> b.id("r1")),
            a("hazard", b -> b.hazard(Hazard.GROOMING)),
            a("area", b -> b.area(RiskArea.INDIVIDUAL)),
            a("likelihood", b -> b.likelihood(2)),
            a("severity", b -> b.severity(4))),
        List.of(
            a("residual", b -> b.residualLikelihood(1).residualSeverity(4)),
            a("mitigations", b -> b.addMitigations("waiting room")),
            a("owner", b -> b.owner("the host")),
            a("reviewBy", b -> b.reviewBy(DAY)),
            a("description", b -> b.description("someone unknown joins"))));
  }

  static Shape<Incident.Builder> incident() {
    return new Shape<>(
        "Incident",
        "incident",
        Incident::builder,
        Incident.Builder::build,
        List.of(
            a("id", b -> b.id("i1")),
            a("kind", b -> b.kind(IncidentKind.DISTRESS)),
            a("occurredAt", b -> b.occurredAt(AT))),
        List.of(
            a("participant", b -> b.participant("p1").removed(true)),
            a("riskToLife", b -> b.riskToLife(true)),
            a("handledBy", b -> b.handledBy("s2"))));
  }

  static Shape<Admission.Builder> admission() {
    return new Shape<>(
        "Admission",
        "admission",
        Admission::builder,
        Admission.Builder::build,
        List.of(a("person", b -> b.person("p1")), a("verdict", b -> b.verdict(Verdict.ADMIT))),
        List.of());
  }

  static Shape<AdmissionReason.Builder> admissionReason() {
    return new Shape<>(
        "AdmissionReason",
        "admission reason",
        AdmissionReason::builder,
        AdmissionReason.Builder::build,
        List.of(
            a("rule", b -> b.rule("ADMIT_AWAIT_ADULTS")),
            a("message", b -> b.message("Wait for a second adult."))),
        List.of(a("sources", b -> b.addSources("nspcc"))));
  }

  static Shape<ResponsePlan.Builder> responsePlan() {
    return new Shape<>(
        "ResponsePlan",
        "response plan",
        ResponsePlan::builder,
        ResponsePlan.Builder::build,
        List.of(a("incident", b -> b.incident("i1"))),
        List.of(
            a("actions", b -> b.addAction(plannedAction().build(-1L, -1L, PlannedAction.class))),
            a("notes", b -> b.addNote("s9 is not on the plan"))));
  }

  static Shape<PlannedAction.Builder> plannedAction() {
    return new Shape<>(
        "PlannedAction",
        "planned action",
        PlannedAction::builder,
        PlannedAction.Builder::build,
        List.of(
            a("action", b -> b.action(ResponseAction.RECORD_INCIDENT)),
            a("owner", b -> b.owner("s2")),
            a("ownerType", b -> b.ownerType(OwnerType.STAFF)),
            a("due", b -> b.due(AT.plusSeconds(3600))),
            a("message", b -> b.message("Record what happened."))),
        List.of(a("sources", b -> b.addSources("seed 000"))));
  }

  static Shape<Assessment.Builder> assessment() {
    return new Shape<>(
        "Assessment",
        "assessment",
        Assessment::builder,
        Assessment.Builder::build,
        List.of(
            a("planId", b -> b.planId("club-1")),
            a("rulebook", b -> b.rulebook(RulebookId.of("uk-default", "2026.2"))),
            a("asOf", b -> b.asOf(DAY)),
            a("decision", b -> b.decision(Decision.GO_WITH_CONDITIONS))),
        List.of(
            a("findings", b -> b.addFinding(finding().build(-1L, -1L, Finding.class))),
            a("risks", b -> b.addRisk(assessedRisk().build(-1L, 0L, AssessedRisk.class))),
            a(
                "consents",
                b -> b.addConsent(consentRequirement().build(-1L, -1L, ConsentRequirement.class))),
            a("supervision", b -> b.supervision(Supervision.of(2, 2)))));
  }

  /** A finding must cite a source; that is its invariant, not a missing attribute, so it is set. */
  static Shape<Finding.Builder> finding() {
    return new Shape<>(
        "Finding",
        "finding",
        () -> Finding.builder().addSources("seed 000"),
        Finding.Builder::build,
        List.of(
            a("rule", b -> b.rule("RISK_HIGH")),
            a("level", b -> b.level(FindingLevel.WARNING)),
            a("message", b -> b.message("r1 is rated HIGH")),
            a("action", b -> b.action("Mitigate r1"))),
        List.of(
            a("subject", b -> b.subject("r1")),
            a("template", b -> b.template("RISK_HIGH")),
            a("parameters", b -> b.putParameter("risk", "r1"))));
  }

  static Shape<AssessedRisk.Builder> assessedRisk() {
    return new Shape<>(
        "AssessedRisk",
        "assessed risk",
        AssessedRisk::builder,
        AssessedRisk.Builder::build,
        List.of(
            a("id", b -> b.id("r1")),
            a("hazard", b -> b.hazard(Hazard.SESSION_HIJACK)),
            a("origin", b -> b.origin(RiskOrigin.DECLARED)),
            a("priority", b -> b.priority(1)),
            a("inherent", b -> b.inherent(RiskMatrix.npsa2008().rate(3, 4)))),
        List.of(
            a(
                "residual",
                b -> b.residual(RiskMatrix.npsa2008().rate(1, 4)).residualCredited(true))));
  }

  /** Who must consent is named exactly when consent is required: that invariant is kept set. */
  static Shape<ConsentRequirement.Builder> consentRequirement() {
    return new Shape<>(
        "ConsentRequirement",
        "consent requirement",
        () -> ConsentRequirement.builder().requiredFrom(ConsentGiver.PARENT_OR_CARER),
        ConsentRequirement.Builder::build,
        List.of(
            a("participant", b -> b.participant("p1")),
            a("status", b -> b.status(ConsentStatus.MISSING))),
        List.of());
  }
}
