package org.safeguarding.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.examples.schema.Damage.str;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * What only the readers check: documents that pass their schema, because JSON Schema cannot say
 * what is wrong with them, and that the reader refuses. Each schema's description lists them, so
 * that a tool in another language knows to expect them.
 */
class DocumentReaderOnlyChecksTest {

  private static final String EMOJI = "\uD83D\uDE00";

  static Stream<Arguments> readerOnly() {
    return Stream.of(
        // The room
        change(
            ContractDocument.ROOM,
            "an id both present and removed",
            "/removed/0",
            str("s1"),
            "$.removed[0]",
            "an id appears once in the room, across present and removed together"),
        row(
            ContractDocument.ROOM,
            "110,000 present and two removed",
            () ->
                "{\"present\": "
                    + IntStream.range(0, 110_000)
                        .mapToObj(i -> "\"p" + i + "\"")
                        .collect(Collectors.joining(",", "[", "]"))
                    + ", \"removed\": [\"r1\", \"r2\"]}",
            "$",
            "present and removed together list at most 110,000 people"),
        change(
            ContractDocument.ROOM,
            "an id of 65 characters outside the Basic Multilingual Plane",
            "/present/0",
            str(EMOJI.repeat(65)),
            "$.present[0]",
            "counted in UTF-16 code units"),
        change(
            ContractDocument.ROOM,
            "an id with an unpaired surrogate",
            "/present/1",
            "\"s\\uD800\"",
            "$.present[1]",
            "no text holds an unpaired surrogate"),
        repeated(ContractDocument.ROOM, "{\"present\": [], \"present\": [\"s1\"]}", "$.present"),
        // The incident
        change(
            ContractDocument.INCIDENT,
            "an incident in 1899 in UTC",
            "/occurredAt",
            str("1900-01-01T00:30:00+01:00"),
            "$.occurredAt",
            "occurredAt falls between 1900-01-01T00:00:00Z and the end of 2999 in UTC"),
        change(
            ContractDocument.INCIDENT,
            "an incident in 3000 in UTC",
            "/occurredAt",
            str("2999-12-31T23:30:00-01:00"),
            "$.occurredAt",
            "occurredAt falls between 1900-01-01T00:00:00Z and the end of 2999 in UTC"),
        change(
            ContractDocument.INCIDENT,
            "a handler with an unpaired surrogate",
            "/handledBy",
            "\"\\uDC00s2\"",
            "$.handledBy",
            "no text holds an unpaired surrogate"),
        repeated(
            ContractDocument.INCIDENT,
            FullDocuments.INCIDENT.replace("\"id\": \"i1\",", "\"id\": \"i1\", \"id\": \"i2\","),
            "$.id"),
        // The admission
        change(
            ContractDocument.ADMISSION,
            "a rule given twice",
            "/reasons/1/rule",
            str("ADMIT_AWAIT_ADULTS"),
            "$.reasons[1].rule",
            "each rule appears once among the reasons"),
        change(
            ContractDocument.ADMISSION,
            "a message of 5,001 characters outside the Basic Multilingual Plane",
            "/reasons/0/message",
            str(EMOJI.repeat(5_001)),
            "$.reasons[0].message",
            "counted in UTF-16 code units"),
        repeated(
            ContractDocument.ADMISSION,
            FullDocuments.ADMISSION.replace(
                "\"verdict\": \"WAIT\",", "\"verdict\": \"WAIT\", \"verdict\": \"WAIT\","),
            "$.verdict"),
        // The response plan
        change(
            ContractDocument.RESPONSE_PLAN,
            "an action given twice",
            "/actions/2/action",
            str("PHONE_PARTICIPANT"),
            "$.actions[2].action",
            "each action appears once"),
        change(
            ContractDocument.RESPONSE_PLAN,
            "an action due before the one above it",
            "/actions/0/due",
            str("2026-12-04T19:00:00Z"),
            "$.actions[1]",
            "actions are listed by due instant"),
        edit(
            ContractDocument.RESPONSE_PLAN,
            "actions due at once, out of the enum's order",
            response -> {
              PlanDocuments.set(response, "/actions/1/due", str("2026-12-04T18:20:00Z"));
              return PlanDocuments.set(response, "/actions/1/action", str("EMERGENCY_SERVICES"));
            },
            "$.actions[1]",
            "then in the order the action enum lists them"),
        change(
            ContractDocument.RESPONSE_PLAN,
            "an action due in 1899 in UTC",
            "/actions/0/due",
            str("1900-01-01T00:30:00+01:00"),
            "$.actions[0].due",
            "due falls between 1900-01-01T00:00:00Z and the end of 3001 in UTC"),
        change(
            ContractDocument.RESPONSE_PLAN,
            "an action due in 3002 in UTC",
            "/actions/2/due",
            str("3001-12-31T23:30:00-01:00"),
            "$.actions[2].due",
            "due falls between 1900-01-01T00:00:00Z and the end of 3001 in UTC"),
        repeated(
            ContractDocument.RESPONSE_PLAN,
            FullDocuments.RESPONSE_PLAN.replace(
                "\"incident\": \"i1\",", "\"incident\": \"i1\", \"incident\": \"i1\","),
            "$.incident"),
        // The rulebook
        change(
            ContractDocument.RULEBOOK,
            "a gap between ratio bands",
            "/supervision/ratioBands/2/fromAge",
            "5",
            "$.supervision.ratioBands[2].fromAge",
            "from 0 to adultAge - 1 without gap or overlap"),
        change(
            ContractDocument.RULEBOOK,
            "a ratio band ending before it starts",
            "/supervision/ratioBands/1/toAge",
            "1",
            "$.supervision.ratioBands[1].toAge",
            "each band's fromAge is at most its toAge"),
        change(
            ContractDocument.RULEBOOK,
            "ratio bands ending before adultAge - 1",
            "/adultAge",
            "19",
            "$.supervision.ratioBands[4].toAge",
            "the last ends at adultAge - 1"),
        change(
            ContractDocument.RULEBOOK,
            "a digital consent age above adultAge",
            "/consent/digitalConsentAge/WALES",
            "19",
            "$.consent.digitalConsentAge.WALES",
            "each digitalConsentAge is at most adultAge"),
        change(
            ContractDocument.RULEBOOK,
            "two check rows for one role",
            "/vetting/requiredChecks/0/roles/5",
            str("VOLUNTEER"),
            "$.vetting.requiredChecks[2]",
            "cover every audience, frequency and role exactly once"),
        change(
            ContractDocument.RULEBOOK,
            "no check row for a role",
            "/vetting/requiredChecks/3/roles",
            "[\"LEAD\", \"HOST\", \"CO_FACILITATOR\", \"SAFEGUARDING_LEAD\", \"EXTERNAL_TUTOR\"]",
            "$.vetting.requiredChecks",
            "cover every audience, frequency and role exactly once"),
        change(
            ContractDocument.RULEBOOK,
            "a required scheme the jurisdiction does not accept",
            "/vetting/requiredSchemes/WALES/REGULAR",
            "[\"PVG\"]",
            "$.vetting.requiredSchemes.WALES.REGULAR[0]",
            "a scheme in requiredSchemes is one that acceptedSchemes lists for its jurisdiction"),
        change(
            ContractDocument.RULEBOOK,
            "a control both required and advised",
            "/controls/INTERACTIVE/advised/3",
            str("PASSCODE"),
            "$.controls.INTERACTIVE.advised[3]",
            "a control is not both required and advised"),
        change(
            ContractDocument.RULEBOOK,
            "risk bands that overlap",
            "/riskBands/1/lowest",
            "3",
            "$.riskBands[1].lowest",
            "each row's lowest above the previous row's highest"),
        change(
            ContractDocument.RULEBOOK,
            "a score with no band",
            "/riskBands/1/highest",
            "5",
            "$.riskBands",
            "every score that can occur"),
        change(
            ContractDocument.RULEBOOK,
            "more adults at the door than a session needs",
            "/admission/adultsPresentBeforeVulnerable",
            "3",
            "$.admission.adultsPresentBeforeVulnerable",
            "at most supervision.minimumAdults and supervision.broadcastAdults"),
        change(
            ContractDocument.RULEBOOK,
            "a time zone the runtime does not know",
            "/timeZone",
            str("Mars/Olympus_Mons"),
            "$.timeZone",
            "a region id the Java runtime knows"),
        change(
            ContractDocument.RULEBOOK,
            "an Etc zone of a fixed offset",
            "/timeZone",
            str("Etc/GMT-1"),
            "$.timeZone",
            "nor an offset dressed as a region such as Etc/GMT-1"),
        change(
            ContractDocument.RULEBOOK,
            "a deadline of 8,785 hours",
            "/deadlines/RECORD_INCIDENT/within",
            str("PT8785H"),
            "$.deadlines.RECORD_INCIDENT.within",
            "at most 366 days (PT8784H)"),
        change(
            ContractDocument.RULEBOOK,
            "a deadline a second over 366 days",
            "/deadlines/RECORD_INCIDENT/within",
            str("PT8784H1S"),
            "$.deadlines.RECORD_INCIDENT.within",
            "at most 366 days (PT8784H)"),
        change(
            ContractDocument.RULEBOOK,
            "adultAge written with a fraction",
            "/adultAge",
            "18.0",
            "$.adultAge",
            "without a fraction or an exponent"),
        change(
            ContractDocument.RULEBOOK,
            "a name of 33 characters outside the Basic Multilingual Plane",
            "/name",
            str(EMOJI.repeat(33)),
            "$.name",
            "counted in UTF-16 code units"),
        change(
            ContractDocument.RULEBOOK,
            "a version with an unpaired surrogate",
            "/version",
            "\"2026.\\uD800\"",
            "$.version",
            "no text holds an unpaired surrogate"),
        repeated(
            ContractDocument.RULEBOOK,
            FullDocuments.RULEBOOK.replace(
                "\"name\":\"uk-default\",", "\"name\":\"uk-default\",\"name\":\"uk\","),
            "$.name"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("readerOnly")
  void readerOnlyCheck_passesTheSchema_failsTheReader_andIsDescribed(
      ContractDocument document,
      String name,
      Supplier<String> json,
      String path,
      String described) {
    String text = json.get();

    assertThat(text).isNotEqualTo(document.fullText());
    assertThat(document.violations(text)).as("the schema's violations").isEmpty();
    assertThat(document.readerProblems(text)).as("the reader's problems").containsExactly(path);
    assertThat(document.schemaTree().path("description").asString())
        .as("the schema's description")
        .contains(described);
  }

  private static Arguments change(
      ContractDocument document,
      String name,
      String pointer,
      String json,
      String path,
      String described) {
    return edit(document, name, full -> PlanDocuments.set(full, pointer, json), path, described);
  }

  private static Arguments edit(
      ContractDocument document,
      String name,
      UnaryOperator<ObjectNode> edit,
      String path,
      String described) {
    return row(
        document, name, () -> PlanDocuments.text(edit.apply(document.full())), path, described);
  }

  private static Arguments repeated(ContractDocument document, String json, String path) {
    return row(
        document, "a field given twice", () -> json, path, "no field repeated within an object");
  }

  private static Arguments row(
      ContractDocument document,
      String name,
      Supplier<String> json,
      String path,
      String described) {
    return Arguments.of(document, name, json, path, described);
  }
}
