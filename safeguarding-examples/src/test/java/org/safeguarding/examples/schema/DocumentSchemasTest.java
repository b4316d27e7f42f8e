package org.safeguarding.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RatingBasis;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.rules.rulebook.Audience;
import org.safeguarding.rules.rulebook.Deadline;
import tools.jackson.databind.JsonNode;

/**
 * Every shipped schema besides the plan's is a valid draft 2020-12 schema that closes every object,
 * whose full valid document passes it and its reader, and whose vocabulary is the model's own: each
 * enum lists the Java enum's values in declaration order, and each object keyed by names asks for
 * every name.
 */
class DocumentSchemasTest {

  @ParameterizedTest
  @EnumSource(ContractDocument.class)
  void schema_isValidAgainstTheDraft2020_12MetaSchema(ContractDocument document) {
    assertThat(PlanSchema.metaSchema().validate(document.schemaText(), InputFormat.JSON)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ContractDocument.class)
  void schema_namesItsIdAfterTheDocument(ContractDocument document) {
    assertThat(document.schemaTree().path("$id").asString())
        .isEqualTo("https://safeguarding-rules.org/schema/" + document.id + "-1.json");
  }

  @ParameterizedTest
  @EnumSource(ContractDocument.class)
  void fullDocument_passesTheSchemaAndTheReader(ContractDocument document) {
    assertThat(document.violations(document.fullText())).isEmpty();
    if (document.hasReader()) {
      assertThat(document.readerProblems(document.fullText())).isEmpty();
    }
  }

  /** So that the tests that change the full document can reach every field of the contract. */
  @ParameterizedTest
  @EnumSource(ContractDocument.class)
  void fullDocument_givesEveryFieldTheSchemaNamesAValue(ContractDocument document) {
    // A rulebook's basedOn makes it a layer, which need not restate what it keeps, so the tests
    // that leave a field out could not fail; layers are tested in WrittenDocumentsSchemaTest.
    List<String> leftOut = document == ContractDocument.RULEBOOK ? List.of("$.basedOn") : List.of();

    assertThat(SchemaTrees.missing(document.schemaTree(), document.full()))
        .containsExactlyElementsOf(leftOut);
  }

  @ParameterizedTest
  @EnumSource(ContractDocument.class)
  void everyObject_refusesFieldsItDoesNotName(ContractDocument document) {
    // A rulebook's extensions are keyed by the organisation's own rule and setting names, and a
    // finding's parameters by the names its template gives them (each name and value bounded).
    List<String> open =
        switch (document) {
          case RULEBOOK ->
              List.of("/properties/extensions", "/properties/extensions/additionalProperties");
          case ASSESSMENT -> List.of("/$defs/finding/properties/parameters");
          default -> List.of();
        };

    assertThat(SchemaTrees.openObjects(document.schemaTree())).containsExactlyElementsOf(open);
  }

  static Stream<Arguments> enums() {
    List<Arguments> all = new ArrayList<>();
    enumsOf(all, ContractDocument.INCIDENT, Map.of("/properties/kind", names(IncidentKind.class)));
    enumsOf(
        all,
        ContractDocument.ADMISSION,
        Map.of(
            "/properties/verdict", names(Verdict.class),
            "/allOf/1/if/properties/verdict", List.of("WAIT", "REFUSE")));
    enumsOf(
        all,
        ContractDocument.RESPONSE_PLAN,
        Map.of(
            "/$defs/action/properties/action", names(ResponseAction.class),
            "/$defs/action/properties/ownerType", names(OwnerType.class),
            "/$defs/action/then/properties/owner", names(StaffRole.class)));
    enumsOf(
        all,
        ContractDocument.ASSESSMENT,
        Map.ofEntries(
            Map.entry("/properties/decision", names(Decision.class)),
            Map.entry(
                "/allOf/1/if/properties/findings/items/properties/level",
                List.of("WARNING", "ADVICE")),
            Map.entry("/allOf/2/then/properties/decision", List.of("POSTPONE", "DO_NOT_RUN")),
            Map.entry("/$defs/finding/properties/level", names(FindingLevel.class)),
            Map.entry(
                "/$defs/rating/properties/score",
                List.of(
                    "1", "2", "3", "4", "5", "6", "8", "9", "10", "12", "15", "16", "20", "25")),
            Map.entry("/$defs/rating/properties/band", names(RiskBand.class)),
            Map.entry("/$defs/risk/properties/hazard", names(Hazard.class)),
            Map.entry("/$defs/risk/properties/origin", names(RiskOrigin.class)),
            Map.entry("/$defs/risk/properties/currentFrom", names(RatingBasis.class)),
            Map.entry("/$defs/consent/properties/requiredFrom", names(ConsentGiver.class)),
            Map.entry("/$defs/consent/properties/status", names(ConsentStatus.class)),
            Map.entry(
                "/$defs/consent/allOf/1/if/properties/status",
                List.of("MET", "MISSING", "UNVERIFIED", "WITHDRAWN"))));
    Map<String, List<String>> rulebook = new HashMap<>();
    for (Policy policy : Policy.values()) {
      rulebook.put("/properties/policies/properties/" + policy, names(FindingLevel.class));
    }
    rulebook.put(
        "/$defs/consent/properties/verifiedParentalConsent/items",
        List.of("CONFIRMED_EMAIL", "WRITTEN", "RECORDED_VERBAL"));
    rulebook.put("/$defs/requiredCheck/properties/audience", names(Audience.class));
    rulebook.put("/$defs/requiredCheck/properties/frequencies/items", names(Frequency.class));
    rulebook.put("/$defs/requiredCheck/properties/roles/items", names(StaffRole.class));
    rulebook.put("/$defs/requiredCheck/properties/level", names(CheckLevel.class));
    rulebook.put("/$defs/acceptedSchemeList/items", names(CheckScheme.class));
    rulebook.put("/$defs/schemeList/items", names(CheckScheme.class));
    rulebook.put("/$defs/controlLists/properties/required/items", names(PlatformControl.class));
    rulebook.put("/$defs/controlLists/properties/advised/items", names(PlatformControl.class));
    rulebook.put(
        "/$defs/inference/properties/sessionHijack/properties/controls/items",
        names(PlatformControl.class));
    rulebook.put("/$defs/riskBand/properties/band", names(RiskBand.class));
    rulebook.put("/$defs/deadline/properties/from", names(Deadline.From.class));
    rulebook.put("/properties/basedOn", List.of("uk-default"));
    enumsOf(all, ContractDocument.RULEBOOK, rulebook);
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("enums")
  void enums_listTheModelsValuesInDeclarationOrder(
      ContractDocument document, String pointer, List<String> expected) {
    List<String> values = new ArrayList<>();
    document.schemaTree().at(pointer + "/enum").forEach(value -> values.add(value.asString()));

    assertThat(values).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @EnumSource(ContractDocument.class)
  void enums_everyEnumInTheSchemaIsChecked(ContractDocument document) {
    assertThat(SchemaTrees.enums(document.schemaTree()))
        .containsExactlyInAnyOrderElementsOf(
            enums()
                .filter(arguments -> arguments.get()[0] == document)
                .map(arguments -> (String) arguments.get()[1])
                .collect(Collectors.toList()));
  }

  static Stream<Arguments> keyedObjects() {
    return Stream.of(
        Arguments.of("/$defs/consent/properties/digitalConsentAge", names(Jurisdiction.class)),
        Arguments.of("/$defs/vetting/properties/acceptedSchemes", names(Jurisdiction.class)),
        Arguments.of("/$defs/vetting/properties/requiredSchemes", names(Jurisdiction.class)),
        Arguments.of("/$defs/schemesByFrequency", names(Frequency.class)),
        Arguments.of("/$defs/vetting/properties/checkValidYears", names(CheckScheme.class)),
        Arguments.of("/properties/policies", names(Policy.class)),
        Arguments.of("/properties/controls", names(Interaction.class)),
        Arguments.of("/properties/deadlines", names(ResponseAction.class)));
  }

  /** The reader asks for an entry for every name: a rulebook cannot drop one by leaving it out. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("keyedObjects")
  void rulebook_keyedObjects_requireEveryNameAndNoOther(String pointer, List<String> keys) {
    JsonNode keyed = ContractDocument.RULEBOOK.schemaTree().at(pointer);
    List<String> required = new ArrayList<>();
    keyed.path("required").forEach(key -> required.add(key.asString()));

    assertThat(required).containsExactlyElementsOf(keys);
    assertThat(keyed.path("properties").propertyNames()).containsExactlyElementsOf(keys);
    assertThat(keyed.path("additionalProperties").booleanValue()).isFalse();
  }

  private static void enumsOf(
      List<Arguments> all, ContractDocument document, Map<String, List<String>> enums) {
    enums.forEach((pointer, values) -> all.add(Arguments.of(document, pointer, values)));
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
  }
}
