package org.safeguarding.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Runs each example program's {@code main}, exactly as a newcomer would, and checks what it prints,
 * so that the examples never rot.
 */
class ExampleProgramsTest {

  @TempDir Path dir;

  // QuickStart

  @Test
  void quickStart_noArguments_printsTheYouthClubsDecisionAndTextReport() {
    // when
    String out = run(QuickStart::main);

    // then
    SessionPlan plan = ExamplePlans.load("youth-club");
    assertThat(out)
        .isEqualTo(
            "Decision: GO\n" + SafeguardingEngine.ukDefault().report(plan, ReportFormat.TEXT))
        .contains("youth-club-2026-12-04");
  }

  @Test
  void quickStart_planPath_assessesThatPlan() throws IOException {
    // given
    Path plan = copy(ExamplePlans.open("mentoring-one-to-one"), "plan.json");

    // when
    String out = run(QuickStart::main, plan.toString());

    // then
    assertThat(out)
        .startsWith("Decision: GO_WITH_CONDITIONS\n")
        .contains(ExamplePlans.load("mentoring-one-to-one").id());
  }

  // CustomRulebook

  @Test
  void customRulebook_bundled_threeAdultsTurnTheYouthClubFromGoToDoNotRun() {
    // when
    List<String> lines = run(CustomRulebook::main).lines().toList();

    // then
    assertThat(lines)
        .containsExactly(
            "uk-default 2026.2: GO",
            "  adults required 2, counted 2",
            "three-adults-online 1.0 (based on uk-default 2026.2): DO_NOT_RUN",
            "  adults required 3, counted 2",
            "  BLOCKER SUPERVISION_SHORTFALL: the session needs 3 counted adults (adult staff"
                + " with a check) but has 2",
            "    what to do: Add 1 more checked adult, or make the group smaller",
            "    sources: NSPCC ratios, Scouts online, 000_3dddd593c964c21c.txt");
  }

  @Test
  void customRulebook_pathArgument_judgesByThatFile() throws IOException {
    // given: the bundled rulebook renamed, back at two adults
    String json =
        bundledRulebook()
            .replace("\"name\": \"three-adults-online\"", "\"name\": \"two-adults-online\"")
            .replace("\"minimumAdults\": 3", "\"minimumAdults\": 2");
    Path file = Files.writeString(dir.resolve("two-adults.json"), json);

    // when
    String out = run(CustomRulebook::main, file.toString());

    // then
    assertThat(out)
        .contains(
            "uk-default 2026.2: GO\n", "two-adults-online 1.0 (based on uk-default 2026.2): GO\n")
        .doesNotContain("SUPERVISION_SHORTFALL");
  }

  @Test
  void customRulebook_bundledFile_isALayerEqualToUkDefaultWithOnlyMinimumAdultsChanged() {
    // given: the whole rulebook the example claims the layer stands for
    Rulebook whole =
        Rulebook.builder()
            .from(Rulebook.ukDefault())
            .basedOn(Rulebook.ukDefault().id())
            .name("three-adults-online")
            .version("1.0")
            .minimumAdults(3)
            .build();

    // when
    Rulebook layer = Rulebook.read(bundledRulebook());

    // then: the example's claim holds, and the file states nothing but its change
    assertThat(layer).isEqualTo(whole);
    assertThat(bundledRulebook()).doesNotContain("ratioBands", "timeZone", "deadlines");
  }

  // CustomRule

  @Test
  void customRule_youthClub_isSilentAsPlannedAndWarnsWhenMovedLate() {
    // when
    List<String> lines = run(CustomRule::main).lines().toList();

    // then
    assertThat(lines)
        .containsExactly(
            "LATE_SESSION_FOR_CHILDREN [WARNING]: A session with a participant under the"
                + " rulebook's age (or of unknown age) ends after the rulebook's latest time, in the"
                + " rulebook's time zone.",
            "youth-club-2026-12-04: GO",
            "  LATE_SESSION_FOR_CHILDREN: no finding",
            "youth-club-late: GO_WITH_CONDITIONS",
            "  WARNING LATE_SESSION_FOR_CHILDREN: the session ends at 21:30 Europe/London, after"
                + " 21:00, and 6 participants are under 16",
            "    what to do: Finish the session by 21:00, or tell parents and carers when it ends",
            "    sources: Friday Club online policy s4 (session times)");
  }

  @Test
  void lateSessionRule_endingAt2100_isSilent_endingAt2101_warns() {
    // given: the youth club ends at 19:00; in December London is on UTC
    SessionPlan plan = ExamplePlans.load("youth-club");

    // then
    assertThat(lateFindings(withTimes(plan, "2026-12-04T20:00:00Z", 60))).isEmpty();
    assertThat(lateFindings(withTimes(plan, "2026-12-04T20:00:00Z", 61)))
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.level()).isEqualTo(FindingLevel.WARNING);
              assertThat(finding.subject()).isEmpty();
              assertThat(finding.message()).contains("ends at 21:01 Europe/London");
            });
  }

  @Test
  void lateSessionRule_judgesTheEndInTheRulebooksZone_notInUtc() {
    // given: 19:30 to 20:30 UTC in July is 20:30 to 21:30 in London (summer time)
    SessionPlan summer = withTimes(ExamplePlans.load("youth-club"), "2026-07-03T19:30:00Z", 60);

    // then
    assertThat(lateFindings(summer))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("ends at 21:30 Europe/London");
  }

  @Test
  void lateSessionRule_endingAfterMidnight_warns() {
    // given: 23:30 to 00:30, which is early by the clock but on the next day
    SessionPlan plan = withTimes(ExamplePlans.load("youth-club"), "2026-12-04T23:30:00Z", 60);

    // then
    assertThat(lateFindings(plan)).hasSize(1);
  }

  @Test
  void lateSessionRule_onlyParticipantsOf16AndOver_isSilent_oneOfUnknownAge_warns() {
    // given: the late youth club with every participant 16 or over
    SessionPlan late = withTimes(ExamplePlans.load("youth-club"), "2026-12-04T20:30:00Z", 60);
    List<Participant> older = new ArrayList<>();
    for (Participant participant : late.participants()) {
      older.add(Participant.builder().from(participant).age(16).build());
    }
    SessionPlan oldEnough = SessionPlan.builder().from(late).participants(older).build();
    SessionPlan unknownAge =
        SessionPlan.builder()
            .from(oldEnough)
            .addParticipant(Participant.builder().id("p7").registered(true).build())
            .build();

    // then
    assertThat(lateFindings(oldEnough)).isEmpty();
    assertThat(lateFindings(unknownAge))
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .endsWith("and 1 participant is under 16");
  }

  // AdmissionAtTheDoor

  @Test
  void admissionAtTheDoor_childWaitsForTheHost_thenHostAndChildAreAdmitted() {
    // when
    List<String> lines = run(AdmissionAtTheDoor::main).lines().toList();

    // then: each verdict, in order, and the reasons given under each
    assertThat(lines)
        .containsExactly(
            "in the room [s1], at the door p1: WAIT",
            "  ADMIT_AWAIT_ADULTS: p1 is vulnerable: 2 checked adults must be in the room before"
                + " they come in, and 1 is",
            "    sources: NSPCC ratios, Scouts online, 001_d742c0c78f7cd9a6.txt",
            "in the room [s1], at the door s2: ADMIT",
            "in the room [s1, s2], at the door p1: ADMIT");
  }

  // IncidentFollowUp

  @Test
  void incidentFollowUp_bundled_listsEachActionWithOwnerAndDue_mostUrgentFirst() {
    // when
    String out = run(IncidentFollowUp::main);

    // then
    assertThat(actionLines(out))
        .containsExactly(
            "2026-12-04T18:20:00Z  Fri 4 Dec 18:20  INFORM_SAFEGUARDING_LEAD, owner s2 (STAFF)",
            "2026-12-04T18:35:00Z  Fri 4 Dec 18:35  PHONE_PARTICIPANT, owner s2 (STAFF)",
            "2026-12-05T18:20:00Z  Sat 5 Dec 18:20  RECORD_INCIDENT, owner s2 (STAFF)",
            "2026-12-05T23:59:59Z  Sat 5 Dec 23:59  FOLLOW_UP_NEXT_DAY, owner s2 (STAFF)",
            "2026-12-11T18:20:00Z  Fri 11 Dec 18:20  REVIEW_RISK_REGISTER, owner SAFEGUARDING_LEAD"
                + " (ROLE)");
    assertThat(out)
        .startsWith("incident i1, Europe/London time:\n")
        .contains("    Leave the session and phone p3's parent or carer (and p3 with them): ");
  }

  @Test
  void incidentFollowUp_pathArgument_respondsToThatIncident() throws IOException {
    // given: a disclosure with a life at risk, the participant not removed
    Path incident =
        Files.writeString(
            dir.resolve("incident.json"),
            "{\"id\": \"i2\", \"participant\": \"p5\", \"kind\": \"DISCLOSURE\","
                + " \"riskToLife\": true, \"occurredAt\": \"2026-12-04T18:40:00Z\","
                + " \"handledBy\": \"s1\"}");

    // when
    String out = run(IncidentFollowUp::main, incident.toString());

    // then
    assertThat(actionLines(out))
        .extracting(line -> line.split("  ")[2].split(",")[0])
        .startsWith("EMERGENCY_SERVICES", "INFORM_SAFEGUARDING_LEAD")
        .contains("CONTACT_AFTER_SESSION", "LOCAL_AUTHORITY_REFERRAL")
        .doesNotContain("PHONE_PARTICIPANT");
    assertThat(out).startsWith("incident i2, ");
  }

  @Test
  void incidentFollowUp_incidentNamingPeopleNotOnThePlan_printsTheActionsAndANoteForEach()
      throws IOException {
    // given: cover staff c1, not on the plan, removed a sibling, x1, who walked into the camera
    Path incident =
        Files.writeString(
            dir.resolve("incident.json"),
            "{\"id\": \"i3\", \"participant\": \"x1\", \"kind\": \"INAPPROPRIATE_BEHAVIOUR\","
                + " \"removed\": true, \"occurredAt\": \"2026-12-04T18:40:00Z\","
                + " \"handledBy\": \"c1\"}");

    // when
    String out = run(IncidentFollowUp::main, incident.toString());

    // then
    assertThat(actionLines(out))
        .extracting(line -> line.split("  ")[2])
        .startsWith("INFORM_SAFEGUARDING_LEAD, owner c1 (NOT_ON_PLAN)")
        .contains(
            "PHONE_PARTICIPANT, owner SAFEGUARDING_LEAD (ROLE)",
            "FOLLOW_UP_NEXT_DAY, owner SAFEGUARDING_LEAD (ROLE)");
    assertThat(out.lines().filter(line -> line.startsWith("note: ")))
        .containsExactly(
            "note: x1 is not one of the plan's participants: they are judged as a child of unknown"
                + " age",
            "note: c1 is not on the plan's staff: they keep the immediate actions, and the later"
                + " ones go to the safeguarding lead");
  }

  // Helpers

  /** A program's {@code main}. */
  @FunctionalInterface
  private interface Program {
    void main(String[] args) throws Exception;
  }

  /** Runs a program's main and returns what it printed; the tests of this module run serially. */
  private static String run(Program program, String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      program.main(args);
    } catch (Exception e) {
      throw new AssertionError("the example threw", e);
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  /** The lines that start with an action's due instant. */
  private static List<String> actionLines(String out) {
    return out.lines().filter(line -> line.matches("\\d{4}-\\d\\d-\\d\\dT.*")).toList();
  }

  private Path copy(InputStream json, String name) throws IOException {
    try (json) {
      Path file = dir.resolve(name);
      Files.write(file, json.readAllBytes());
      return file;
    }
  }

  private static String bundledRulebook() {
    try (InputStream in = CustomRulebook.class.getResourceAsStream(CustomRulebook.BUNDLED)) {
      assertThat(in).as(CustomRulebook.BUNDLED).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static SessionPlan withTimes(SessionPlan plan, String start, int minutes) {
    return SessionPlan.builder()
        .from(plan)
        .start(Instant.parse(start))
        .durationMinutes(minutes)
        .build();
  }

  private static List<Finding> lateFindings(SessionPlan plan) {
    SafeguardingEngine engine =
        SafeguardingEngine.builder()
            .rulebook(CustomRule.rulebook())
            .addRule(CustomRule.LATE_SESSION_FOR_CHILDREN)
            .build();
    return engine.assess(plan).findings().stream()
        .filter(finding -> finding.rule().equals("LATE_SESSION_FOR_CHILDREN"))
        .toList();
  }
}
