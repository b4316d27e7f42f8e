package org.safeguarding.examples.schema;

import static org.safeguarding.examples.schema.Damage.change;
import static org.safeguarding.examples.schema.Damage.raw;
import static org.safeguarding.examples.schema.Damage.str;
import static org.safeguarding.examples.schema.Damage.without;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Response plans that break the contract, each one change away from a valid response plan: the
 * schema refuses every one of them, and so does the reader, and both point at the value at fault.
 */
class ResponsePlanSchemaRejectionTest {

  private static final ContractDocument RESPONSE = ContractDocument.RESPONSE_PLAN;

  private static final String ACTION =
      "{\"action\": \"RECORD_INCIDENT\", \"owner\": \"s1\", \"ownerType\": \"STAFF\","
          + " \"due\": \"2026-12-05T18:20:00Z\", \"message\": \"m\", \"sources\": [\"s\"]}";

  @ParameterizedTest(name = "{0}")
  @MethodSource("damages")
  void damagedResponsePlan_failsTheSchemaAndTheReader_atTheSamePlace(Damage damage) {
    damage.assertRefusedBy(RESPONSE);
  }

  static Stream<Damage> damages() {
    List<Damage> all = new ArrayList<>();
    for (String field : List.of("incident", "actions", "notes")) {
      all.add(without(RESPONSE, "missing " + field, "/" + field, "$." + field));
    }
    for (String field : List.of("action", "owner", "ownerType", "due", "message", "sources")) {
      all.add(
          without(
              RESPONSE, "missing action " + field, "/actions/1/" + field, "$.actions[1]." + field));
    }
    all.add(without(RESPONSE, "missing a role's owner", "/actions/0/owner", "$.actions[0].owner"));
    all.addAll(
        List.of(
            // Unknown fields
            change(RESPONSE, "unknown field", "/plan", str("youth-club"), "$.plan"),
            change(
                RESPONSE,
                "unknown field in an action",
                "/actions/2/done",
                "false",
                "$.actions[2].done"),
            // Wrong enum values
            change(
                RESPONSE,
                "unknown action",
                "/actions/1/action",
                str("CALL_POLICE"),
                "$.actions[1].action"),
            change(
                RESPONSE,
                "unknown owner type",
                "/actions/1/ownerType",
                str("BOSS"),
                "$.actions[1].ownerType"),
            change(
                RESPONSE,
                "owner type in lower case",
                "/actions/2/ownerType",
                str("not_on_plan"),
                "$.actions[2].ownerType"),
            // Wrong types
            change(RESPONSE, "incident as a number", "/incident", "1", "$.incident"),
            change(RESPONSE, "actions as an object", "/actions", "{}", "$.actions"),
            change(RESPONSE, "notes as text", "/notes", str("none"), "$.notes"),
            change(RESPONSE, "an action as a list", "/actions/2", "[]", "$.actions[2]"),
            change(
                RESPONSE, "owner as a list", "/actions/1/owner", "[\"s2\"]", "$.actions[1].owner"),
            change(RESPONSE, "due as a number", "/actions/1/due", "1796408100", "$.actions[1].due"),
            change(RESPONSE, "a note as a number", "/notes/1", "2", "$.notes[1]"),
            // Nulls
            change(RESPONSE, "null incident", "/incident", "null", "$.incident"),
            change(RESPONSE, "null actions", "/actions", "null", "$.actions"),
            change(RESPONSE, "null action", "/actions/2", "null", "$.actions[2]"),
            change(
                RESPONSE,
                "null owner type",
                "/actions/1/ownerType",
                "null",
                "$.actions[1].ownerType"),
            change(RESPONSE, "null notes", "/notes", "null", "$.notes"),
            change(RESPONSE, "null note", "/notes/0", "null", "$.notes[0]"),
            change(
                RESPONSE, "null source", "/actions/1/sources/1", "null", "$.actions[1].sources[1]"),
            // Ids and text
            change(RESPONSE, "blank incident", "/incident", str(""), "$.incident"),
            change(
                RESPONSE,
                "owner with a tab",
                "/actions/1/owner",
                str("s\t2"),
                "$.actions[1].owner"),
            change(
                RESPONSE,
                "blank message",
                "/actions/2/message",
                str("   "),
                "$.actions[2].message"),
            change(RESPONSE, "note with a NUL", "/notes/1", str("note\u0000"), "$.notes[1]"),
            change(
                RESPONSE,
                "an action citing no source",
                "/actions/0/sources",
                "[]",
                "$.actions[0].sources"),
            // Instants
            change(
                RESPONSE,
                "due without a time",
                "/actions/1/due",
                str("2026-12-04"),
                "$.actions[1].due"),
            change(
                RESPONSE,
                "due in 1899",
                "/actions/0/due",
                str("1899-06-01T00:00:00Z"),
                "$.actions[0].due"),
            change(
                RESPONSE,
                "due in 3002",
                "/actions/2/due",
                str("3002-06-01T00:00:00Z"),
                "$.actions[2].due"),
            // Structure
            change(
                RESPONSE,
                "a ROLE owner that is no role",
                "/actions/1/ownerType",
                str("ROLE"),
                "$.actions[1].owner"),
            change(
                RESPONSE,
                "a role's name in another case",
                "/actions/0/owner",
                str("Safeguarding_Lead"),
                "$.actions[0].owner"),
            raw("a list, not an object", "[]", "$"),
            raw("text, not an object", "\"i1\"", "$"),
            // Sizes
            change(RESPONSE, "101 actions", "/actions", repeat(101, ACTION), "$.actions"),
            change(RESPONSE, "101 notes", "/notes", repeat(101, str("a note")), "$.notes"),
            change(
                RESPONSE,
                "101 sources",
                "/actions/1/sources",
                repeat(101, str("000_3dddd593c964c21c.txt")),
                "$.actions[1].sources")));
    return all.stream();
  }

  private static String repeat(int count, String element) {
    return IntStream.range(0, count)
        .mapToObj(i -> element)
        .collect(Collectors.joining(",", "[", "]"));
  }
}
