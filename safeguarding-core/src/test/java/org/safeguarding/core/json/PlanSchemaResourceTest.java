package org.safeguarding.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped schema is well-formed JSON that names its dialect, its id and its title. Whether it
 * agrees with the reader is tested in safeguarding-examples, which has a schema validator.
 */
class PlanSchemaResourceTest {

  private static final JsonMapper STRICT =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  @Test
  void planSchema_isOneJsonObjectWithNoRepeatedField() {
    JsonNode schema = STRICT.readTree(SafeguardingJson.planSchema());

    assertThat(schema.isObject()).isTrue();
  }

  @Test
  void planSchema_declaresDraft2020_12AndAnIdAndATitle() {
    JsonNode schema = STRICT.readTree(SafeguardingJson.planSchema());

    assertThat(schema.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asString())
        .isEqualTo("https://safeguarding-rules.org/schema/session-plan-1.json");
    assertThat(schema.path("title").asString()).contains("schemaVersion 1");
  }

  @Test
  void planSchema_pinsSchemaVersionOneAndRefusesUnknownFields() {
    JsonNode schema = STRICT.readTree(SafeguardingJson.planSchema());

    assertThat(schema.path("properties").path("schemaVersion").path("const").intValue())
        .isEqualTo(1);
    assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
    assertThat(schema.path("additionalProperties").booleanValue()).isFalse();
  }

  @Test
  void planSchema_isUtf8TextEndingWithOneLineBreak() {
    String schema = SafeguardingJson.planSchema();

    assertThat(schema).endsWith("}\n").doesNotContain("\r").doesNotStartWith("\uFEFF");
  }
}
