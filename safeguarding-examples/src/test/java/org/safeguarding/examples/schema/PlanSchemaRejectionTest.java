package org.safeguarding.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.examples.schema.PlanSchema.Violation;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plans that break the contract, each one change away from a valid plan: the schema refuses every
 * one of them, and so does the reader, and both point at the value at fault.
 */
class PlanSchemaRejectionTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejections")
  void invalidPlan_failsTheSchemaAndTheReader_atTheSamePlace(Rejection rejection) {
    String json = rejection.document.get();

    List<Violation> violations = PlanSchema.violations(json);
    List<String> problems = PlanDocuments.readerProblems(json);

    assertThat(violations).as("the schema's violations").isNotEmpty();
    assertThat(violations)
        .as("the schema's violations")
        .extracting(violation -> violation.path)
        .containsOnly(rejection.schemaPath);
    assertThat(problems).as("the reader's problems").containsExactly(rejection.readerPath);
  }

  static Stream<Rejection> rejections() {
    List<Rejection> all = new ArrayList<>();
    all.addAll(unknownFields());
    all.addAll(missingFields());
    all.addAll(wrongTypes());
    all.addAll(unknownEnumValues());
    all.addAll(outOfRange());
    all.addAll(badIds());
    all.addAll(badTexts());
    all.addAll(badDates());
    all.addAll(badInstants());
    all.addAll(structure());
    all.addAll(nulls());
    all.addAll(sizes());
    return all.stream();
  }

  private static List<Rejection> unknownFields() {
    return List.of(
        change("unknown field at the top", "/colour", str("red"), "$.colour"),
        change("unknown field in the service", "/service/website", str("x"), "$.service.website"),
        change("unknown field in the platform", "/platform/version", "5", "$.platform.version"),
        change(
            "unknown field in a member of staff", "/staff/1/name", str("Sam"), "$.staff[1].name"),
        change(
            "unknown field in a check",
            "/staff/0/check/expires",
            str("2028-01-01"),
            "$.staff[0].check.expires"),
        change(
            "misspelt field in a participant",
            "/participants/0/agee",
            "12",
            "$.participants[0].agee"),
        change(
            "unknown field in a consent",
            "/participants/0/consents/1/note",
            str("x"),
            "$.participants[0].consents[1].note"),
        change("unknown field in a risk", "/risks/0/score", "12", "$.risks[0].score"),
        change(
            "field named as in another case",
            "/StartTime",
            str("2026-12-04T18:00:00Z"),
            "$.StartTime"));
  }

  private static List<Rejection> missingFields() {
    List<Rejection> missing = new ArrayList<>();
    for (String field :
        List.of(
            "schemaVersion",
            "id",
            "service",
            "platform",
            "start",
            "durationMinutes",
            "format",
            "interaction",
            "recording",
            "chat",
            "staff",
            "participants")) {
      missing.add(without("missing " + field, "/" + field, "$." + field));
    }
    missing.add(without("missing service name", "/service/name", "$.service.name"));
    missing.add(without("missing jurisdiction", "/service/jurisdiction", "$.service.jurisdiction"));
    missing.add(without("missing platform name", "/platform/name", "$.platform.name"));
    missing.add(without("missing accounts", "/platform/accounts", "$.platform.accounts"));
    missing.add(without("missing staff id", "/staff/1/id", "$.staff[1].id"));
    for (String field : List.of("scheme", "level", "issued")) {
      missing.add(
          without(
              "missing check " + field, "/staff/0/check/" + field, "$.staff[0].check." + field));
    }
    missing.add(without("missing participant id", "/participants/1/id", "$.participants[1].id"));
    for (String field : List.of("givenBy", "verification", "given")) {
      missing.add(
          without(
              "missing consent " + field,
              "/participants/0/consents/1/" + field,
              "$.participants[0].consents[1]." + field));
    }
    for (String field : List.of("id", "hazard", "area", "likelihood", "severity")) {
      missing.add(without("missing risk " + field, "/risks/1/" + field, "$.risks[1]." + field));
    }
    return missing;
  }

  private static List<Rejection> wrongTypes() {
    return List.of(
        change("schemaVersion as text", "/schemaVersion", str("1"), "$.schemaVersion"),
        change("duration as text", "/durationMinutes", str("60"), "$.durationMinutes"),
        change("duration with a fraction", "/durationMinutes", "60.5", "$.durationMinutes"),
        change(
            "age beyond a Java int", "/participants/0/age", "2147483648", "$.participants[0].age"),
        change("id as a number", "/id", "7", "$.id"),
        change("service as a list", "/service", "[]", "$.service"),
        change("staff as an object", "/staff", "{}", "$.staff"),
        change("participant as text", "/participants/1", str("p2"), "$.participants[1]"),
        change(
            "boolean as text",
            "/participants/0/registered",
            str("yes"),
            "$.participants[0].registered"),
        change("boolean as a number", "/holdingScreen", "1", "$.holdingScreen"),
        change(
            "enum list as one value",
            "/service/policies",
            str("SAFEGUARDING_POLICY"),
            "$.service.policies"),
        change(
            "mitigations as one text",
            "/risks/0/mitigations",
            str("Waiting room"),
            "$.risks[0].mitigations"),
        change(
            "mitigation as a number", "/risks/0/mitigations/1", "3", "$.risks[0].mitigations[1]"),
        change("age as text", "/participants/0/age", str("12"), "$.participants[0].age"),
        change("check as a boolean", "/staff/0/check", "true", "$.staff[0].check"),
        change(
            "consents as an object",
            "/participants/0/consents",
            "{}",
            "$.participants[0].consents"),
        change("enum as a number", "/format", "1", "$.format"),
        change("date as a number", "/risks/0/reviewBy", "20270101", "$.risks[0].reviewBy"),
        change("start as a number", "/start", "1796407200", "$.start"));
  }

  private static List<Rejection> unknownEnumValues() {
    return List.of(
        change(
            "unknown jurisdiction",
            "/service/jurisdiction",
            str("IRELAND"),
            "$.service.jurisdiction"),
        change("unknown frequency", "/service/frequency", str("WEEKLY"), "$.service.frequency"),
        change(
            "unknown policy", "/service/policies/1", str("FIRE_SAFETY"), "$.service.policies[1]"),
        change("unknown accounts", "/platform/accounts", str("GUEST"), "$.platform.accounts"),
        change("unknown control", "/platform/controls/2", str("LOBBY"), "$.platform.controls[2]"),
        change("format in lower case", "/format", str("group"), "$.format"),
        change("unknown interaction", "/interaction", str("HYBRID"), "$.interaction"),
        change("unknown recording", "/recording", str("VIDEO"), "$.recording"),
        change("unknown chat", "/chat", str("ON"), "$.chat"),
        change("role in mixed case", "/staff/0/roles/0", str("Lead"), "$.staff[0].roles[0]"),
        change("unknown scheme", "/staff/0/check/scheme", str("CRB"), "$.staff[0].check.scheme"),
        change("unknown level", "/staff/0/check/level", str("FULL"), "$.staff[0].check.level"),
        change(
            "unknown need", "/participants/0/needs/0", str("NONE"), "$.participants[0].needs[0]"),
        change(
            "unknown capacity",
            "/participants/0/capacity",
            str("UNKNOWN"),
            "$.participants[0].capacity"),
        change(
            "unknown location",
            "/participants/0/location",
            str("KITCHEN"),
            "$.participants[0].location"),
        change(
            "unknown giver",
            "/participants/0/consents/0/givenBy",
            str("GUARDIAN"),
            "$.participants[0].consents[0].givenBy"),
        change(
            "unknown verification",
            "/participants/0/consents/0/verification",
            str("VERBAL"),
            "$.participants[0].consents[0].verification"),
        change(
            "unknown cover",
            "/participants/0/consents/0/covers/0",
            str("PHOTOS"),
            "$.participants[0].consents[0].covers[0]"),
        change("unknown hazard", "/risks/0/hazard", str("FIRE"), "$.risks[0].hazard"),
        change("unknown area", "/risks/0/area", str("PEOPLE"), "$.risks[0].area"),
        change("enum with a trailing space", "/chat", str("NONE "), "$.chat"),
        change(
            "repeated policy",
            "/service/policies/2",
            str("SAFEGUARDING_POLICY"),
            "$.service.policies",
            "$.service.policies[2]"),
        change(
            "repeated role",
            "/staff/1/roles/1",
            str("HOST"),
            "$.staff[1].roles",
            "$.staff[1].roles[1]"),
        change(
            "repeated cover",
            "/participants/0/consents/1/covers/1",
            str("PARTICIPATION"),
            "$.participants[0].consents[1].covers",
            "$.participants[0].consents[1].covers[1]"));
  }

  private static List<Rejection> outOfRange() {
    return List.of(
        change("schemaVersion 2", "/schemaVersion", "2", "$.schemaVersion"),
        change("schemaVersion 0", "/schemaVersion", "0", "$.schemaVersion"),
        change("age 121", "/participants/0/age", "121", "$.participants[0].age"),
        change("age -1", "/participants/0/age", "-1", "$.participants[0].age"),
        change("staff age 121", "/staff/0/age", "121", "$.staff[0].age"),
        change("likelihood 0", "/risks/0/likelihood", "0", "$.risks[0].likelihood"),
        change("severity 6", "/risks/0/severity", "6", "$.risks[0].severity"),
        change(
            "residual likelihood 0",
            "/risks/0/residualLikelihood",
            "0",
            "$.risks[0].residualLikelihood"),
        change(
            "residual severity 6", "/risks/0/residualSeverity", "6", "$.risks[0].residualSeverity"),
        change("duration 0", "/durationMinutes", "0", "$.durationMinutes"),
        change("duration 1441", "/durationMinutes", "1441", "$.durationMinutes"));
  }

  private static List<Rejection> badIds() {
    return List.of(
        change("empty id", "/id", str(""), "$.id"),
        change("blank id", "/staff/0/id", str("   "), "$.staff[0].id"),
        change(
            "id of an ideographic space",
            "/participants/0/id",
            str("\u3000"),
            "$.participants[0].id"),
        change(
            "id of spaces and a line separator",
            "/participants/0/id",
            str(" \u2028\u2003"),
            "$.participants[0].id"),
        change("id of 129 characters", "/staff/0/id", str("s".repeat(129)), "$.staff[0].id"),
        change("id with a tab", "/staff/1/id", str("s\t2"), "$.staff[1].id"),
        change("id with a NUL", "/id", str("plan\u00001"), "$.id"),
        change("id with a DEL", "/participants/1/id", str("p\u007f2"), "$.participants[1].id"),
        change(
            "id with a next-line control",
            "/participants/1/id",
            str("p\u00852"),
            "$.participants[1].id"),
        change(
            "id ending with a line break",
            "/participants/1/id",
            str("p2\n"),
            "$.participants[1].id"),
        change("risk id the engine keeps", "/risks/0/id", str("inferred-r1"), "$.risks[0].id"),
        change("id of no-break spaces", "/id", str("\u00A0\u00A0"), "$.id"),
        change(
            "id of a figure and a narrow no-break space",
            "/staff/0/id",
            str("\u2007\u202F"),
            "$.staff[0].id"),
        change(
            "id with a zero-width space",
            "/participants/0/id",
            str("p\u200B1"),
            "$.participants[0].id"),
        change("id of a zero-width space", "/staff/1/id", str("\u200B"), "$.staff[1].id"),
        change(
            "id with a right-to-left override",
            "/participants/1/id",
            str("\u202Ep2"),
            "$.participants[1].id"),
        change("id with an isolate", "/risks/0/id", str("r\u20661"), "$.risks[0].id"),
        change("id with a byte-order mark", "/id", str("\uFEFFclub"), "$.id"),
        change("id with a soft hyphen", "/staff/0/id", str("s\u00AD1"), "$.staff[0].id"),
        change(
            "id with a tag character beyond the BMP",
            "/participants/0/id",
            str("p1\uDB40\uDC01"),
            "$.participants[0].id"),
        change(
            "id with a line separator",
            "/participants/1/id",
            str("p\u20282"),
            "$.participants[1].id"),
        change(
            "id ending with a paragraph separator",
            "/risks/1/id",
            str("r2\u2029"),
            "$.risks[1].id"));
  }

  private static List<Rejection> badTexts() {
    return List.of(
        change("empty service name", "/service/name", str(""), "$.service.name"),
        change("blank platform name", "/platform/name", str("  \n\t\r "), "$.platform.name"),
        change("name of a paragraph separator", "/service/name", str("\u2029"), "$.service.name"),
        change("empty mitigation", "/risks/0/mitigations/0", str(""), "$.risks[0].mitigations[0]"),
        change("owner with a NUL", "/risks/0/owner", str("Host\u0000"), "$.risks[0].owner"),
        change(
            "description with an escape sequence",
            "/risks/0/description",
            str("\u001b[31mred"),
            "$.risks[0].description"),
        change("owner with a vertical tab", "/risks/0/owner", str("a\u000bb"), "$.risks[0].owner"),
        change(
            "description of 10,001 characters",
            "/risks/0/description",
            str("d".repeat(10_001)),
            "$.risks[0].description"));
  }

  private static List<Rejection> badDates() {
    return List.of(
        change(
            "30 February", "/staff/0/check/issued", str("2026-02-30"), "$.staff[0].check.issued"),
        change("29 February 2100", "/risks/0/reviewBy", str("2100-02-29"), "$.risks[0].reviewBy"),
        change("31 April", "/risks/0/reviewBy", str("2027-04-31"), "$.risks[0].reviewBy"),
        change(
            "month 13",
            "/staff/0/trainingCompleted",
            str("2026-13-01"),
            "$.staff[0].trainingCompleted"),
        change(
            "two-digit year",
            "/participants/0/consents/0/given",
            str("26-11-01"),
            "$.participants[0].consents[0].given"),
        change(
            "date with a time",
            "/participants/0/consents/0/withdrawn",
            str("2026-11-20T00:00:00Z"),
            "$.participants[0].consents[0].withdrawn"),
        change("date in 1899", "/risks/0/reviewBy", str("1899-12-31"), "$.risks[0].reviewBy"),
        change("date in 3000", "/risks/0/reviewBy", str("3000-01-01"), "$.risks[0].reviewBy"),
        change("date with slashes", "/risks/0/reviewBy", str("2027/01/01"), "$.risks[0].reviewBy"),
        change(
            "date ending with a line break",
            "/risks/0/reviewBy",
            str("2027-01-01\n"),
            "$.risks[0].reviewBy"),
        change(
            "date with unpadded day",
            "/risks/0/reviewBy",
            str("2027-01-1"),
            "$.risks[0].reviewBy"));
  }

  private static List<Rejection> badInstants() {
    return List.of(
        change("start without a time", "/start", str("2026-12-04"), "$.start"),
        change("start without seconds", "/start", str("2026-12-04T18:00Z"), "$.start"),
        change("start without an offset", "/start", str("2026-12-04T18:00:00"), "$.start"),
        change("start with a space for T", "/start", str("2026-12-04 18:00:00Z"), "$.start"),
        change(
            "start with an offset lacking its colon",
            "/start",
            str("2026-12-04T18:00:00+0100"),
            "$.start"),
        change(
            "start with an hour-only offset", "/start", str("2026-12-04T18:00:00+01"), "$.start"),
        change(
            "start with an offset of 19 hours",
            "/start",
            str("2026-12-04T18:00:00+19:00"),
            "$.start"),
        change("start at hour 25", "/start", str("2026-12-04T25:00:00Z"), "$.start"),
        change("start on 29 February 2026", "/start", str("2026-02-29T18:00:00Z"), "$.start"),
        change("start in 1899", "/start", str("1899-06-01T00:00:00Z"), "$.start"),
        change(
            "start ending with a line break", "/start", str("2026-12-04T18:00:00Z\n"), "$.start"),
        change(
            "start with ten fraction digits",
            "/start",
            str("2026-12-04T18:00:00.1234567890Z"),
            "$.start"),
        change("start with a time zone name", "/start", str("2026-12-04T18:00:00 UTC"), "$.start"));
  }

  private static List<Rejection> structure() {
    return List.of(
        change("ONE_TO_ONE with two participants", "/format", str("ONE_TO_ONE"), "$.participants"),
        edit(
            "ONE_TO_ONE with no participant",
            plan ->
                PlanDocuments.set(
                    PlanDocuments.set(plan, "/format", str("ONE_TO_ONE")), "/participants", "[]"),
            "$.participants"),
        without(
            "residual likelihood without residual severity",
            "/risks/0/residualSeverity",
            "$.risks[0].residualSeverity"),
        without(
            "residual severity without residual likelihood",
            "/risks/0/residualLikelihood",
            "$.risks[0].residualLikelihood"),
        change(
            "residual likelihood alone on a risk that had none",
            "/risks/1/residualLikelihood",
            "2",
            "$.risks[1].residualSeverity"),
        raw("a list, not an object", "[]", "$"),
        raw("null, not an object", "null", "$"),
        raw("a string, not an object", "\"plan\"", "$"));
  }

  private static List<Rejection> nulls() {
    return List.of(
        change("null schemaVersion", "/schemaVersion", "null", "$.schemaVersion"),
        change("null age", "/participants/0/age", "null", "$.participants[0].age"),
        change("null service", "/service", "null", "$.service"),
        change("null risks", "/risks", "null", "$.risks"),
        change("null location", "/participants/0/location", "null", "$.participants[0].location"),
        change("null check", "/staff/0/check", "null", "$.staff[0].check"),
        change(
            "null withdrawn",
            "/participants/0/consents/0/withdrawn",
            "null",
            "$.participants[0].consents[0].withdrawn"),
        change("null boolean", "/attendanceRecorded", "null", "$.attendanceRecorded"),
        change("null in an enum list", "/platform/controls/0", "null", "$.platform.controls[0]"),
        change("null mitigation", "/risks/0/mitigations/0", "null", "$.risks[0].mitigations[0]"),
        change("null member of staff", "/staff/1", "null", "$.staff[1]"));
  }

  private static List<Rejection> sizes() {
    return List.of(
        change(
            "101 consents",
            "/participants/0/consents",
            repeat(
                101,
                i ->
                    "{\"givenBy\": \"SELF\", \"verification\": \"WRITTEN\","
                        + " \"given\": \"2026-11-01\"}"),
            "$.participants[0].consents"),
        change(
            "101 mitigations",
            "/risks/0/mitigations",
            repeat(101, i -> str("m" + i)),
            "$.risks[0].mitigations"),
        change(
            "10,001 staff", "/staff", repeat(10_001, i -> "{\"id\": \"s" + i + "\"}"), "$.staff"),
        change(
            "10,001 risks",
            "/risks",
            repeat(
                10_001,
                i ->
                    "{\"id\": \"r"
                        + i
                        + "\", \"hazard\": \"OTHER\", \"area\": \"SERVICE\","
                        + " \"likelihood\": 1, \"severity\": 1}"),
            "$.risks"),
        change(
            "100,001 participants",
            "/participants",
            repeat(100_001, i -> "{\"id\": \"p" + i + "\"}"),
            "$.participants"));
  }

  // The table's vocabulary

  /** One plan that breaks the contract, and where the schema and the reader should say so. */
  static final class Rejection {
    final String name;
    final Supplier<String> document;
    final String schemaPath;
    final String readerPath;

    Rejection(String name, Supplier<String> document, String schemaPath, String readerPath) {
      this.name = name;
      this.document = document;
      this.schemaPath = schemaPath;
      this.readerPath = readerPath;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static Rejection change(String name, String pointer, String json, String path) {
    return change(name, pointer, json, path, path);
  }

  /** Where the schema names the list at fault and the reader names the entry. */
  private static Rejection change(
      String name, String pointer, String json, String schemaPath, String readerPath) {
    return new Rejection(
        name,
        () -> PlanDocuments.text(PlanDocuments.set(PlanDocuments.fullPlan(), pointer, json)),
        schemaPath,
        readerPath);
  }

  private static Rejection without(String name, String pointer, String path) {
    return new Rejection(
        name,
        () -> PlanDocuments.text(PlanDocuments.remove(PlanDocuments.fullPlan(), pointer)),
        path,
        path);
  }

  private static Rejection edit(String name, UnaryOperator<ObjectNode> edit, String path) {
    return new Rejection(
        name, () -> PlanDocuments.text(edit.apply(PlanDocuments.fullPlan())), path, path);
  }

  private static Rejection raw(String name, String document, String path) {
    return new Rejection(name, () -> document, path, path);
  }

  /** A string as JSON text, escaped. */
  private static String str(String value) {
    return PlanDocuments.MAPPER.writeValueAsString(value);
  }

  private static String repeat(int count, IntFunction<String> element) {
    return IntStream.range(0, count).mapToObj(element).collect(Collectors.joining(",", "[", "]"));
  }
}
