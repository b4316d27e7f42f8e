package org.safeguarding.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
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
import org.safeguarding.core.internal.checks.MissingAttributesException;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.InvalidDocumentException;
import org.safeguarding.core.json.JsonDocument;
import org.safeguarding.core.json.JsonLimits;
import org.safeguarding.core.json.JsonSchemas;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Check;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.PlanLimits;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.core.risk.BandRange;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskBandTable;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.core.testing.ClassFiles;
import org.safeguarding.core.testing.FreeText;
import org.safeguarding.core.testing.MarkedPlans;
import org.safeguarding.core.testing.ModelWalk;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * The model's {@code toString()} never shows free text. Every public type of the core is found on
 * the class path, not listed by hand, and must have a sample here whose free text is all marked, so
 * a type added later without a sample fails {@link #everyPublicType_hasASampleOrHasNoInstances()}
 * rather than going unchecked.
 */
class ModelToStringPrivacyTest {

  private static final String CORE = "org.safeguarding.core";

  /**
   * The free text of the model: prose a person writes, which may name people. Redacted from {@code
   * toString()} with {@code @Value.Redacted}.
   */
  static final Set<String> FREE_TEXT =
      Set.of(
          "Service.name",
          "Platform.name",
          "RiskEntry.mitigations",
          "RiskEntry.owner",
          "RiskEntry.description");

  /**
   * Ids: pseudonyms that name nobody outside the organisation's own records, and that a user needs
   * in messages to find what is meant. They may appear in {@code toString()} and in messages. A
   * finding's subject is an id or the name of a policy or control; an action's owner is a staff id
   * or a role.
   */
  static final Set<String> IDS =
      Set.of(
          "SessionPlan.id",
          "StaffMember.id",
          "Participant.id",
          "RiskEntry.id",
          "Incident.id",
          "Incident.participant",
          "Incident.handledBy",
          "RoomState.present",
          "RoomState.removed",
          "Assessment.planId",
          "AssessedRisk.id",
          "ConsentRequirement.participant",
          "Finding.subject",
          "Finding.parameters",
          "Admission.person",
          "ResponsePlan.incident",
          "PlannedAction.owner");

  /**
   * The library's own words, never a user's prose: rule codes; messages, actions and notes that the
   * rules write from ids, numbers and the vocabulary; cited sources; JSON paths and the
   * expectations there; and the rulebook's name and version, which its author chooses as
   * identifiers.
   */
  static final Set<String> LIBRARY_TEXT =
      Set.of(
          "Finding.rule",
          "Finding.message",
          "Finding.action",
          "Finding.template",
          "Finding.sources",
          "AdmissionReason.rule",
          "AdmissionReason.message",
          "AdmissionReason.sources",
          "PlannedAction.message",
          "PlannedAction.sources",
          "ResponsePlan.notes",
          "PlanProblem.path",
          "PlanProblem.message",
          "StreamingDocument.name",
          "RulebookId.name",
          "RulebookId.version");

  /** Public types with no instances to print: constants, static methods, an annotation. */
  private static final Set<Class<?>> WITHOUT_INSTANCES =
      Set.of(SafeguardingJson.class, JsonSchemas.class, PlanLimits.class, SafeguardingStyle.class);

  /** How many free-text values {@link MarkedPlans#childrensGroup()} holds, each redacted once. */
  private static final int FREE_TEXT_ATTRIBUTES_IN_PLAN = 2 + 2 * 3;

  @Test
  void everyPublicType_hasASampleOrHasNoInstances() {
    Map<Class<?>, Object> samples = samples();
    Set<Class<?>> needSamples = new HashSet<>();
    for (Class<?> type : publicTypes()) {
      if (!type.isEnum() && !WITHOUT_INSTANCES.contains(type)) {
        needSamples.add(type);
      }
    }

    assertThat(names(samples.keySet()))
        .as("public types of the core with a sample here (add one for a new type)")
        .containsExactlyInAnyOrderElementsOf(names(needSamples));
    samples.forEach(
        (type, sample) -> assertThat(sample).as("sample of %s", type).isInstanceOf(type));
    for (Class<?> type : WITHOUT_INSTANCES) {
      assertThat(type.isAnnotation() || ClassFiles.onlyPrivateConstructors(type))
          .as("%s can have no instances", type)
          .isTrue();
    }
  }

  @Test
  void everyGeneratedImplementation_isTheClassOfASample() {
    // The generated classes' toString() is what runs, so each must be reached by a sample.
    Set<String> generated =
        ClassFiles.classes(SessionPlan.class, CORE).stream()
            .filter(type -> type.getSimpleName().startsWith("Immutable") && !type.isMemberClass())
            .map(Class::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> reached =
        ModelWalk.of(CORE, samples().values()).classes().stream()
            .map(Class::getName)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(generated).isNotEmpty();
    assertThat(reached).containsAll(generated);
  }

  @Test
  void everyTextAttribute_isClassedAndEveryFreeTextOneHoldsAMarkerInTheSamples() {
    Map<String, List<String>> texts = ModelWalk.of(CORE, samples().values()).texts();
    Set<String> classed = new HashSet<>(FREE_TEXT);
    classed.addAll(IDS);
    classed.addAll(LIBRARY_TEXT);

    // A new text attribute must be classed, and a class must not outlive its attribute.
    assertThat(texts.keySet()).containsExactlyInAnyOrderElementsOf(classed);
    for (String attribute : FREE_TEXT) {
      assertThat(texts.get(attribute)).as(attribute).isNotEmpty().allMatch(FreeText::holdsMarker);
    }
    texts.forEach(
        (attribute, values) -> {
          if (!FREE_TEXT.contains(attribute)) {
            assertThat(values).as(attribute).isNotEmpty().noneMatch(FreeText::holdsMarker);
          }
        });
  }

  @Test
  void toString_ofEverySampleAndEveryEnumConstant_holdsNoFreeText() {
    Map<Class<?>, Object> samples = samples();

    samples.forEach(
        (type, sample) -> FreeText.assertNone(type.getName() + ".toString()", sample.toString()));
    for (Class<?> type : publicTypes()) {
      if (type.isEnum()) {
        for (Object constant : type.getEnumConstants()) {
          FreeText.assertNone(type.getName() + "." + constant, constant.toString());
        }
      }
    }
    FreeText.assertNone("a list of every sample", List.copyOf(samples.values()).toString());
    FreeText.assertNone("a map of every sample", samples.toString());
    FreeText.assertNone("an optional sample", Optional.of(samples.get(RiskEntry.class)).toString());
  }

  @Test
  void toString_ofAMarkedPlan_showsTheMaskWhereEachFreeTextWouldBeAndStillShowsIds() {
    SessionPlan plan = MarkedPlans.childrensGroup().build();

    String text = plan.toString();

    // Not silent by accident: the nested values are printed, ids and all, and the mask stands
    // exactly where each free text would be.
    assertThat(text).contains("id=r1", "id=r2", "id=p1", "id=s1", "name=<redacted>");
    assertThat(text.split("<redacted>", -1)).hasSize(FREE_TEXT_ATTRIBUTES_IN_PLAN + 1);
    for (RiskEntry risk : plan.risks()) {
      assertThat(risk.toString())
          .contains("mitigations=<redacted>", "owner=<redacted>", "description=<redacted>");
    }
    FreeText.assertNone("plan.toString()", text);
  }

  @Test
  void holdsMarker_findsAMarkerOrItsStartInAnyCase() {
    // The check the other tests rely on must be able to fail.
    assertThat(FreeText.holdsMarker("x " + MarkedPlans.SERVICE_NAME + " y")).isTrue();
    assertThat(FreeText.holdsMarker("name=freetext-service")).isTrue();
    assertThat(FreeText.holdsMarker("name=<redacted>")).isFalse();
    AssertionError error =
        catchThrowableOfType(
            AssertionError.class,
            () ->
                FreeText.assertNone(
                    "an unredacted list", List.of(MarkedPlans.PLATFORM_NAME).toString()));
    assertThat(error).isNotNull();
  }

  /** One sample of every public type that has instances, with all its free text marked. */
  static Map<Class<?>, Object> samples() {
    Map<Class<?>, Object> samples = new LinkedHashMap<>();

    SessionPlan.Builder planBuilder = MarkedPlans.childrensGroup();
    SessionPlan plan = planBuilder.build();
    samples.put(SessionPlan.Builder.class, planBuilder);
    samples.put(SessionPlan.class, plan);
    Service.Builder service = Service.builder().from(plan.service());
    samples.put(Service.Builder.class, service);
    samples.put(Service.class, service.build());
    Platform.Builder platform = Platform.builder().from(plan.platform());
    samples.put(Platform.Builder.class, platform);
    samples.put(Platform.class, platform.build());
    RiskEntry.Builder risk = RiskEntry.builder().from(plan.risks().get(0));
    samples.put(RiskEntry.Builder.class, risk);
    samples.put(RiskEntry.class, risk.build());
    StaffMember.Builder staff = StaffMember.builder().from(plan.staff().get(0)).age(34);
    samples.put(StaffMember.Builder.class, staff);
    samples.put(StaffMember.class, staff.build());
    Check.Builder check =
        Check.builder()
            .scheme(CheckScheme.DBS)
            .level(CheckLevel.ENHANCED)
            .issued(LocalDate.parse("2025-01-01"));
    samples.put(Check.Builder.class, check);
    samples.put(Check.class, check.build());
    Consent.Builder consent =
        Consent.builder()
            .givenBy(ConsentGiver.SELF)
            .verification(ConsentVerification.WRITTEN)
            .addCovers(ConsentScope.PARTICIPATION, ConsentScope.RECORDING)
            .given(LocalDate.parse("2026-01-01"))
            .withdrawn(LocalDate.parse("2026-02-01"));
    samples.put(Consent.Builder.class, consent);
    samples.put(Consent.class, consent.build());
    Participant.Builder participant =
        Participant.builder().from(plan.participants().get(0)).addConsent(consent.build());
    samples.put(Participant.Builder.class, participant);
    samples.put(Participant.class, participant.build());
    Incident.Builder incident =
        Incident.builder()
            .id("i1")
            .participant("p1")
            .kind(IncidentKind.DISCLOSURE)
            .removed(true)
            .occurredAt(Instant.parse("2026-12-04T18:20:00Z"))
            .handledBy("s2");
    samples.put(Incident.Builder.class, incident);
    samples.put(Incident.class, incident.build());
    RoomState.Builder room = RoomState.builder().addPresent("s1", "s2").addRemoved("p2");
    samples.put(RoomState.Builder.class, room);
    samples.put(RoomState.class, room.build());
    PlanProblem problem = PlanProblem.of("$.risks[0].description", "must not be blank");
    samples.put(PlanProblem.class, problem);
    samples.put(
        InvalidPlanException.class,
        new InvalidPlanException(SafeguardingJson.PLAN, List.of(problem)));
    // The abstract exception every document's refusal extends: a plan's stands for it.
    samples.put(
        InvalidDocumentException.class,
        new InvalidPlanException(SafeguardingJson.ROOM, List.of(problem)));
    samples.put(JsonDocument.class, SafeguardingJson.PLAN);
    samples.put(JsonLimits.class, JsonLimits.defaults().withMaxDocumentLength(1_000));
    // Only the generated builders make one, naming attributes; the value types' builders turn it
    // into an InvalidPlanException before it reaches a caller.
    samples.put(MissingAttributesException.class, new MissingAttributesException("id", "start"));
    StructureChecks checks = new StructureChecks();
    checks.text("$.service.name", "\u0000" + MarkedPlans.SERVICE_NAME);
    samples.put(StructureChecks.class, checks);

    Finding.Builder finding =
        Finding.builder()
            .rule("RISK_UNMITIGATED")
            .level(FindingLevel.WARNING)
            .subject("r1")
            .message("risk r1 is rated HIGH and lists no mitigations")
            .action("List what is done to reduce risk r1")
            .template("RISK_UNMITIGATED")
            .putParameter("risk", "r1")
            .addSources("NPSA 2008");
    samples.put(Finding.Builder.class, finding);
    samples.put(Finding.class, finding.build());
    RiskMatrix matrix = RiskMatrix.npsa2008();
    AssessedRisk.Builder assessedRisk =
        AssessedRisk.builder()
            .id("r1")
            .hazard(Hazard.GROOMING)
            .origin(RiskOrigin.DECLARED)
            .priority(1)
            .inherent(matrix.rate(3, 5))
            .residual(matrix.rate(1, 5));
    samples.put(AssessedRisk.Builder.class, assessedRisk);
    samples.put(AssessedRisk.class, assessedRisk.build());
    ConsentRequirement.Builder requirement =
        ConsentRequirement.builder()
            .participant("p1")
            .requiredFrom(ConsentGiver.PARENT_OR_CARER)
            .status(ConsentStatus.MET);
    samples.put(ConsentRequirement.Builder.class, requirement);
    samples.put(ConsentRequirement.class, requirement.build());
    RulebookId rulebook = RulebookId.of("uk-default", "2026.1");
    samples.put(RulebookId.class, rulebook);
    Supervision supervision = Supervision.of(3, 2);
    samples.put(Supervision.class, supervision);
    Assessment.Builder assessment =
        Assessment.builder()
            .planId(plan.id())
            .rulebook(rulebook)
            .asOf(LocalDate.parse("2026-12-04"))
            .decision(Decision.GO_WITH_CONDITIONS)
            .addFindings(finding.build())
            .addRisks(assessedRisk.build())
            .addConsents(requirement.build())
            .supervision(supervision);
    samples.put(Assessment.Builder.class, assessment);
    samples.put(Assessment.class, assessment.build());

    AdmissionReason.Builder reason =
        AdmissionReason.builder()
            .rule("ADMIT_AWAIT_ADULTS")
            .message("p1 waits until two counted adults are present")
            .addSources("NSPCC ratios");
    samples.put(AdmissionReason.Builder.class, reason);
    samples.put(AdmissionReason.class, reason.build());
    Admission.Builder admission =
        Admission.builder().person("p1").verdict(Verdict.WAIT).addReasons(reason.build());
    samples.put(Admission.Builder.class, admission);
    samples.put(Admission.class, admission.build());

    PlannedAction.Builder action =
        PlannedAction.builder()
            .action(ResponseAction.INFORM_SAFEGUARDING_LEAD)
            .owner("SAFEGUARDING_LEAD")
            .ownerType(OwnerType.ROLE)
            .due(Instant.parse("2026-12-04T18:20:00Z"))
            .message("tell the safeguarding lead about incident i1 now")
            .addSources("000_3dddd593c964c21c.txt");
    samples.put(PlannedAction.Builder.class, action);
    samples.put(PlannedAction.class, action.build());
    ResponsePlan.Builder response =
        ResponsePlan.builder()
            .incident("i1")
            .addActions(action.build())
            .addNote("p9 is not one of the plan's participants: they are judged as a child");
    samples.put(ResponsePlan.Builder.class, response);
    samples.put(ResponsePlan.class, response.build());

    BandRange band = BandRange.of(1, 3, RiskBand.LOW);
    samples.put(BandRange.class, band);
    samples.put(RiskBandTable.class, RiskBandTable.npsa2008());
    samples.put(RiskMatrix.class, matrix);
    samples.put(RiskRating.class, matrix.rate(2, 3));
    return samples;
  }

  private static List<Class<?>> publicTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> type : ClassFiles.classes(SessionPlan.class, CORE)) {
      // The streaming reader and writer are the library's own working, with no instances a
      // caller could print; the internal checks are sampled, since their problems reach callers.
      if (ClassFiles.isPublicApi(type)
          && !type.getPackageName().equals("org.safeguarding.core.internal.json")) {
        types.add(type);
      }
    }
    assertThat(types).as("public types found").contains(SessionPlan.class, RiskEntry.class);
    return types;
  }

  private static Set<String> names(Set<Class<?>> types) {
    return types.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
  }
}
