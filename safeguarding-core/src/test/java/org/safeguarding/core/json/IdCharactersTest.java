package org.safeguarding.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.safeguarding.core.json.RejectedJson.invalid;
import static org.safeguarding.core.json.RejectedJson.problems;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.core.testing.Plans;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every id in every document passes one check, whether the document is built in Java or read from
 * JSON: an id is refused when it is blank (spaces of any kind and nothing else) or holds a
 * character that is invisible, reorders the text around it or breaks a line, and the problem names
 * the id's path without repeating it. An id with a space inside stays valid.
 */
class IdCharactersTest {

  private static final String BLANK = "must not be blank";
  private static final String CONTROL =
      "must not contain control characters or unpaired surrogates";
  private static final String FORMAT =
      "must not contain format characters (zero-width, bidirectional or invisible)";
  private static final String SEPARATOR = "must not contain line or paragraph separators";

  /** A valid id that stands where the id under test goes, so that JSON can be written. */
  private static final String MARKER = "id-under-test";

  private static final Instant AT = Instant.parse("2026-12-04T18:20:00Z");

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusals")
  void build_idWithACharacterAnIdMustNotHold_isRefusedAtItsPath(
      Site site, Case refused, String expected) {
    InvalidPlanException e =
        catchThrowableOfType(InvalidPlanException.class, () -> site.build.apply(refused.id));

    assertThat(problems(e)).containsExactly(site.path + ": " + expected);
    assertThat(e.subject().name()).isEqualTo(site.subject);
    assertThat(e.getMessage()).doesNotContain(refused.id);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("refusals")
  void read_idWithACharacterAnIdMustNotHold_isRefusedAtItsPath(
      Site site, Case refused, String expected) {
    String json = site.json(refused.id);

    InvalidPlanException e = invalid(site.subject, json, site.read);

    assertThat(problems(e)).containsExactly(site.path + ": " + expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void buildAndRead_idWithASpaceInside_isAccepted(Site site) {
    Object built = site.build.apply("p 1");

    assertThat(site.read.apply(site.json("p 1"))).isEqualTo(built);
    assertThat(site.write.apply(built)).contains("\"p 1\"");
  }

  static Stream<Site> sites() {
    return Stream.of(
        new Site(
            "plan id",
            "session plan",
            "$.id",
            id -> Plans.childrensGroup().id(id).build(),
            SafeguardingJson.PLAN::read),
        new Site(
            "staff id",
            "session plan",
            "$.staff[1].id",
            id ->
                Plans.childrensGroup()
                    .staff(
                        List.of(Plans.staff("s1", StaffRole.LEAD), Plans.staff(id, StaffRole.HOST)))
                    .build(),
            SafeguardingJson.PLAN::read),
        new Site(
            "participant id",
            "session plan",
            "$.participants[0].id",
            id ->
                Plans.childrensGroup()
                    .participants(List.of(Plans.child(id, 10), Plans.child("p2", 11)))
                    .build(),
            SafeguardingJson.PLAN::read),
        new Site(
            "risk id",
            "session plan",
            "$.risks[0].id",
            id ->
                Plans.childrensGroup()
                    .addRisk(
                        RiskEntry.builder()
                            .id(id)
                            .hazard(Hazard.SESSION_HIJACK)
                            .area(RiskArea.ENVIRONMENT)
                            .likelihood(2)
                            .severity(4)
                            .build())
                    .build(),
            SafeguardingJson.PLAN::read),
        new Site(
            "present in the room",
            "room",
            "$.present[1]",
            id -> RoomState.builder().addPresent("s1", id).addRemoved("p3").build(),
            SafeguardingJson.ROOM::read),
        new Site(
            "removed from the room",
            "room",
            "$.removed[0]",
            id -> RoomState.builder().addPresent("s1").addRemoved(id).build(),
            SafeguardingJson.ROOM::read),
        new Site(
            "incident id",
            "incident",
            "$.id",
            id -> incident(id, "p1", "s2"),
            SafeguardingJson.INCIDENT::read),
        new Site(
            "incident participant",
            "incident",
            "$.participant",
            id -> incident("i1", id, "s2"),
            SafeguardingJson.INCIDENT::read),
        new Site(
            "incident handler",
            "incident",
            "$.handledBy",
            id -> incident("i1", "p1", id),
            SafeguardingJson.INCIDENT::read),
        new Site(
            "admission person",
            "admission",
            "$.person",
            id -> Admission.builder().person(id).verdict(Verdict.ADMIT).build(),
            SafeguardingJson.ADMISSION::read),
        new Site(
            "admission reason rule",
            "admission",
            "$.reasons[0].rule",
            id ->
                Admission.builder()
                    .person("p1")
                    .verdict(Verdict.WAIT)
                    .addReason(
                        AdmissionReason.builder()
                            .rule(id)
                            .message("Wait for two adults.")
                            .addSource("nspcc")
                            .build())
                    .build(),
            SafeguardingJson.ADMISSION::read),
        new Site(
            "response plan incident",
            "response plan",
            "$.incident",
            id -> response(id, "s2"),
            SafeguardingJson.RESPONSE_PLAN::read),
        new Site(
            "response plan owner",
            "response plan",
            "$.actions[0].owner",
            id -> response("i1", id),
            SafeguardingJson.RESPONSE_PLAN::read));
  }

  static Stream<Arguments> refusals() {
    List<Case> cases =
        List.of(
            new Case("three spaces", "   ", BLANK),
            new Case("no-break spaces", "\u00A0\u00A0", BLANK),
            new Case("figure and narrow no-break spaces", "\u2007\u202F", BLANK),
            new Case("spaces around a line separator", " \u2028 ", BLANK),
            new Case("zero-width space inside", "p\u200B1", FORMAT),
            new Case("zero-width space alone", "\u200B", FORMAT),
            new Case("right-to-left override", "\u202Ep1", FORMAT),
            new Case("right-to-left override inside", "p1\u202Egpj.exe", FORMAT),
            new Case("first-strong isolate", "p\u20681", FORMAT),
            new Case("left-to-right mark", "p1\u200E", FORMAT),
            new Case("byte-order mark first", "\uFEFFp1", FORMAT),
            new Case("word joiner", "p\u20601", FORMAT),
            new Case("soft hyphen", "p\u00AD1", FORMAT),
            new Case("Mongolian vowel separator", "p\u180E1", FORMAT),
            new Case("tag character beyond the BMP", "p1\uDB40\uDC01", FORMAT),
            new Case("line separator inside", "p\u20281", SEPARATOR),
            new Case("paragraph separator at the end", "p1\u2029", SEPARATOR),
            new Case("next-line control", "p\u00851", CONTROL),
            new Case("C1 control", "p\u009B1", CONTROL));
    List<Arguments> all = new ArrayList<>();
    sites().forEach(site -> cases.forEach(c -> all.add(Arguments.of(site, c, c.expected))));
    return all.stream();
  }

  private static Incident incident(String id, String participant, String handledBy) {
    return Incident.builder()
        .id(id)
        .participant(participant)
        .kind(IncidentKind.DISTRESS)
        .removed(true)
        .occurredAt(AT)
        .handledBy(handledBy)
        .build();
  }

  private static ResponsePlan response(String incident, String owner) {
    return ResponsePlan.builder()
        .incident(incident)
        .addAction(
            PlannedAction.builder()
                .action(ResponseAction.PHONE_PARTICIPANT)
                .owner(owner)
                .ownerType(OwnerType.STAFF)
                .due(AT.plusSeconds(900))
                .message("Phone p1.")
                .addSource("nspcc")
                .build())
        .build();
  }

  /** Where an id stands in a document, and how to build and read a document with it there. */
  static final class Site {
    final String name;
    final String subject;
    final String path;
    final Function<String, Object> build;
    final Function<String, Object> read;
    final Function<Object, String> write;

    Site(
        String name,
        String subject,
        String path,
        Function<String, Object> build,
        Function<String, Object> read) {
      this.name = name;
      this.subject = subject;
      this.path = path;
      this.build = build;
      this.read = read;
      this.write = Site::write;
    }

    /** The document's JSON with {@code id} at this site: written with a marker, then swapped. */
    String json(String id) {
      String written = write.apply(build.apply(MARKER));
      String quoted = "\"" + MARKER + "\"";
      assertThat(written.indexOf(quoted))
          .as("the marker appears once")
          .isNotNegative()
          .isEqualTo(written.lastIndexOf(quoted));
      return written.replace(quoted, MAPPER.writeValueAsString(id));
    }

    private static String write(Object document) {
      if (document instanceof SessionPlan) {
        return SafeguardingJson.PLAN.write((SessionPlan) document);
      } else if (document instanceof RoomState) {
        return SafeguardingJson.ROOM.write((RoomState) document);
      } else if (document instanceof Incident) {
        return SafeguardingJson.INCIDENT.write((Incident) document);
      } else if (document instanceof Admission) {
        return SafeguardingJson.ADMISSION.write((Admission) document);
      }
      return SafeguardingJson.RESPONSE_PLAN.write((ResponsePlan) document);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** An id and what the check must say about it. */
  static final class Case {
    final String name;
    final String id;
    final String expected;

    Case(String name, String id, String expected) {
      this.name = name;
      this.id = id;
      this.expected = expected;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
