package org.safeguarding.examples.schema;

import static org.safeguarding.examples.schema.Damage.change;
import static org.safeguarding.examples.schema.Damage.raw;
import static org.safeguarding.examples.schema.Damage.str;
import static org.safeguarding.examples.schema.Damage.without;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Incidents that break the contract, each one change away from a valid incident: the schema refuses
 * every one of them, and so does the reader, and both point at the value at fault.
 */
class IncidentSchemaRejectionTest {

  private static final ContractDocument INCIDENT = ContractDocument.INCIDENT;

  @ParameterizedTest(name = "{0}")
  @MethodSource("damages")
  void damagedIncident_failsTheSchemaAndTheReader_atTheSamePlace(Damage damage) {
    damage.assertRefusedBy(INCIDENT);
  }

  static Stream<Damage> damages() {
    List<Damage> all = new ArrayList<>();
    for (String field : List.of("id", "kind", "occurredAt")) {
      all.add(without(INCIDENT, "missing " + field, "/" + field, "$." + field));
    }
    all.addAll(
        List.of(
            // Unknown fields
            change(INCIDENT, "unknown field", "/severity", "3", "$.severity"),
            change(INCIDENT, "misspelt field", "/handledby", str("s2"), "$.handledby"),
            // Wrong enum values
            change(INCIDENT, "unknown kind", "/kind", str("FIRE"), "$.kind"),
            change(INCIDENT, "kind in lower case", "/kind", str("distress"), "$.kind"),
            change(INCIDENT, "kind with a trailing space", "/kind", str("HIJACK "), "$.kind"),
            // Wrong types
            change(INCIDENT, "id as a number", "/id", "1", "$.id"),
            change(INCIDENT, "participant as a list", "/participant", "[\"p3\"]", "$.participant"),
            change(INCIDENT, "kind as a number", "/kind", "0", "$.kind"),
            change(INCIDENT, "removed as text", "/removed", str("true"), "$.removed"),
            change(INCIDENT, "riskToLife as a number", "/riskToLife", "1", "$.riskToLife"),
            change(INCIDENT, "occurredAt as a number", "/occurredAt", "1796408400", "$.occurredAt"),
            change(INCIDENT, "handledBy as an object", "/handledBy", "{}", "$.handledBy"),
            // Nulls
            change(INCIDENT, "null id", "/id", "null", "$.id"),
            change(INCIDENT, "null participant", "/participant", "null", "$.participant"),
            change(INCIDENT, "null kind", "/kind", "null", "$.kind"),
            change(INCIDENT, "null removed", "/removed", "null", "$.removed"),
            change(INCIDENT, "null occurredAt", "/occurredAt", "null", "$.occurredAt"),
            change(INCIDENT, "null handledBy", "/handledBy", "null", "$.handledBy"),
            // Ids
            change(INCIDENT, "blank id", "/id", str("  "), "$.id"),
            change(
                INCIDENT,
                "participant with a NUL",
                "/participant",
                str("p\u00003"),
                "$.participant"),
            change(
                INCIDENT,
                "handledBy of 129 characters",
                "/handledBy",
                str("s".repeat(129)),
                "$.handledBy"),
            // Instants
            change(
                INCIDENT,
                "occurredAt without a time",
                "/occurredAt",
                str("2026-12-04"),
                "$.occurredAt"),
            change(
                INCIDENT,
                "occurredAt without an offset",
                "/occurredAt",
                str("2026-12-04T18:20:00"),
                "$.occurredAt"),
            change(
                INCIDENT,
                "occurredAt on 31 November",
                "/occurredAt",
                str("2026-11-31T18:20:00Z"),
                "$.occurredAt"),
            change(
                INCIDENT,
                "occurredAt in 1899",
                "/occurredAt",
                str("1899-06-01T00:00:00Z"),
                "$.occurredAt"),
            change(
                INCIDENT,
                "occurredAt in 3000",
                "/occurredAt",
                str("3000-06-01T00:00:00Z"),
                "$.occurredAt"),
            // Structure
            without(
                INCIDENT,
                "removed without naming the participant",
                "/participant",
                "$.participant"),
            raw("a list, not an object", "[]", "$"),
            raw("a number, not an object", "1", "$")));
    return all.stream();
  }
}
