package org.safeguarding.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Need;
import org.safeguarding.core.plan.PlanLimits;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.PlatformFamily;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.examples.plans.ExamplePlans;
import tools.jackson.databind.JsonNode;

/**
 * The shipped schema is a valid draft 2020-12 schema, every bundled example passes it, and its
 * vocabulary and limits are the model's own.
 */
class PlanSchemaTest {

  private static final Path BUNDLED_PLANS =
      Path.of("src/main/resources/org/safeguarding/examples/plans");

  private static final JsonNode SCHEMA =
      PlanDocuments.MAPPER.readTree(SafeguardingJson.planSchema());

  @Test
  void schema_isValidAgainstTheDraft2020_12MetaSchema() {
    assertThat(PlanSchema.metaSchema().validate(SafeguardingJson.planSchema(), InputFormat.JSON))
        .isEmpty();
  }

  @Test
  void metaSchema_refusesASchemaWithAMistake() {
    String broken =
        SafeguardingJson.planSchema().replace("\"maxItems\": 100,", "\"maxItems\": -1,");

    assertThat(broken).isNotEqualTo(SafeguardingJson.planSchema());
    assertThat(PlanSchema.metaSchema().validate(broken, InputFormat.JSON)).isNotEmpty();
  }

  static Stream<String> exampleNames() {
    return ExamplePlans.names().stream();
  }

  @ParameterizedTest
  @MethodSource("exampleNames")
  void bundledExamples_allPassTheSchema(String name) throws IOException {
    String json;
    try (InputStream in = ExamplePlans.open(name)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(PlanSchema.violations(json)).as(name).isEmpty();
    assertThat(PlanDocuments.readerProblems(json)).as(name).isEmpty();
  }

  static Stream<Path> bundledFiles() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLED_PLANS)) {
      List<Path> found =
          files
              .filter(file -> file.toString().endsWith(".json"))
              .sorted()
              .collect(Collectors.toList());
      assertThat(found).as("plans under %s", BUNDLED_PLANS).isNotEmpty();
      return found.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bundledFiles")
  void bundledResourceFiles_allPassTheSchema(Path file) throws IOException {
    String json = Files.readString(file, StandardCharsets.UTF_8);

    assertThat(PlanSchema.violations(json)).as(file.toString()).isEmpty();
  }

  @Test
  void bundledResourceFiles_areExactlyTheNamedExamples() throws IOException {
    List<String> files =
        bundledFiles().map(file -> file.getFileName().toString()).collect(Collectors.toList());

    assertThat(files)
        .containsExactlyInAnyOrderElementsOf(
            ExamplePlans.names().stream().map(name -> name + ".json").collect(Collectors.toList()));
  }

  @Test
  void fullPlan_passesTheSchemaAndTheReader() {
    assertThat(PlanSchema.violations(PlanDocuments.FULL_PLAN)).isEmpty();
    assertThat(PlanDocuments.readerProblems(PlanDocuments.FULL_PLAN)).isEmpty();
  }

  /** So that the tests that change the full plan can reach every field of the contract. */
  @Test
  void fullPlan_givesEveryFieldTheSchemaNamesAValue() {
    assertThat(SchemaTrees.missing(SCHEMA, PlanDocuments.fullPlan())).isEmpty();
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("/properties/format", SessionFormat.class),
        Arguments.of("/properties/interaction", Interaction.class),
        Arguments.of("/properties/recording", Recording.class),
        Arguments.of("/properties/chat", ChatMode.class),
        Arguments.of("/$defs/service/properties/jurisdiction", Jurisdiction.class),
        Arguments.of("/$defs/service/properties/frequency", Frequency.class),
        Arguments.of("/$defs/service/properties/policies/items", Policy.class),
        Arguments.of("/$defs/platform/properties/accounts", AccountType.class),
        Arguments.of("/$defs/platform/properties/family", PlatformFamily.class),
        Arguments.of("/$defs/platform/properties/controls/items", PlatformControl.class),
        Arguments.of("/$defs/staff/properties/roles/items", StaffRole.class),
        Arguments.of("/$defs/check/properties/scheme", CheckScheme.class),
        Arguments.of("/$defs/check/properties/level", CheckLevel.class),
        Arguments.of("/$defs/participant/properties/needs/items", Need.class),
        Arguments.of("/$defs/participant/properties/capacity", Capacity.class),
        Arguments.of("/$defs/participant/properties/location", Location.class),
        Arguments.of("/$defs/consent/properties/givenBy", ConsentGiver.class),
        Arguments.of("/$defs/consent/properties/verification", ConsentVerification.class),
        Arguments.of("/$defs/consent/properties/covers/items", ConsentScope.class),
        Arguments.of("/$defs/risk/properties/hazard", Hazard.class),
        Arguments.of("/$defs/risk/properties/area", RiskArea.class));
  }

  @ParameterizedTest
  @MethodSource("enums")
  void enums_listTheJavaEnumsValuesInDeclarationOrder(
      String pointer, Class<? extends Enum<?>> type) {
    List<String> values = new ArrayList<>();
    SCHEMA.at(pointer + "/enum").forEach(value -> values.add(value.asString()));

    assertThat(values)
        .containsExactlyElementsOf(
            Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList()));
  }

  @Test
  void enums_everyEnumInTheSchemaIsCheckedAgainstItsJavaEnum() {
    List<String> pointers = SchemaTrees.enums(SCHEMA);

    assertThat(pointers)
        .containsExactlyInAnyOrderElementsOf(
            enums().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toList()));
  }

  @Test
  void enumLists_refuseARepeatedValue_asTheReaderDoes() {
    for (String pointer :
        List.of(
            "/$defs/service/properties/policies",
            "/$defs/platform/properties/controls",
            "/$defs/staff/properties/roles",
            "/$defs/participant/properties/needs",
            "/$defs/consent/properties/covers")) {
      assertThat(SCHEMA.at(pointer + "/uniqueItems").booleanValue()).as(pointer).isTrue();
    }
  }

  @Test
  void limits_areThoseOfPlanLimits() {
    Map<String, Integer> limits =
        Map.ofEntries(
            Map.entry("/properties/participants/maxItems", PlanLimits.MAX_PARTICIPANTS),
            Map.entry("/properties/staff/maxItems", PlanLimits.MAX_STAFF),
            Map.entry("/properties/risks/maxItems", PlanLimits.MAX_RISKS),
            Map.entry("/$defs/participant/properties/consents/maxItems", PlanLimits.MAX_CONSENTS),
            Map.entry("/$defs/risk/properties/mitigations/maxItems", PlanLimits.MAX_MITIGATIONS),
            Map.entry("/$defs/id/maxLength", PlanLimits.MAX_ID_LENGTH),
            Map.entry("/$defs/freeText/maxLength", PlanLimits.MAX_TEXT_LENGTH),
            Map.entry("/$defs/age/minimum", PlanLimits.MIN_AGE),
            Map.entry("/$defs/age/maximum", PlanLimits.MAX_AGE),
            Map.entry("/$defs/level/minimum", PlanLimits.MIN_LEVEL),
            Map.entry("/$defs/level/maximum", PlanLimits.MAX_LEVEL),
            Map.entry("/properties/durationMinutes/minimum", PlanLimits.MIN_DURATION_MINUTES),
            Map.entry("/properties/durationMinutes/maximum", PlanLimits.MAX_DURATION_MINUTES),
            Map.entry("/properties/schemaVersion/const", SessionPlan.SCHEMA_VERSION));

    limits.forEach(
        (pointer, limit) -> {
          assertThat(SCHEMA.at(pointer).isInt()).as(pointer).isTrue();
          assertThat(SCHEMA.at(pointer).intValue()).as(pointer).isEqualTo(limit);
        });
  }

  @Test
  void everyObject_refusesFieldsItDoesNotName() {
    assertThat(SchemaTrees.openObjects(SCHEMA)).isEmpty();
  }
}
