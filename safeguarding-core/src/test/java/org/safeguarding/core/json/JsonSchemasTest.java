package org.safeguarding.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.response.ResponsePlan;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped schemas of the room, the incident, the admission, the response plan and the
 * assessment are well-formed JSON that name their dialect, id and title, refuse unknown fields, and
 * share the session plan's definitions by copying them. Whether each agrees with its reader and
 * writer is tested in safeguarding-examples, which has a schema validator.
 */
class JsonSchemasTest {

  private static final JsonMapper STRICT =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final JsonNode PLAN = STRICT.readTree(SafeguardingJson.planSchema());

  static Stream<Arguments> schemas() {
    return Stream.of(
        Arguments.of("room", (Supplier<String>) JsonSchemas::room),
        Arguments.of("incident", (Supplier<String>) JsonSchemas::incident),
        Arguments.of("admission", (Supplier<String>) JsonSchemas::admission),
        Arguments.of("response-plan", (Supplier<String>) JsonSchemas::responsePlan),
        Arguments.of("assessment", (Supplier<String>) JsonSchemas::assessment));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void schema_isOneJsonObjectDeclaringDraft2020_12AndItsIdAndATitle(
      String name, Supplier<String> schema) {
    JsonNode tree = STRICT.readTree(schema.get());

    assertThat(tree.isObject()).isTrue();
    assertThat(tree.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(tree.path("$id").asString())
        .isEqualTo("https://safeguarding-rules.org/schema/" + name + "-1.json");
    assertThat(tree.path("title").asString()).isNotBlank();
    assertThat(tree.path("description").asString()).contains("this schema cannot say");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void schema_refusesUnknownFieldsAtTheTop(String name, Supplier<String> schema) {
    JsonNode tree = STRICT.readTree(schema.get());

    assertThat(tree.path("type").asString()).isEqualTo("object");
    assertThat(tree.path("additionalProperties").isBoolean()).isTrue();
    assertThat(tree.path("additionalProperties").booleanValue()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void schema_isUtf8TextEndingWithOneLineBreak(String name, Supplier<String> schema) {
    assertThat(schema.get()).endsWith("}\n").doesNotContain("\r").doesNotStartWith("\uFEFF");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void schema_standsAlone_referringOnlyToItsOwnDefinitions(String name, Supplier<String> schema) {
    List<String> refs = STRICT.readTree(schema.get()).findValuesAsString("$ref");

    assertThat(refs).isNotEmpty().allMatch(ref -> ref.startsWith("#/$defs/"));
    JsonNode tree = STRICT.readTree(schema.get());
    assertThat(refs).allMatch(ref -> !tree.at(ref.substring(1)).isMissingNode());
  }

  /** Copies, not references, so that each schema stands alone: they must not drift apart. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void sharedDefinitions_areExactCopiesOfThePlanSchemas(String name, Supplier<String> schema) {
    JsonNode definitions = STRICT.readTree(schema.get()).path("$defs");

    int shared = 0;
    for (String definition : List.of("id", "freeText", "isoDate", "instant", "level")) {
      if (definitions.has(definition)) {
        shared++;
        assertThat(definitions.get(definition))
            .as(name + " " + definition)
            .isEqualTo(PLAN.path("$defs").path(definition));
      }
    }
    assertThat(shared).as(name + "'s definitions shared with the plan's").isPositive();
  }

  @Test
  void responsePlan_dueInstant_isThePlansInstantWithTwoMoreYears() {
    String plan = PLAN.at("/$defs/instant/pattern").asString();
    String due =
        STRICT.readTree(JsonSchemas.responsePlan()).at("/$defs/dueInstant/pattern").asString();

    assertThat(due)
        .isEqualTo(
            plan.replace("(?:19[0-9]{2}|2[0-9]{3})-", "(?:19[0-9]{2}|2[0-9]{3}|300[01])-")
                .replace("|1899-12-31|3000-01-01)", "|1899-12-31|3002-01-01)"))
        .isNotEqualTo(plan);
  }

  @Test
  void assessment_asOfDate_isThePlansDateWithADayEitherSide() {
    String plan = PLAN.at("/$defs/isoDate/pattern").asString();
    String asOf =
        STRICT.readTree(JsonSchemas.assessment()).at("/$defs/asOfDate/pattern").asString();

    assertThat(asOf)
        .isEqualTo(plan.replace("-02-29)(?!", "-02-29|1899-12-31|3000-01-01)(?!"))
        .isNotEqualTo(plan);
  }

  @Test
  void limits_areThoseOfTheValueTypes() {
    JsonNode room = STRICT.readTree(JsonSchemas.room());
    JsonNode response = STRICT.readTree(JsonSchemas.responsePlan());

    assertThat(room.at("/properties/present/maxItems").intValue()).isEqualTo(RoomState.MAX_PEOPLE);
    assertThat(room.at("/properties/removed/maxItems").intValue()).isEqualTo(RoomState.MAX_PEOPLE);
    assertThat(response.at("/properties/notes/maxItems").intValue())
        .isEqualTo(ResponsePlan.MAX_NOTES);
  }
}
