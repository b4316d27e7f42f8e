package org.safeguarding.rules.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.json.JsonSchemas;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped rulebook schema is well-formed JSON that names its dialect, its id and its title, and
 * asks at the top for exactly the fields the writer writes. Whether it agrees with the reader is
 * tested in safeguarding-examples, which has a schema validator.
 */
class RulebookSchemaResourceTest {

  private static final JsonMapper STRICT =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  @Test
  void schema_isOneJsonObjectDeclaringDraft2020_12AndItsIdAndATitle() {
    JsonNode schema = STRICT.readTree(Rulebook.schema());

    assertThat(schema.isObject()).isTrue();
    assertThat(schema.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asString())
        .isEqualTo("https://safeguarding-rules.org/schema/rulebook-1.json");
    assertThat(schema.path("title").asString()).isEqualTo("Rulebook");
  }

  @Test
  void schema_requiresEveryTopFieldTheWriterWrites_inItsOrder_andNoOther() {
    JsonNode schema = STRICT.readTree(Rulebook.schema());
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(field -> required.add(field.asString()));

    Rulebook layerWithExtensions =
        Rulebook.builder()
            .from(Rulebook.ukDefault())
            .basedOn(Rulebook.ukDefault().id())
            .extension("r", RuleSettings.of(java.util.Map.of("s", true)))
            .build();

    assertThat(required)
        .containsExactlyElementsOf(STRICT.readTree(Rulebook.ukDefault().toJson()).propertyNames());
    // basedOn and extensions are optional: the properties are those of the fullest rulebook
    assertThat(schema.path("properties").propertyNames())
        .containsExactlyElementsOf(STRICT.readTree(layerWithExtensions.toJson()).propertyNames())
        .containsSubsequence(required)
        .contains("basedOn", "extensions");
    assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
    assertThat(schema.path("additionalProperties").booleanValue()).isFalse();
  }

  /** The assessment names the rulebook it was made with, so both say the same of its name. */
  @Test
  void identifier_isTheAssessmentSchemasRulebookIdentifier() {
    JsonNode identifier = STRICT.readTree(Rulebook.schema()).at("/$defs/identifier");

    assertThat(identifier.path("maxLength").intValue()).isEqualTo(RulebookReader.MAX_ID_LENGTH);
    assertThat(identifier)
        .isEqualTo(STRICT.readTree(JsonSchemas.assessment()).at("/$defs/rulebookIdentifier"));
  }

  @Test
  void schema_isUtf8TextEndingWithOneLineBreak() {
    assertThat(Rulebook.schema()).endsWith("}\n").doesNotContain("\r").doesNotStartWith("\uFEFF");
  }
}
