package org.safeguarding.examples.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.stream.Collectors;
import org.safeguarding.core.json.SafeguardingJson;

/**
 * The session-plan schema shipped in safeguarding-core, loaded once into a draft 2020-12 validator.
 * Paths are JSON paths ({@code $.participants[0].age}), written as the reader writes them, so that
 * a test can say the schema and the reader point at the same place.
 *
 * <p>{@code format} is left as an annotation, as draft 2020-12 has it: the schema's patterns say
 * everything it asserts about dates and instants. The validator runs patterns with {@code
 * java.util.regex}, searching rather than matching, as ECMA-262 does; the schema's patterns are
 * written to mean the same in both.
 */
final class PlanSchema {

  private static final SchemaRegistryConfig CONFIG =
      SchemaRegistryConfig.builder()
          .pathType(PathType.JSON_PATH)
          .formatAssertionsEnabled(false)
          .build();

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12, registry -> registry.schemaRegistryConfig(CONFIG));

  private static final Schema SCHEMA = load(SafeguardingJson.planSchema());

  private PlanSchema() {}

  /** The schema's verdict on a document: every violation, none if it passes. */
  static List<Violation> violations(String json) {
    return violations(SCHEMA, json);
  }

  /**
   * Loads another of the library's schemas into the same validator, so that every document's schema
   * is checked by the same rules and its violations are named the same way.
   */
  static Schema load(String schemaJson) {
    return REGISTRY.getSchema(schemaJson, InputFormat.JSON);
  }

  /** A schema's verdict on a document: every violation, none if it passes. */
  static List<Violation> violations(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream()
        .map(Violation::of)
        .collect(Collectors.toList());
  }

  /** Whether the document passes the schema. */
  static boolean accepts(String json) {
    return violations(json).isEmpty();
  }

  /** The draft 2020-12 meta-schema, to check the plan schema itself against. */
  static Schema metaSchema() {
    return REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
  }

  /**
   * One violation: the keyword that failed and the path of the value at fault. For {@code
   * required}, {@code additionalProperties} and {@code dependentRequired} that is the path of the
   * field named, as the reader reports it, not of the object holding it.
   */
  static final class Violation {
    final String keyword;
    final String path;
    final String message;

    private Violation(String keyword, String path, String message) {
      this.keyword = keyword;
      this.path = path;
      this.message = message;
    }

    static Violation of(Error error) {
      String at = error.getInstanceLocation().toString();
      // The field named: for dependentRequired, the one missing rather than the one present.
      Object field =
          "dependentRequired".equals(error.getKeyword())
              ? error.getArguments()[0]
              : error.getProperty();
      String path = field == null ? at : at + "." + field;
      return new Violation(error.getKeyword(), path, error.getMessage());
    }

    @Override
    public String toString() {
      return path + " (" + keyword + "): " + message;
    }
  }
}
