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
 * Admissions that break the contract, each one change away from a valid admission: the schema
 * refuses every one of them, and so does the reader, and both point at the value at fault.
 */
class AdmissionSchemaRejectionTest {

  private static final ContractDocument ADMISSION = ContractDocument.ADMISSION;

  private static final String REASON =
      "{\"rule\": \"R\", \"message\": \"m\", \"sources\": [\"s\"]}";

  @ParameterizedTest(name = "{0}")
  @MethodSource("damages")
  void damagedAdmission_failsTheSchemaAndTheReader_atTheSamePlace(Damage damage) {
    damage.assertRefusedBy(ADMISSION);
  }

  static Stream<Damage> damages() {
    List<Damage> all = new ArrayList<>();
    for (String field : List.of("person", "verdict", "reasons")) {
      all.add(without(ADMISSION, "missing " + field, "/" + field, "$." + field));
    }
    for (String field : List.of("rule", "message", "sources")) {
      all.add(
          without(
              ADMISSION,
              "missing reason " + field,
              "/reasons/1/" + field,
              "$.reasons[1]." + field));
    }
    all.addAll(
        List.of(
            // Unknown fields
            change(ADMISSION, "unknown field", "/when", str("now"), "$.when"),
            change(
                ADMISSION,
                "unknown field in a reason",
                "/reasons/1/level",
                str("WAIT"),
                "$.reasons[1].level"),
            // Wrong enum values
            change(ADMISSION, "unknown verdict", "/verdict", str("MAYBE"), "$.verdict"),
            change(ADMISSION, "verdict in lower case", "/verdict", str("wait"), "$.verdict"),
            // Wrong types
            change(ADMISSION, "person as a number", "/person", "1", "$.person"),
            change(ADMISSION, "verdict as a boolean", "/verdict", "true", "$.verdict"),
            change(ADMISSION, "reasons as an object", "/reasons", "{}", "$.reasons"),
            change(
                ADMISSION,
                "a reason as text",
                "/reasons/1",
                str("ADMIT_IDENTITY_CHECK"),
                "$.reasons[1]"),
            change(ADMISSION, "rule as a number", "/reasons/0/rule", "7", "$.reasons[0].rule"),
            change(
                ADMISSION,
                "sources as text",
                "/reasons/0/sources",
                str("NSPCC"),
                "$.reasons[0].sources"),
            change(
                ADMISSION,
                "a source as a number",
                "/reasons/0/sources/1",
                "1",
                "$.reasons[0].sources[1]"),
            // Nulls
            change(ADMISSION, "null person", "/person", "null", "$.person"),
            change(ADMISSION, "null verdict", "/verdict", "null", "$.verdict"),
            change(ADMISSION, "null reasons", "/reasons", "null", "$.reasons"),
            change(ADMISSION, "null reason", "/reasons/0", "null", "$.reasons[0]"),
            change(ADMISSION, "null message", "/reasons/1/message", "null", "$.reasons[1].message"),
            change(
                ADMISSION,
                "null source",
                "/reasons/1/sources/0",
                "null",
                "$.reasons[1].sources[0]"),
            // Ids and text
            change(ADMISSION, "blank person", "/person", str(" "), "$.person"),
            change(
                ADMISSION,
                "rule of 129 characters",
                "/reasons/0/rule",
                str("R".repeat(129)),
                "$.reasons[0].rule"),
            change(
                ADMISSION,
                "blank message",
                "/reasons/0/message",
                str("\n\t"),
                "$.reasons[0].message"),
            change(
                ADMISSION,
                "message with an escape sequence",
                "/reasons/1/message",
                str("\u001b[2J"),
                "$.reasons[1].message"),
            change(
                ADMISSION,
                "message of 10,001 characters",
                "/reasons/1/message",
                str("m".repeat(10_001)),
                "$.reasons[1].message"),
            change(
                ADMISSION,
                "empty source",
                "/reasons/0/sources/0",
                str(""),
                "$.reasons[0].sources[0]"),
            // Structure
            change(ADMISSION, "ADMIT with reasons", "/verdict", str("ADMIT"), "$.reasons"),
            change(ADMISSION, "WAIT without a reason", "/reasons", "[]", "$.reasons"),
            Damage.edit(
                ADMISSION,
                "REFUSE without a reason",
                admission ->
                    PlanDocuments.set(
                        PlanDocuments.set(admission, "/verdict", str("REFUSE")), "/reasons", "[]"),
                "$.reasons",
                "$.reasons"),
            change(
                ADMISSION,
                "a reason citing no source",
                "/reasons/1/sources",
                "[]",
                "$.reasons[1].sources"),
            raw("a list, not an object", "[]", "$"),
            raw("null, not an object", "null", "$"),
            // Sizes
            change(ADMISSION, "101 reasons", "/reasons", repeat(101, REASON), "$.reasons"),
            change(
                ADMISSION,
                "101 sources",
                "/reasons/0/sources",
                repeat(101, str("NSPCC")),
                "$.reasons[0].sources")));
    return all.stream();
  }

  private static String repeat(int count, String element) {
    return IntStream.range(0, count)
        .mapToObj(i -> element)
        .collect(Collectors.joining(",", "[", "]"));
  }
}
