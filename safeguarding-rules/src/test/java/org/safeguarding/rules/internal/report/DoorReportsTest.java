package org.safeguarding.rules.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeguarding.rules.internal.report.ReportFixtures.HOSTILE_ID;
import static org.safeguarding.rules.testing.SafePlans.child;
import static org.safeguarding.rules.testing.SafePlans.staff;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;
import org.safeguarding.rules.testing.SafePlans;

/**
 * The admission and response reports: hostile text from the plan (markup, quotes, a bidirectional
 * override, CR and LF) is escaped in every format, and the engine refuses to write an answer that
 * is not its own for the inputs given.
 */
class DoorReportsTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  /** A service name with markup, quotes, a right-to-left override, CR and LF. */
  private static final String HOSTILE_NAME =
      "<b>Club</b> \"q\" 'a' \u202Eevil\u202C red\r\nforged line | ](javascript:x)";

  /** A staff id and a participant id with markup and quotes (ids may not hold controls). */
  private static final String STAFF_ID = "s<i>\"'&";

  private static final String CHILD_ID = HOSTILE_ID;

  /** A handler not on the plan, with markup. */
  private static final String COVER_ID = "<img src=x onerror=alert(1)>";

  private static SessionPlan hostilePlan() {
    return SafePlans.childrensGroup()
        .service(SafePlans.service(Jurisdiction.ENGLAND).name(HOSTILE_NAME).build())
        .staff(
            List.of(staff("s1", StaffRole.LEAD).build(), staff(STAFF_ID, StaffRole.HOST).build()))
        .participants(List.of(child(CHILD_ID, 10).build(), child("p2", 11).build()))
        .build();
  }

  private static RoomState leadOnly() {
    return RoomState.builder().addPresent("s1").build();
  }

  private static Incident incident(String handler) {
    return Incident.builder()
        .id("i<1>")
        .participant(CHILD_ID)
        .kind(IncidentKind.DISCLOSURE)
        .removed(true)
        .occurredAt(Instant.parse("2026-12-04T18:20:00Z"))
        .handledBy(handler)
        .build();
  }

  private static List<String> reports(ReportFormat format) {
    SessionPlan plan = hostilePlan();
    Admission admission = ENGINE.admit(plan, leadOnly(), CHILD_ID);
    Incident byStaff = incident(STAFF_ID);
    Incident byCover = incident(COVER_ID);
    return List.of(
        ENGINE.report(plan, leadOnly(), admission, format),
        ENGINE.report(plan, byStaff, ENGINE.respond(plan, byStaff), format),
        ENGINE.report(plan, byCover, ENGINE.respond(plan, byCover), format));
  }

  @Test
  void admission_showsWhatTheAssessmentHoldsOpenAboutThePerson_andTheSessionsDecision() {
    // p1 has not registered: a warning about p1 that the door itself does not judge.
    SessionPlan plan =
        SafePlans.childrensGroup()
            .participants(
                List.of(child("p1", 10).registered(false).build(), child("p2", 11).build()))
            .build();
    RoomState room = RoomState.builder().addPresent("s1", "s2").build();
    Assessment assessment = ENGINE.assess(plan);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
    assertThat(assessment.findings())
        .anySatisfy(
            finding -> {
              assertThat(finding.rule()).isEqualTo("REGISTRATION_MISSING");
              assertThat(finding.subject()).contains("p1");
            });

    for (ReportFormat format :
        List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
      String report = ENGINE.report(plan, room, ENGINE.admit(plan, room, "p1"), format);
      assertThat(report)
          .as("%s", format)
          .contains("What the session")
          .contains("holds open about p1")
          .contains("Have p1 register before they are given the joining details")
          .contains("Let p1 in once you have checked what the session")
          .contains("may run only once its warnings are dealt with");
      // p2 has nothing open: the section is left out, but the session's decision is still said.
      String other = ENGINE.report(plan, room, ENGINE.admit(plan, room, "p2"), format);
      assertThat(other)
          .as("%s", format)
          .doesNotContain("holds open about")
          .contains("Let p2 in now.")
          .contains("may run only once its warnings are dealt with");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN", "HTML"})
  void hostileText_isEscapedInEveryFormat(ReportFormat format) {
    for (String report : reports(format)) {
      assertThat(report)
          .doesNotContain("\u202E", "\u202C", "\r", "\u001b")
          .contains("\\u202e", "\\u000d\\u000a")
          .endsWith("\n");
      // The line break in the name does not start a line of the report.
      assertThat(report.lines()).noneMatch(line -> line.startsWith("forged line"));
      if (format != ReportFormat.TEXT) {
        assertThat(report).doesNotContain("<b>", "<i>", "<script", "<img").contains("&lt;b&gt;");
      }
      if (format == ReportFormat.MARKDOWN) {
        assertThat(report).doesNotContain("](javascript:").contains("\\](javascript\\:x)");
      }
    }
  }

  @Test
  void text_keepsIdsAsGiven_andFitsIn100Columns() {
    for (String report : reports(ReportFormat.TEXT)) {
      assertThat(report.lines()).allMatch(line -> line.codePointCount(0, line.length()) <= 100);
    }
    assertThat(reports(ReportFormat.TEXT).get(1)).contains(STAFF_ID + " (Host)");
    assertThat(String.join("", reports(ReportFormat.TEXT)).replace("\n", " "))
        .contains(COVER_ID + ": someone not on the plan");
  }

  @Test
  void html_dataAddsNoElementOrAttribute() {
    Pattern tag = Pattern.compile("<(/?)([a-zA-Z0-9]+)([^>]*)>");
    List<String> allowed =
        List.of(
            "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "section", "p",
            "dl", "dt", "dd", "ol", "ul", "li", "strong", "small");
    for (String report : reports(ReportFormat.HTML)) {
      Matcher tags = tag.matcher(report);
      while (tags.find()) {
        assertThat(allowed).as("element <%s>", tags.group(2)).contains(tags.group(2));
        assertThat(tags.group(3)).doesNotContain("onerror", "src=", "href=");
      }
      assertThat(report)
          .contains(
              "<meta http-equiv=\"Content-Security-Policy\" content=\""
                  + DoorPage.CONTENT_SECURITY_POLICY
                  + "\">")
          .contains("@page { size: A4");
    }
  }

  @Test
  void markdown_dataNeverStartsABlock() {
    assertThat(DoorPage.lineStart("- x")).isEqualTo("\\- x");
    assertThat(DoorPage.lineStart("12. x")).isEqualTo("12\\. x");
    assertThat(DoorPage.lineStart("1) x")).isEqualTo("1\\) x");
    assertThat(DoorPage.lineStart("    code")).startsWith("&#32;");
    assertThat(DoorPage.lineStart("p1 is")).isEqualTo("p1 is");
  }

  @Test
  void admission_ofAnotherPersonRoomOrPlan_isRefused() {
    SessionPlan plan = SafePlans.childrensGroup().build();
    Admission waits = ENGINE.admit(plan, leadOnly(), "p1");
    assertThat(waits.verdict()).isEqualTo(Verdict.WAIT);
    RoomState both = RoomState.builder().addPresent("s1", "s2").build();

    assertThatThrownBy(() -> ENGINE.report(plan, both, waits, ReportFormat.TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not this engine's admission");
    Admission forged = Admission.builder().person("p1").verdict(Verdict.ADMIT).build();
    assertThatThrownBy(() -> ENGINE.report(plan, leadOnly(), forged, ReportFormat.HTML))
        .isInstanceOf(IllegalArgumentException.class);
    SessionPlan other = SafePlans.childrensGroup().safeguardingLeadAvailable(false).build();
    assertThatThrownBy(() -> ENGINE.report(other, leadOnly(), waits, ReportFormat.JSON))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ENGINE.report(plan, leadOnly(), waits, ReportFormat.TEXT)).contains("Keep waiting");
  }

  @Test
  void response_toAnotherIncidentOrPlan_isRefused() {
    SessionPlan plan = SafePlans.childrensGroup().build();
    Incident incident =
        Incident.builder()
            .id("i1")
            .participant("p1")
            .kind(IncidentKind.DISTRESS)
            .removed(true)
            .occurredAt(Instant.parse("2026-12-04T18:20:00Z"))
            .handledBy("s2")
            .build();
    ResponsePlan response = ENGINE.respond(plan, incident);
    Incident later =
        Incident.builder().from(incident).occurredAt(Instant.parse("2026-12-04T18:50:00Z")).build();

    assertThatThrownBy(() -> ENGINE.report(plan, later, response, ReportFormat.TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not this engine's response");
    SessionPlan other =
        SafePlans.childrensGroup()
            .staff(
                List.of(
                    staff("s1", StaffRole.LEAD).build(),
                    staff("s2", StaffRole.HOST, StaffRole.SAFEGUARDING_LEAD).build()))
            .build();
    assertThatThrownBy(() -> ENGINE.report(other, incident, response, ReportFormat.MARKDOWN))
        .isInstanceOf(IllegalArgumentException.class);
    ResponsePlan trimmed =
        ResponsePlan.builder().from(response).actions(response.actions().subList(0, 1)).build();
    assertThatThrownBy(() -> ENGINE.report(plan, incident, trimmed, ReportFormat.HTML))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ENGINE.report(plan, incident, response, ReportFormat.TEXT))
        .contains("by 18:20 today");
  }
}
