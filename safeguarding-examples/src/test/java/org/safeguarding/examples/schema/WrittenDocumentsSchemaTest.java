package org.safeguarding.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RulebookId;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.rulebook.Rulebook;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the library writes passes the schemas: the bundled documents, and the rooms, incidents,
 * admissions, response plans and assessments the engine and the writers make from the example
 * plans, in every verdict, kind of incident and decision they can reach. Those that have a reader
 * read back, unchanged.
 */
class WrittenDocumentsSchemaTest {

  private static final Path BUNDLED = Path.of("src/main/resources/org/safeguarding/examples");
  private static final Path GOLDEN_ASSESSMENTS =
      Path.of("src/test/resources/org/safeguarding/examples/assessments");

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  // Bundled documents

  @Test
  void bundledRulebooks_passTheSchemaAndTheReader() throws IOException {
    List<String> rulebooks = new ArrayList<>();
    try (InputStream ukDefault = Rulebook.class.getResourceAsStream("uk-default.json")) {
      assertThat(ukDefault).as("the bundled uk-default.json").isNotNull();
      rulebooks.add(new String(ukDefault.readAllBytes(), StandardCharsets.UTF_8));
    }
    rulebooks.add(Rulebook.ukDefault().toJson());
    for (Path file : jsonFiles(BUNDLED.resolve("rulebooks"))) {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      // The schema describes a whole rulebook: a layer is held to it once merged, as written.
      if (!json.contains("\"basedOn\"")) {
        rulebooks.add(json);
      }
      assertThat(ContractDocument.RULEBOOK.readerProblems(json)).as(file.toString()).isEmpty();
      rulebooks.add(Rulebook.read(json).toJson());
    }

    assertThat(rulebooks).hasSizeGreaterThanOrEqualTo(3);
    assertThat(rulebooks).anyMatch(rulebook -> rulebook.contains("\"basedOn\": \"uk-default\""));
    for (String rulebook : rulebooks) {
      assertThat(ContractDocument.RULEBOOK.violations(rulebook)).isEmpty();
      assertThat(ContractDocument.RULEBOOK.readerProblems(rulebook)).isEmpty();
    }
  }

  @Test
  void bundledIncidents_passTheSchemaAndTheReader() throws IOException {
    List<Path> incidents = jsonFiles(BUNDLED.resolve("incidents"));

    assertThat(incidents).isNotEmpty();
    for (Path file : incidents) {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(ContractDocument.INCIDENT.violations(json)).as(file.toString()).isEmpty();
      assertThat(ContractDocument.INCIDENT.readerProblems(json)).as(file.toString()).isEmpty();
    }
  }

  @Test
  void goldenAssessments_passTheSchema() throws IOException {
    List<Path> assessments = jsonFiles(GOLDEN_ASSESSMENTS);

    assertThat(assessments).hasSameSizeAs(ExamplePlans.names());
    for (Path file : assessments) {
      assertThat(ContractDocument.ASSESSMENT.violations(Files.readString(file)))
          .as(file.toString())
          .isEmpty();
    }
  }

  // Assessments

  static Stream<Arguments> assessedPlans() {
    List<Arguments> all = new ArrayList<>();
    for (String name : ExamplePlans.names()) {
      all.add(Arguments.of(name, UnaryOperator.<ObjectNode>identity()));
    }
    all.add(
        Arguments.of(
            "youth-club without policies or checks",
            edit(
                plan -> {
                  PlanDocuments.set(plan, "/service/policies", "[]");
                  return PlanDocuments.remove(plan, "/staff/1/check");
                })));
    all.add(
        Arguments.of(
            "youth-club without its safeguarding lead",
            edit(plan -> PlanDocuments.set(plan, "/safeguardingLeadAvailable", "false"))));
    all.add(
        Arguments.of(
            "youth-club with ages unknown and consents missing",
            edit(
                plan -> {
                  PlanDocuments.remove(plan, "/participants/0/age");
                  return PlanDocuments.set(plan, "/participants/1/consents", "[]");
                })));
    all.add(
        Arguments.of(
            "youth-club recorded, with no register and chat not kept",
            edit(
                plan -> {
                  PlanDocuments.set(plan, "/recording", "\"AUDIO_VISUAL\"");
                  PlanDocuments.set(plan, "/chat", "\"NOT_RETAINED\"");
                  return PlanDocuments.set(plan, "/risks", "[]");
                })));
    all.add(
        Arguments.of(
            "broadcast-class whose chat lets participants post",
            edit(plan -> PlanDocuments.set(plan, "/chat", "\"RETAINED\""))));
    all.add(
        Arguments.of(
            "recovery-college with nobody coming",
            edit(plan -> PlanDocuments.set(plan, "/participants", "[]"))));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("assessedPlans")
  void assessment_ofAPlan_passesTheSchema(String name, UnaryOperator<ObjectNode> edit) {
    SessionPlan plan = plan(name, edit);

    for (SafeguardingEngine engine : List.of(ENGINE, withOwnRules(), threeAdultsOnline())) {
      Assessment assessment = engine.assess(plan);
      assertThat(
              ContractDocument.ASSESSMENT.violations(SafeguardingJson.ASSESSMENT.write(assessment)))
          .as("%s, %s", name, engine.rulebook())
          .isEmpty();
    }
  }

  @Test
  void assessments_reachEveryDecision() {
    List<Decision> reached =
        assessedPlans()
            .map(arguments -> plan((String) arguments.get()[0], editOf(arguments)))
            .flatMap(plan -> Stream.of(ENGINE.assess(plan), withOwnRules().assess(plan)))
            .map(Assessment::decision)
            .distinct()
            .collect(Collectors.toList());

    assertThat(reached).containsExactlyInAnyOrder(Decision.values());
  }

  /** Built from values, as only a rule that fails to work out supervision would leave it out. */
  @Test
  void assessment_withoutSupervision_passesTheSchemaWithItsFailedRule() {
    Finding failed =
        Finding.builder()
            .rule("RULE_FAILED")
            .level(FindingLevel.BLOCKER)
            .subject("supervision")
            .message("the supervision rule failed while assessing this plan")
            .action("Do not run the session on this assessment")
            .addSources("engine")
            .build();
    Assessment assessment =
        Assessment.builder()
            .planId("plan-1")
            .rulebook(RulebookId.of("uk-default", "2026.2"))
            .asOf(LocalDate.of(2026, 12, 4))
            .decision(Decision.DO_NOT_RUN)
            .addFindings(failed)
            .build();

    assertThat(
            ContractDocument.ASSESSMENT.violations(SafeguardingJson.ASSESSMENT.write(assessment)))
        .isEmpty();
  }

  // Rooms and admissions

  static Stream<String> exampleNames() {
    return ExamplePlans.names().stream();
  }

  @ParameterizedTest
  @MethodSource("exampleNames")
  void admissions_atTheDoorOfAnExample_passTheSchemaAndReadBack(String name) {
    SessionPlan plan = ExamplePlans.load(name);
    List<String> staff = plan.staff().stream().map(StaffMember::id).collect(Collectors.toList());
    List<String> participants =
        plan.participants().stream().map(Participant::id).collect(Collectors.toList());
    List<String> everyone = new ArrayList<>(staff);
    everyone.addAll(participants);
    List<RoomState> rooms =
        List.of(
            RoomState.builder().build(),
            RoomState.builder().addPresent(staff.get(0)).build(),
            RoomState.builder().addAllPresent(staff).build(),
            RoomState.builder()
                .addAllPresent(staff)
                .addAllPresent(participants.subList(1, participants.size()))
                .addRemoved(participants.get(0))
                .build());
    List<String> people = new ArrayList<>(everyone);
    people.add("not-on-the-plan");

    List<String> verdicts = new ArrayList<>();
    for (RoomState room : rooms) {
      String roomJson = SafeguardingJson.ROOM.write(room);
      assertThat(ContractDocument.ROOM.violations(roomJson)).as(roomJson).isEmpty();
      assertThat(SafeguardingJson.ROOM.read(roomJson)).isEqualTo(room);
      for (String person : people) {
        Admission admission = ENGINE.admit(plan, room, person);
        String json = SafeguardingJson.ADMISSION.write(admission);
        assertThat(ContractDocument.ADMISSION.violations(json)).as(json).isEmpty();
        assertThat(SafeguardingJson.ADMISSION.read(json)).isEqualTo(admission);
        verdicts.add(admission.verdict().name());
      }
    }
    assertThat(verdicts).contains("ADMIT", "REFUSE");
  }

  // Incidents and response plans

  static Stream<Arguments> incidents() {
    List<Arguments> all = new ArrayList<>();
    for (String name : ExamplePlans.names()) {
      for (IncidentKind kind : IncidentKind.values()) {
        all.add(Arguments.of(name, kind));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("incidents")
  void responses_toAnIncident_passTheSchemaAndReadBack(String name, IncidentKind kind) {
    SessionPlan plan = ExamplePlans.load(name);
    Instant occurredAt = plan.start().plusSeconds(20 * 60);
    List<Optional<String>> participants =
        List.of(
            Optional.empty(),
            Optional.of(plan.participants().get(0).id()),
            Optional.of("sibling-on-camera"));
    List<Optional<String>> handlers =
        List.of(Optional.empty(), Optional.of(plan.staff().get(0).id()), Optional.of("cover-1"));

    int responses = 0;
    for (Optional<String> participant : participants) {
      for (Optional<String> handler : handlers) {
        for (boolean removed : List.of(false, true)) {
          for (boolean riskToLife : List.of(false, true)) {
            if (removed && participant.isEmpty()) {
              continue;
            }
            Incident incident =
                Incident.builder()
                    .id("i-" + kind)
                    .participant(participant)
                    .kind(kind)
                    .removed(removed)
                    .riskToLife(riskToLife)
                    .occurredAt(occurredAt)
                    .handledBy(handler)
                    .build();
            String incidentJson = SafeguardingJson.INCIDENT.write(incident);
            assertThat(ContractDocument.INCIDENT.violations(incidentJson))
                .as(incidentJson)
                .isEmpty();
            assertThat(SafeguardingJson.INCIDENT.read(incidentJson)).isEqualTo(incident);

            ResponsePlan response = ENGINE.respond(plan, incident);
            String json = SafeguardingJson.RESPONSE_PLAN.write(response);
            assertThat(ContractDocument.RESPONSE_PLAN.violations(json)).as(json).isEmpty();
            assertThat(SafeguardingJson.RESPONSE_PLAN.read(json)).isEqualTo(response);
            responses++;
          }
        }
      }
    }
    assertThat(responses).isEqualTo(30);
  }

  // Working

  private static SessionPlan plan(String name, UnaryOperator<ObjectNode> edit) {
    String example = name.contains(" ") ? name.substring(0, name.indexOf(' ')) : name;
    ObjectNode plan =
        (ObjectNode)
            PlanDocuments.MAPPER.readTree(SafeguardingJson.PLAN.write(ExamplePlans.load(example)));
    return SafeguardingJson.PLAN.read(PlanDocuments.text(edit.apply(plan)));
  }

  @SuppressWarnings("unchecked")
  private static UnaryOperator<ObjectNode> editOf(Arguments arguments) {
    return (UnaryOperator<ObjectNode>) arguments.get()[1];
  }

  /** Types a lambda as a plan's edit, for a table of arguments. */
  private static UnaryOperator<ObjectNode> edit(UnaryOperator<ObjectNode> edit) {
    return edit;
  }

  /** The engine with two rules of an organisation's own: one reports, one always fails. */
  private static SafeguardingEngine withOwnRules() {
    RuleDescription late =
        RuleDescription.of(
            "OWN_RULE_REPORTS",
            FindingLevel.WARNING,
            "Always.",
            "Nothing: it is a test.",
            "Own policy s1");
    RuleDescription never =
        RuleDescription.of(
            "OWN_RULE_FAILS", FindingLevel.BLOCKER, "Never.", "Nothing.", "Own policy s2");
    return SafeguardingEngine.builder()
        .addRule(
            rule(
                "own-reporting",
                late,
                evaluation -> evaluation.report(late).message("found").action("act")))
        .addRule(
            rule(
                "own-failing",
                never,
                evaluation -> {
                  throw new IllegalStateException("broken");
                }))
        .build();
  }

  private static SafeguardingEngine threeAdultsOnline() {
    try {
      return SafeguardingEngine.builder()
          .rulebook(Rulebook.read(BUNDLED.resolve("rulebooks/three-adults-online.json")))
          .build();
    } catch (RuntimeException e) {
      throw new AssertionError("the bundled rulebook does not read", e);
    }
  }

  private interface Evaluate {
    void evaluate(Evaluation evaluation);
  }

  private static Rule rule(String name, RuleDescription description, Evaluate evaluate) {
    return new Rule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<RuleDescription> descriptions() {
        return List.of(description);
      }

      @Override
      public void evaluate(Evaluation evaluation) {
        evaluate.evaluate(evaluation);
      }
    };
  }

  private static List<Path> jsonFiles(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
