package org.safeguarding.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.rules.AdmissionRule;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;

/**
 * Pins the admission and response reports of the bundled examples, in every format, by golden files
 * under {@code src/test/resources/org/safeguarding/examples/door/}, so that a change to their words
 * shows as a reviewable diff. After a deliberate change, rewrite them with {@code
 * -Dsafeguarding.updateGolden=true} and review the diff.
 *
 * <p>The cases cover every verdict, every owner type, due times today, tomorrow and on later days,
 * and an incident in the night the clocks go back in Europe/London, when a local time such as 01:30
 * happens twice.
 */
class DoorReportGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/org/safeguarding/examples/door");

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  private static final Map<ReportFormat, String> EXTENSIONS =
      Map.of(ReportFormat.TEXT, "txt", ReportFormat.MARKDOWN, "md", ReportFormat.HTML, "html");

  /** An admission case: the plan, the room, the person. */
  record Door(SessionPlan plan, RoomState room, String person) {
    Admission admission() {
      return ENGINE.admit(plan, room, person);
    }
  }

  /** A response case: the plan and the incident. */
  record After(SessionPlan plan, Incident incident) {
    ResponsePlan response() {
      return ENGINE.respond(plan, incident);
    }
  }

  static Map<String, Door> admissions() {
    SessionPlan youthClub = ExamplePlans.load("youth-club");
    Map<String, Door> cases = new LinkedHashMap<>();
    cases.put(
        "admit-youth-club-p1-wait",
        new Door(youthClub, RoomState.builder().addPresent("s1").build(), "p1"));
    cases.put(
        "admit-youth-club-p1-admit",
        new Door(youthClub, RoomState.builder().addPresent("s1", "s2").build(), "p1"));
    cases.put(
        "admit-youth-club-p3-refuse",
        new Door(
            youthClub, RoomState.builder().addPresent("s1", "s2").addRemoved("p3").build(), "p3"));
    cases.put(
        "admit-broadcast-class-stranger",
        new Door(ExamplePlans.load("broadcast-class"), RoomState.builder().build(), "viewer-99"));
    return cases;
  }

  static Map<String, After> responses() {
    SessionPlan youthClub = ExamplePlans.load("youth-club");
    Map<String, After> cases = new LinkedHashMap<>();
    cases.put("respond-youth-club-distress", new After(youthClub, bundledIncident()));
    cases.put(
        "respond-youth-club-disclosure-cover-staff",
        new After(
            youthClub,
            Incident.builder()
                .id("i2")
                .participant("p4")
                .kind(IncidentKind.DISCLOSURE)
                .removed(false)
                .occurredAt(Instant.parse("2026-12-04T18:40:00Z"))
                .handledBy("cover-7")
                .build()));
    // The youth club moved to the night the clocks go back (25 October 2026, 02:00 BST becomes
    // 01:00 GMT): a hijack at 00:40 BST on Sunday, with the lead unavailable.
    SessionPlan clockChange =
        SessionPlan.builder()
            .from(youthClub)
            .id("youth-club-late-2026-10-24")
            .start(Instant.parse("2026-10-24T22:00:00Z"))
            .durationMinutes(120)
            .safeguardingLeadAvailable(false)
            .build();
    cases.put(
        "respond-clock-change-hijack",
        new After(
            clockChange,
            Incident.builder()
                .id("i3")
                .kind(IncidentKind.HIJACK)
                .removed(false)
                .occurredAt(Instant.parse("2026-10-24T23:40:00Z"))
                .handledBy("s2")
                .build()));
    return cases;
  }

  static Incident bundledIncident() {
    try (InputStream json =
        DoorReportGoldenTest.class.getResourceAsStream(
            "/org/safeguarding/examples/incidents/youth-club-distress.json")) {
      assertThat(json).isNotNull();
      return SafeguardingJson.INCIDENT.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> reports() {
    List<Arguments> reports = new ArrayList<>();
    for (Map.Entry<String, Door> door : admissions().entrySet()) {
      Door d = door.getValue();
      for (ReportFormat format : EXTENSIONS.keySet().stream().sorted().toList()) {
        reports.add(
            Arguments.of(
                door.getKey() + "." + EXTENSIONS.get(format),
                ENGINE.report(d.plan(), d.room(), d.admission(), format)));
      }
    }
    for (Map.Entry<String, After> after : responses().entrySet()) {
      After a = after.getValue();
      for (ReportFormat format : EXTENSIONS.keySet().stream().sorted().toList()) {
        reports.add(
            Arguments.of(
                after.getKey() + "." + EXTENSIONS.get(format),
                ENGINE.report(a.plan(), a.incident(), a.response(), format)));
      }
    }
    return reports.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void report_ofExample_matchesItsGoldenFile(String file, String report) throws IOException {
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("safeguarding.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, report, StandardCharsets.UTF_8);
    }
    assertThat(golden)
        .as("%s is missing; write it with -Dsafeguarding.updateGolden=true", golden)
        .exists();
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    String hint =
        file + "; if the report changed on purpose, rerun with -Dsafeguarding.updateGolden=true";
    assertThat(report.split("\n", -1)).as(hint).containsExactly(expected.split("\n", -1));
  }

  @Test
  void cases_coverEveryVerdictOwnerTypeAndDayOfDue() {
    assertThat(admissions().values())
        .extracting(door -> door.admission().verdict())
        .contains(Verdict.values());
    assertThat(responses().values())
        .flatExtracting(after -> after.response().actions())
        .extracting(action -> action.ownerType())
        .contains(OwnerType.values());
    String text =
        responses().values().stream()
            .map(a -> ENGINE.report(a.plan(), a.incident(), a.response(), ReportFormat.TEXT))
            .reduce("", String::concat);
    assertThat(text)
        .contains(
            "by 18:35 today",
            "by 23:59 tomorrow, Saturday 5 December",
            "by 18:20 on Friday 11 December",
            "by 01:00 (UTC+01:00) today");
  }

  @Test
  void json_isExactlyTheContractDocument() {
    for (Door door : admissions().values()) {
      Admission admission = door.admission();
      assertThat(ENGINE.report(door.plan(), door.room(), admission, ReportFormat.JSON))
          .isEqualTo(SafeguardingJson.ADMISSION.write(admission));
    }
    for (After after : responses().values()) {
      ResponsePlan response = after.response();
      assertThat(ENGINE.report(after.plan(), after.incident(), response, ReportFormat.JSON))
          .isEqualTo(SafeguardingJson.RESPONSE_PLAN.write(response));
    }
  }

  /** What people read: each report without its small print, where codes may appear. */
  static Stream<Arguments> readable() {
    return reports()
        .map(
            arguments -> {
              String file = (String) arguments.get()[0];
              String report = (String) arguments.get()[1];
              String read;
              if (file.endsWith(".html")) {
                read =
                    report
                        .replaceAll("<small class=\"code\">[^<]*</small>", "")
                        .replaceAll("(?s)<style>.*</style>", "")
                        .replaceAll("<[^>]*>", " ");
              } else if (file.endsWith(".md")) {
                read = report.replaceAll("<sub>[^<]*</sub>", "");
              } else {
                read = report.replaceAll("(?m)^ *\\[code [^\\]]*\\]$", "");
              }
              return Arguments.of(file, read);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void humanLines_showNoConstantOrCode_outsideTheSmallPrint(String file, String read) {
    List<String> constants = new ArrayList<>();
    for (Enum<?> value : Verdict.values()) {
      constants.add(value.name());
    }
    for (Enum<?> value : OwnerType.values()) {
      constants.add(value.name());
    }
    for (Enum<?> value : ResponseAction.values()) {
      constants.add(value.name());
    }
    for (Enum<?> value : IncidentKind.values()) {
      constants.add(value.name());
    }
    for (Enum<?> value : StaffRole.values()) {
      constants.add(value.name());
    }
    for (AdmissionRule rule : ENGINE.admissionRules()) {
      constants.add(rule.code());
    }
    ENGINE.rules().forEach(rule -> constants.add(rule.code()));
    for (String constant : constants) {
      Matcher found = Pattern.compile("\\b" + Pattern.quote(constant) + "\\b").matcher(read);
      assertThat(found.find()).as("%s shows %s outside the small print", file, constant).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void textReports_fitIn100Columns(String file, String report) {
    if (file.endsWith(".txt")) {
      assertThat(report.split("\n"))
          .allSatisfy(
              line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(100));
    }
  }
}
