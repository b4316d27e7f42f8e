package org.safeguarding.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.testing.ClassFiles;
import org.safeguarding.core.testing.FreeText;
import org.safeguarding.core.testing.MarkedPlans;
import org.safeguarding.core.testing.ModelWalk;
import org.safeguarding.rules.ActionRule;
import org.safeguarding.rules.AdmissionCodes;
import org.safeguarding.rules.AdmissionRule;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.FindingCodes;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.Setting;
import org.safeguarding.rules.Sources;
import org.safeguarding.rules.internal.admission.Door;
import org.safeguarding.rules.internal.consent.ConsentRequirements;
import org.safeguarding.rules.internal.consent.ConsentRules;
import org.safeguarding.rules.internal.governance.GovernanceRules;
import org.safeguarding.rules.internal.platform.PlatformRules;
import org.safeguarding.rules.internal.records.RecordsRules;
import org.safeguarding.rules.internal.report.DoorReports;
import org.safeguarding.rules.internal.report.Reports;
import org.safeguarding.rules.internal.response.IncidentResponse;
import org.safeguarding.rules.internal.risk.RiskRegister;
import org.safeguarding.rules.internal.risk.RiskRules;
import org.safeguarding.rules.internal.supervision.RequiredAdults;
import org.safeguarding.rules.internal.supervision.SupervisionRules;
import org.safeguarding.rules.internal.vetting.CheckRequirements;
import org.safeguarding.rules.internal.vetting.VettingRules;
import org.safeguarding.rules.internal.words.Catalogue;
import org.safeguarding.rules.rulebook.Deadline;
import org.safeguarding.rules.rulebook.InferenceTable;
import org.safeguarding.rules.rulebook.InvalidRulebookException;
import org.safeguarding.rules.rulebook.RatioBand;
import org.safeguarding.rules.rulebook.RequiredCheck;
import org.safeguarding.rules.rulebook.RuleSettings;
import org.safeguarding.rules.rulebook.Rulebook;
import org.safeguarding.rules.rulebook.RulebookJson;

/**
 * The engine's types never show free text in {@code toString()}: those that hold a plan (the facts,
 * an evaluation) least of all. Every public type of the module is found on the class path and must
 * have a sample here built from a plan whose free text is all marked, so that a type added later
 * without one fails {@link #everyPublicType_hasASampleOrHasNoInstances()}.
 */
class RulesToStringPrivacyTest {

  private static final String RULES = "org.safeguarding.rules";

  /**
   * Every text the engine's own types hold is the library's: rule codes, names, triggers, actions,
   * owners' roles and sources, and the rulebook as JSON (numbers, the vocabulary, and its name and
   * version, which its author chooses as identifiers). None of them holds free text; the plan's
   * free text is reached only through the model, whose types the core's tests cover.
   */
  static final Set<String> LIBRARY_TEXT =
      Set.of(
          "RuleDescription.code",
          "Setting.name",
          "Setting.expectation",
          "RuleDescription.trigger",
          "RuleDescription.action",
          "RuleDescription.sources",
          "RuleDescription.doorReason",
          "SessionFacts.broadcastPostings",
          "AdmissionRule.code",
          "AdmissionRule.trigger",
          "AdmissionRule.sources",
          "ActionRule.trigger",
          "ActionRule.owner",
          "ActionRule.sources",
          "ConsentRules.name",
          "GovernanceRules.name",
          "PlatformRules.name",
          "RecordsRules.name",
          "RiskRules.name",
          "SupervisionRules.name",
          "VettingRules.name",
          "Rulebook.toJson",
          // The names of an extension's settings: identifiers the rulebook's author chooses.
          "RuleSettings.names",
          // The catalogue of plain words: the library's own resources and their language tag.
          "Catalogue.keys",
          "Catalogue.language");

  /** Public types with no instances to print: constants and static methods. */
  private static final Set<Class<?>> WITHOUT_INSTANCES =
      Set.of(
          Sources.class,
          FindingCodes.class,
          AdmissionCodes.class,
          Door.class,
          ConsentRequirements.class,
          Reports.class,
          DoorReports.class,
          IncidentResponse.class,
          RiskRegister.class,
          RequiredAdults.class,
          RulebookJson.class);

  @Test
  void everyPublicType_hasASampleOrHasNoInstances() {
    Map<Class<?>, Object> samples = samples();
    Set<String> needSamples = new TreeSet<>();
    for (Class<?> type : publicTypes()) {
      if (!type.isEnum() && !WITHOUT_INSTANCES.contains(type)) {
        needSamples.add(type.getName());
      }
    }

    assertThat(samples.keySet().stream().map(Class::getName).collect(Collectors.toSet()))
        .as("public types of the engine with a sample here (add one for a new type)")
        .containsExactlyInAnyOrderElementsOf(needSamples);
    samples.forEach(
        (type, sample) -> assertThat(sample).as("sample of %s", type).isInstanceOf(type));
    for (Class<?> type : WITHOUT_INSTANCES) {
      assertThat(ClassFiles.onlyPrivateConstructors(type))
          .as("%s can have no instances", type)
          .isTrue();
    }
  }

  @Test
  void everyTextAttribute_isTheLibrarysOwn() {
    Map<String, List<String>> texts = ModelWalk.of(RULES, samples().values()).texts();

    // A new text attribute must be classed here, and a class must not outlive its attribute.
    assertThat(texts.keySet()).containsExactlyInAnyOrderElementsOf(LIBRARY_TEXT);
    texts.forEach(
        (attribute, values) ->
            assertThat(values).as(attribute).isNotEmpty().noneMatch(FreeText::holdsMarker));
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
  }

  @Test
  void samples_thatHoldAPlan_holdTheMarkedOne() {
    // Not silent by accident: the facts and the evaluation do hold the plan's free text.
    Map<Class<?>, Object> samples = samples();

    assertThat(((SessionFacts) samples.get(SessionFacts.class)).plan().service().name())
        .isEqualTo(MarkedPlans.SERVICE_NAME);
    assertThat(((Evaluation) samples.get(Evaluation.class)).plan().risks())
        .flatExtracting(risk -> risk.mitigations())
        .allMatch(FreeText::holdsMarker);
  }

  /** One sample of every public type that has instances, built from a marked plan. */
  static Map<Class<?>, Object> samples() {
    SessionPlan plan = MarkedPlans.childrensGroup().build();
    AtomicReference<Evaluation> evaluation = new AtomicReference<>();
    AtomicReference<Evaluation.Report> report = new AtomicReference<>();
    Rule capturing =
        new Rule() {
          @Override
          public String name() {
            return "capturing";
          }

          @Override
          public List<RuleDescription> descriptions() {
            return List.of(
                RuleDescription.of("CAPTURING", FindingLevel.ADVICE, "always", "nothing", "none"));
          }

          @Override
          public void evaluate(Evaluation running) {
            evaluation.set(running);
            report.set(running.report("CAPTURING"));
            report.get().message("captured").action("nothing");
          }
        };
    SafeguardingEngine.Builder engineBuilder =
        SafeguardingEngine.builder().rulebook(Rulebook.ukDefault()).addRule(capturing);
    SafeguardingEngine engine = engineBuilder.build();
    engine.assess(plan);
    Rulebook rulebook = engine.rulebook();
    // A broadcast in which participants can post, so that every text the facts give is there.
    SessionFacts facts =
        SessionFacts.of(
            MarkedPlans.childrensGroup().interaction(Interaction.BROADCAST).build(), rulebook);

    Map<Class<?>, Object> samples = new LinkedHashMap<>();
    samples.put(SafeguardingEngine.class, engine);
    samples.put(SafeguardingEngine.Builder.class, engineBuilder);
    samples.put(Evaluation.class, evaluation.get());
    samples.put(Evaluation.Report.class, report.get());
    samples.put(Setting.class, Setting.wholeNumber("underAge", 1, 18));
    samples.put(Catalogue.class, Catalogue.english());
    samples.put(SessionFacts.class, facts);
    samples.put(Rule.class, new GovernanceRules());
    samples.put(
        RuleDescription.class,
        engine.rules().stream()
            .filter(rule -> rule.doorReason().isPresent())
            .findFirst()
            .orElseThrow());
    samples.put(GovernanceRules.class, new GovernanceRules());
    samples.put(ConsentRules.class, new ConsentRules());
    samples.put(SupervisionRules.class, new SupervisionRules());
    samples.put(VettingRules.class, new VettingRules());
    samples.put(PlatformRules.class, new PlatformRules());
    samples.put(RecordsRules.class, new RecordsRules());
    samples.put(RiskRules.class, new RiskRules());
    samples.put(CheckRequirements.class, CheckRequirements.of(facts, rulebook));
    samples.put(RequiredAdults.Workings.class, RequiredAdults.workings(facts, rulebook));
    samples.put(
        RequiredAdults.Share.class,
        new RequiredAdults.Share(java.util.Optional.of(rulebook.ratioBands().get(0)), 3, 1, 6, 1));
    samples.put(AdmissionRule.class, engine.admissionRules().get(0));
    samples.put(ActionRule.class, engine.responseActions().get(0));
    samples.put(Rulebook.class, rulebook);
    samples.put(InferenceTable.class, rulebook.inference());
    samples.put(RatioBand.class, rulebook.ratioBands().get(0));
    samples.put(RequiredCheck.class, rulebook.requiredChecks().get(0));
    samples.put(Deadline.class, rulebook.deadlines().values().iterator().next());
    samples.put(Rulebook.Builder.class, Rulebook.builder().from(rulebook));
    samples.put(
        RuleSettings.class,
        RuleSettings.of(Map.of("threshold", java.math.BigDecimal.ONE, "on", true)));
    samples.put(
        InvalidRulebookException.class,
        catchThrowableOfType(
            InvalidRulebookException.class,
            () -> Rulebook.read("{\"name\": \"" + MarkedPlans.SERVICE_NAME + "\u0001\"}")));
    assertThat(samples.values()).doesNotContainNull();
    return samples;
  }

  private static List<Class<?>> publicTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> type : ClassFiles.classes(SafeguardingEngine.class, RULES)) {
      if (ClassFiles.isPublicApi(type)) {
        types.add(type);
      }
    }
    assertThat(types).as("public types found").contains(SafeguardingEngine.class, Rulebook.class);
    return types;
  }
}
