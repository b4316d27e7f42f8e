package org.safeguarding.examples.service;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.json.JsonSchemas;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * The documents of the contract that have a JSON Schema, by the name the command line and the
 * service give each ({@code safeguarding schema room}, {@code GET /v1/schemas/room}).
 */
public enum ContractSchema {
  /** The session plan, schemaVersion 1. */
  PLAN("plan"),
  /** The room at the door. */
  ROOM("room"),
  /** An incident. */
  INCIDENT("incident"),
  /** The answer at the door. */
  ADMISSION("admission"),
  /** What must happen after an incident. */
  RESPONSE_PLAN("response-plan"),
  /** The assessment of a plan. */
  ASSESSMENT("assessment"),
  /** A rulebook. */
  RULEBOOK("rulebook");

  private final String documentName;

  ContractSchema(String documentName) {
    this.documentName = documentName;
  }

  /** {@return the document's name, such as {@code response-plan}} */
  public String documentName() {
    return documentName;
  }

  /** {@return the schema's JSON text} */
  public String schema() {
    return switch (this) {
      case PLAN -> SafeguardingJson.planSchema();
      case ROOM -> JsonSchemas.room();
      case INCIDENT -> JsonSchemas.incident();
      case ADMISSION -> JsonSchemas.admission();
      case RESPONSE_PLAN -> JsonSchemas.responsePlan();
      case ASSESSMENT -> JsonSchemas.assessment();
      case RULEBOOK -> Rulebook.schema();
    };
  }

  /**
   * The document of a name, in any case.
   *
   * @param name the name
   * @return the document, or null when no document has the name
   */
  public static @Nullable ContractSchema named(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (ContractSchema document : values()) {
      if (document.documentName.equals(lower)) {
        return document;
      }
    }
    return null;
  }

  /** {@return every name, comma separated} */
  public static String names() {
    return Stream.of(values()).map(ContractSchema::documentName).collect(Collectors.joining(", "));
  }
}
