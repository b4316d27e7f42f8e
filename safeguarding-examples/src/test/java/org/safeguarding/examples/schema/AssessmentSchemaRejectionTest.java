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
 * Assessments that no engine writes, each one change away from a valid one: the schema refuses
 * every one of them and points at the value at fault. There is no assessment reader yet to hold to
 * the same places.
 */
class AssessmentSchemaRejectionTest {

  private static final ContractDocument ASSESSMENT = ContractDocument.ASSESSMENT;

  @ParameterizedTest(name = "{0}")
  @MethodSource("damages")
  void damagedAssessment_failsTheSchema_atTheValueAtFault(Damage damage) {
    damage.assertRefusedBy(ASSESSMENT);
  }

  static Stream<Damage> damages() {
    List<Damage> all = new ArrayList<>();
    for (String field :
        List.of("planId", "rulebook", "asOf", "decision", "findings", "risks", "consents")) {
      all.add(without(ASSESSMENT, "missing " + field, "/" + field, "$." + field));
    }
    for (String field : List.of("rule", "level", "message", "action", "sources")) {
      all.add(
          without(
              ASSESSMENT,
              "missing finding " + field,
              "/findings/0/" + field,
              "$.findings[0]." + field));
    }
    for (String field :
        List.of("id", "hazard", "origin", "priority", "inherent", "current", "currentFrom")) {
      all.add(
          without(ASSESSMENT, "missing risk " + field, "/risks/1/" + field, "$.risks[1]." + field));
    }
    for (String field : List.of("likelihood", "severity", "score", "band")) {
      all.add(
          without(
              ASSESSMENT,
              "missing rating " + field,
              "/risks/0/residual/" + field,
              "$.risks[0].residual." + field));
    }
    all.addAll(
        List.of(
            without(
                ASSESSMENT, "missing rulebook version", "/rulebook/version", "$.rulebook.version"),
            without(
                ASSESSMENT,
                "missing consent participant",
                "/consents/1/participant",
                "$.consents[1].participant"),
            without(
                ASSESSMENT, "missing consent status", "/consents/0/status", "$.consents[0].status"),
            without(
                ASSESSMENT,
                "missing shortfall",
                "/supervision/shortfall",
                "$.supervision.shortfall"),
            // Unknown fields
            change(ASSESSMENT, "unknown field", "/plan", "{}", "$.plan"),
            change(
                ASSESSMENT,
                "unknown field in the rulebook",
                "/rulebook/date",
                str("2026-01-01"),
                "$.rulebook.date"),
            change(
                ASSESSMENT,
                "unknown field in a finding",
                "/findings/1/code",
                str("X"),
                "$.findings[1].code"),
            change(
                ASSESSMENT,
                "unknown field in a risk",
                "/risks/0/owner",
                str("Host"),
                "$.risks[0].owner"),
            change(
                ASSESSMENT,
                "unknown field in a rating",
                "/risks/1/inherent/colour",
                str("amber"),
                "$.risks[1].inherent.colour"),
            change(
                ASSESSMENT,
                "unknown field in a consent",
                "/consents/0/given",
                str("2026-11-01"),
                "$.consents[0].given"),
            change(
                ASSESSMENT,
                "unknown field in supervision",
                "/supervision/ratio",
                "8",
                "$.supervision.ratio"),
            // Wrong enum values
            change(ASSESSMENT, "unknown decision", "/decision", str("STOP"), "$.decision"),
            change(
                ASSESSMENT,
                "unknown level",
                "/findings/0/level",
                str("CRITICAL"),
                "$.findings[0].level"),
            change(
                ASSESSMENT, "unknown hazard", "/risks/0/hazard", str("FIRE"), "$.risks[0].hazard"),
            change(
                ASSESSMENT,
                "unknown origin",
                "/risks/1/origin",
                str("GUESSED"),
                "$.risks[1].origin"),
            change(
                ASSESSMENT,
                "unknown band",
                "/risks/0/current/band",
                str("SEVERE"),
                "$.risks[0].current.band"),
            change(
                ASSESSMENT,
                "unknown giver",
                "/consents/0/requiredFrom",
                str("GUARDIAN"),
                "$.consents[0].requiredFrom"),
            change(
                ASSESSMENT,
                "unknown status",
                "/consents/0/status",
                str("PENDING"),
                "$.consents[0].status"),
            // Wrong types
            change(ASSESSMENT, "planId as a number", "/planId", "1", "$.planId"),
            change(ASSESSMENT, "findings as an object", "/findings", "{}", "$.findings"),
            change(
                ASSESSMENT,
                "priority as text",
                "/risks/0/priority",
                str("1"),
                "$.risks[0].priority"),
            change(
                ASSESSMENT,
                "priority with a fraction",
                "/risks/1/priority",
                "2.5",
                "$.risks[1].priority"),
            change(
                ASSESSMENT,
                "score as text",
                "/risks/0/inherent/score",
                str("12"),
                "$.risks[0].inherent.score"),
            change(
                ASSESSMENT,
                "residualCredited as text",
                "/risks/0/residualCredited",
                str("true"),
                "$.risks[0].residualCredited"),
            change(
                ASSESSMENT,
                "sources as text",
                "/findings/1/sources",
                str("000"),
                "$.findings[1].sources"),
            change(
                ASSESSMENT,
                "countedAdults as text",
                "/supervision/countedAdults",
                str("1"),
                "$.supervision.countedAdults"),
            // Nulls
            change(ASSESSMENT, "null planId", "/planId", "null", "$.planId"),
            change(
                ASSESSMENT, "null subject", "/findings/0/subject", "null", "$.findings[0].subject"),
            change(ASSESSMENT, "null floor", "/risks/0/floor", "null", "$.risks[0].floor"),
            change(ASSESSMENT, "null risk", "/risks/1", "null", "$.risks[1]"),
            change(
                ASSESSMENT,
                "null requiredFrom",
                "/consents/0/requiredFrom",
                "null",
                "$.consents[0].requiredFrom"),
            change(ASSESSMENT, "null supervision", "/supervision", "null", "$.supervision"),
            // Values
            change(ASSESSMENT, "blank planId", "/planId", str(" "), "$.planId"),
            change(
                ASSESSMENT,
                "rulebook name with a zero-width space",
                "/rulebook/name",
                str("uk\u200b"),
                "$.rulebook.name"),
            change(ASSESSMENT, "asOf on 30 February", "/asOf", str("2026-02-30"), "$.asOf"),
            change(ASSESSMENT, "asOf in 3001", "/asOf", str("3001-01-01"), "$.asOf"),
            change(
                ASSESSMENT,
                "rule code in lower case",
                "/findings/0/rule",
                str("consent_missing"),
                "$.findings[0].rule"),
            change(
                ASSESSMENT,
                "rule code of 65 characters",
                "/findings/1/rule",
                str("R".repeat(65)),
                "$.findings[1].rule"),
            change(
                ASSESSMENT,
                "blank subject",
                "/findings/0/subject",
                str("\t"),
                "$.findings[0].subject"),
            change(
                ASSESSMENT,
                "blank message",
                "/findings/1/message",
                str(""),
                "$.findings[1].message"),
            change(
                ASSESSMENT,
                "blank source",
                "/findings/0/sources/1",
                str("  "),
                "$.findings[0].sources[1]"),
            change(ASSESSMENT, "no source", "/findings/1/sources", "[]", "$.findings[1].sources"),
            change(
                ASSESSMENT,
                "template in lower case",
                "/findings/0/template",
                str("consent_missing"),
                "$.findings[0].template"),
            change(
                ASSESSMENT,
                "parameters as text",
                "/findings/0/parameters",
                str("p3"),
                "$.findings[0].parameters"),
            change(
                ASSESSMENT,
                "blank parameter",
                "/findings/0/parameters/participant",
                str(" "),
                "$.findings[0].parameters.participant"),
            change(
                ASSESSMENT,
                "parameter as a number",
                "/findings/0/parameters/age",
                "11",
                "$.findings[0].parameters.age"),
            change(ASSESSMENT, "priority 0", "/risks/0/priority", "0", "$.risks[0].priority"),
            change(
                ASSESSMENT,
                "likelihood 6",
                "/risks/1/current/likelihood",
                "6",
                "$.risks[1].current.likelihood"),
            change(
                ASSESSMENT,
                "a score no two levels give",
                "/risks/0/inherent/score",
                "7",
                "$.risks[0].inherent.score"),
            change(
                ASSESSMENT,
                "requiredAdults 0",
                "/supervision/requiredAdults",
                "0",
                "$.supervision.requiredAdults"),
            change(
                ASSESSMENT,
                "negative shortfall",
                "/supervision/shortfall",
                "-1",
                "$.supervision.shortfall"),
            // Structure
            without(
                ASSESSMENT,
                "residual without residualCredited",
                "/risks/0/residualCredited",
                "$.risks[0].residualCredited"),
            change(
                ASSESSMENT,
                "residualCredited without a residual",
                "/risks/1/residualCredited",
                "false",
                "$.risks[1].residual"),
            Damage.edit(
                ASSESSMENT,
                "a floor under an inferred risk",
                assessment -> {
                  PlanDocuments.set(
                      assessment,
                      "/risks/1/floor",
                      "{\"likelihood\": 2, \"severity\": 4, \"score\": 8, \"band\": \"HIGH\"}");
                  return PlanDocuments.set(assessment, "/risks/1/currentFrom", str("FLOOR"));
                },
                "$.risks[1].floor",
                "$.risks[1].floor"),
            change(
                ASSESSMENT,
                "a floor that does not count",
                "/risks/0/currentFrom",
                str("RESIDUAL"),
                "$.risks[0].currentFrom"),
            change(
                ASSESSMENT,
                "an inherent rating said to be residual",
                "/risks/1/currentFrom",
                str("RESIDUAL"),
                "$.risks[1].currentFrom"),
            Damage.edit(
                ASSESSMENT,
                "a credited residual that does not count",
                assessment -> {
                  PlanDocuments.remove(assessment, "/risks/0/floor");
                  return PlanDocuments.set(assessment, "/risks/0/currentFrom", str("INHERENT"));
                },
                "$.risks[0].currentFrom",
                "$.risks[0].currentFrom"),
            without(
                ASSESSMENT,
                "required consent naming nobody",
                "/consents/0/requiredFrom",
                "$.consents[0].requiredFrom"),
            change(
                ASSESSMENT,
                "consent not required, yet from someone",
                "/consents/1/requiredFrom",
                str("SELF"),
                "$.consents[1].requiredFrom"),
            change(ASSESSMENT, "GO despite blockers", "/decision", str("GO"), "$.decision"),
            Damage.edit(
                ASSESSMENT,
                "DO_NOT_RUN with only advice",
                assessment -> {
                  PlanDocuments.set(assessment, "/findings/0/level", str("ADVICE"));
                  return PlanDocuments.set(assessment, "/findings/1/level", str("ADVICE"));
                },
                "$.decision",
                "$.decision"),
            Damage.edit(
                ASSESSMENT,
                "POSTPONE with only a warning",
                assessment -> {
                  PlanDocuments.set(assessment, "/decision", str("POSTPONE"));
                  PlanDocuments.set(assessment, "/findings/0/level", str("WARNING"));
                  return PlanDocuments.set(assessment, "/findings/1/level", str("ADVICE"));
                },
                "$.decision",
                "$.decision"),
            without(ASSESSMENT, "no supervision and no failed rule", "/supervision", "$.findings"),
            raw("a list, not an object", "[]", "$")));
    return all.stream();
  }
}
