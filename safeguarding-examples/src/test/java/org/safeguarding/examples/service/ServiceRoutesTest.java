package org.safeguarding.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.core.json.JsonSchemas;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;
import tools.jackson.databind.JsonNode;

/** Every route of the service and every status it gives, over real HTTP. */
class ServiceRoutesTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();
  private static final String ROOM = "{\"present\": [\"s1\", \"s2\"]}";

  private static Calls calls;

  @BeforeAll
  static void start() {
    calls = new Calls(ServiceSettings.defaults());
  }

  @AfterAll
  static void stop() {
    calls.close();
  }

  static List<String> examples() {
    return ExamplePlans.names();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void anExampleIsAssessedAsTheLibraryAssessesIt(String example) {
    HttpResponse<String> response = calls.post("/v1/assessments", Calls.plan(example));

    SessionPlan plan = ExamplePlans.load(example);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo(SafeguardingJson.ASSESSMENT.write(ENGINE.assess(plan)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/html", "text/markdown", "text/plain"})
  void aReportIsChosenByAccept(String type) {
    HttpResponse<String> response =
        calls.post("/v1/assessments", Calls.plan("youth-club"), "Accept", type);

    SessionPlan plan = ExamplePlans.load("youth-club");
    ReportFormat format =
        switch (type) {
          case "text/html" -> ReportFormat.HTML;
          case "text/markdown" -> ReportFormat.MARKDOWN;
          default -> ReportFormat.TEXT;
        };
    String library = ENGINE.report(plan, ENGINE.assess(plan), format, Instant.now());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(type + "; charset=utf-8");
    // The report says when it was made: only that line may differ from the library's.
    assertThat(differingLines(response.body(), library)).hasSizeLessThanOrEqualTo(2);
    assertThat(response.body()).contains("Friday Youth Club");
    if (type.equals("text/html")) {
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'none'"));
    }
  }

  @Test
  void acceptIsWeighedByQuality() {
    assertThat(
            calls
                .post(
                    "/v1/assessments",
                    Calls.plan("youth-club"),
                    "Accept",
                    "text/plain;q=0.4, text/html;q=0.9, application/json;q=0.1")
                .headers()
                .firstValue("Content-Type"))
        .hasValue("text/html; charset=utf-8");
    assertThat(
            calls
                .post("/v1/assessments", Calls.plan("youth-club"), "Accept", "*/*")
                .headers()
                .firstValue("Content-Type"))
        .hasValue("application/json");
  }

  @Test
  void anAnswerNobodyAcceptsIs406() {
    HttpResponse<String> response =
        calls.post("/v1/assessments", Calls.plan("youth-club"), "Accept", "application/xml");

    assertProblem(response, 406, "/problems/not-acceptable");
    assertThat(Calls.json(response).get("detail").asString()).contains("text/html");
  }

  @Test
  void anInvalidPlanListsEveryProblemTheReaderFinds() {
    String plan =
        Calls.plan("youth-club")
            .replace("\"age\": 12", "\"age\": 200")
            .replace("\"format\": \"GROUP\"", "\"format\": \"PARTY\"");
    List<PlanProblem> expected = readerProblems(plan);

    HttpResponse<String> response = calls.post("/v1/assessments", plan);

    assertProblem(response, 400, "/problems/invalid-input");
    JsonNode errors = Calls.json(response).get("errors");
    assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
    assertThat(errors).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(errors.get(i).get("document").asString()).isEqualTo("session plan");
      assertThat(errors.get(i).get("path").asString()).isEqualTo(expected.get(i).path());
      assertThat(errors.get(i).get("message").asString()).isEqualTo(expected.get(i).message());
    }
  }

  @Test
  void aBodyThatIsNotJsonIs400AndEchoesNothing() {
    HttpResponse<String> response =
        calls.post("/v1/assessments", "{\"id\": \"Alice Smith, 9\", oops}");

    assertProblem(response, 400, "/problems/invalid-input");
    assertThat(response.body()).doesNotContain("Alice").doesNotContain("oops");
  }

  @Test
  void admissionIsJudgedAsTheLibraryJudgesIt() {
    String envelope = admission(Calls.plan("youth-club"), ROOM, "\"p1\"");

    HttpResponse<String> response = calls.post("/v1/admissions", envelope);

    SessionPlan plan = ExamplePlans.load("youth-club");
    RoomState room = SafeguardingJson.ROOM.read(ROOM);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(SafeguardingJson.ADMISSION.write(ENGINE.admit(plan, room, "p1")));
    HttpResponse<String> text = calls.post("/v1/admissions", envelope, "Accept", "text/plain");
    assertThat(text.body())
        .isEqualTo(ENGINE.report(plan, room, ENGINE.admit(plan, room, "p1"), ReportFormat.TEXT));
  }

  @Test
  void aResponseIsWorkedOutAsTheLibraryWorksItOut() {
    String envelope =
        "{\"plan\": " + Calls.plan("youth-club") + ", \"incident\": " + Calls.incident() + "}";

    HttpResponse<String> response = calls.post("/v1/responses", envelope);

    SessionPlan plan = ExamplePlans.load("youth-club");
    Incident incident = SafeguardingJson.INCIDENT.read(Calls.incident());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(SafeguardingJson.RESPONSE_PLAN.write(ENGINE.respond(plan, incident)));
    HttpResponse<String> html = calls.post("/v1/responses", envelope, "Accept", "text/html");
    assertThat(html.body())
        .isEqualTo(
            ENGINE.report(plan, incident, ENGINE.respond(plan, incident), ReportFormat.HTML));
  }

  @Test
  void everyProblemOfEveryDocumentInAnEnvelopeIsListedWithItsPathInTheBody() {
    String plan = Calls.plan("youth-club").replace("\"age\": 12", "\"age\": -1");
    String envelope =
        "{\"plan\": " + plan + ", \"room\": {\"present\": [1]}, \"extra\": true, \"person\": 7}";

    HttpResponse<String> response = calls.post("/v1/admissions", envelope);

    assertProblem(response, 400, "/problems/invalid-input");
    List<String> errors = new ArrayList<>();
    Calls.json(response)
        .get("errors")
        .forEach(
            error ->
                errors.add(error.get("document").asString() + " " + error.get("path").asString()));
    assertThat(errors)
        .contains(
            "request $.extra",
            "request $.person",
            "room $.room.present[0]",
            "session plan $.plan.participants[3].age");
  }

  @Test
  void aMissingPartIsRequired() {
    HttpResponse<String> response =
        calls.post("/v1/responses", "{\"plan\": " + Calls.plan("youth-club") + "}");

    assertProblem(response, 400, "/problems/invalid-input");
    JsonNode error = Calls.json(response).get("errors").get(0);
    assertThat(error.get("path").asString()).isEqualTo("$.incident");
    assertThat(error.get("message").asString()).isEqualTo("is required");
  }

  @Test
  void aRoomNamingSomeoneNotOnThePlanIsInvalidAtItsPath() {
    String envelope =
        admission(Calls.plan("youth-club"), "{\"present\": [\"s1\", \"zz9\"]}", "\"p1\"");

    HttpResponse<String> response = calls.post("/v1/admissions", envelope);

    assertProblem(response, 400, "/problems/invalid-input");
    JsonNode error = Calls.json(response).get("errors").get(0);
    assertThat(error.get("document").asString()).isEqualTo("room");
    assertThat(error.get("path").asString()).isEqualTo("$.room.present[1]");
    assertThat(response.body()).doesNotContain("zz9");
  }

  @Test
  void theCatalogueTheRulebookAndTheSchemasAreServed() {
    JsonNode rules = Calls.json(calls.get("/v1/rules"));
    List<String> codes = new ArrayList<>();
    rules.get("rules").forEach(rule -> codes.add(rule.get("code").asString()));
    assertThat(codes).isEqualTo(ENGINE.rules().stream().map(RuleDescription::code).toList());
    assertThat(rules.get("rulebook").get("name").asString()).isEqualTo("uk-default");

    assertThat(calls.get("/v1/rulebook").body()).isEqualTo(ENGINE.rulebook().toJson());

    HttpResponse<String> room = calls.get("/v1/schemas/room");
    assertThat(room.headers().firstValue("Content-Type")).hasValue("application/schema+json");
    assertThat(room.body()).isEqualTo(JsonSchemas.room());
    assertThat(calls.get("/v1/schemas/plan").body()).isEqualTo(SafeguardingJson.planSchema());
    assertProblem(calls.get("/v1/schemas/children"), 404, "/problems/not-found");
  }

  @Test
  void healthAndReadinessAnswer() {
    assertThat(calls.get("/healthz").statusCode()).isEqualTo(200);
    HttpResponse<String> ready = calls.get("/readyz");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(Calls.json(ready).get("status").asString()).isEqualTo("ready");
  }

  @Test
  void anUnknownPathIs404AndIsNotRepeated() {
    HttpResponse<String> response = calls.get("/children/alice-smith");

    assertProblem(response, 404, "/problems/not-found");
    assertThat(response.body()).doesNotContain("alice");
  }

  @Test
  void anotherMethodIs405WithWhatIsAllowed() {
    HttpResponse<String> response =
        calls.send(
            java.net.http.HttpRequest.newBuilder(calls.uri("/v1/assessments"))
                .method("PUT", java.net.http.HttpRequest.BodyPublishers.ofString("{}")));

    assertProblem(response, 405, "/problems/method-not-allowed");
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/json; charset=iso-8859-1", "application/xml"})
  void aBodyThatIsNotJsonInUtf8Is415(String type) {
    HttpResponse<String> response =
        calls.send(
            java.net.http.HttpRequest.newBuilder(calls.uri("/v1/assessments"))
                .header("Content-Type", type)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Calls.plan("youth-club"))));

    assertProblem(response, 415, "/problems/unsupported-media-type");
  }

  @Test
  void aBodyWithoutAContentTypeIs415() {
    HttpResponse<String> response =
        calls.send(
            java.net.http.HttpRequest.newBuilder(calls.uri("/v1/assessments"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Calls.plan("youth-club"))));

    assertProblem(response, 415, "/problems/unsupported-media-type");
  }

  @Test
  void theAccessLogNamesRoutesNeverPathsBodiesOrIds() {
    calls.post("/v1/assessments", Calls.plan("youth-club"));
    calls.get("/children/alice-smith");
    calls.post("/v1/admissions", admission(Calls.plan("youth-club"), ROOM, "\"p1\""));

    List<String> lines = List.copyOf(calls.log);
    assertThat(lines)
        .isNotEmpty()
        .allSatisfy(
            line ->
                assertThat(line)
                    .matches("\\S+Z (GET|POST|PUT|OPTIONS|-) (/\\S*|-) \\d{3} \\d+ \\d+")
                    .doesNotContain("alice")
                    .doesNotContain("youth-club-2026")
                    .doesNotContain("p1")
                    .doesNotContain("Friday"));
    assertThat(lines).anyMatch(line -> line.contains(" GET - 404 "));
    assertThat(lines).anyMatch(line -> line.contains(" POST /v1/admissions 200 "));
  }

  static String admission(String plan, String room, String person) {
    return "{\"plan\": " + plan + ", \"room\": " + room + ", \"person\": " + person + "}";
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = Calls.json(response);
    assertThat(problem.get("type").asString()).isEqualTo(type);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asString()).isNotBlank();
    assertThat(problem.get("detail").asString()).isNotBlank();
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static List<PlanProblem> readerProblems(String plan) {
    try {
      SafeguardingJson.PLAN.read(plan);
    } catch (InvalidPlanException e) {
      return e.problems();
    }
    throw new AssertionError("the plan should be invalid");
  }

  private static List<String> differingLines(String a, String b) {
    List<String> left = a.lines().toList();
    List<String> right = b.lines().toList();
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      String l = i < left.size() ? left.get(i) : "";
      String r = i < right.size() ? right.get(i) : "";
      if (!l.equals(r)) {
        differing.add(l);
      }
    }
    return differing;
  }
}
