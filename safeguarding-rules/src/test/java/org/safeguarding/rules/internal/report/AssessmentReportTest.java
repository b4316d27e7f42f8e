package org.safeguarding.rules.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RatingBasis;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.Check;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Need;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.PlatformFamily;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.risk.Likelihood;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.Severity;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.report.ReportFormat;

/**
 * The assessment report as people read it: plain words, the session first, a checklist, sources by
 * title, and every piece of plan text escaped in every format.
 */
class AssessmentReportTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  private static final Instant MADE_AT = Instant.parse("2026-06-01T08:05:00Z");

  /** Hostile free text: markup, quotes, Markdown, a bidi override, CR and LF. */
  private static final String HOSTILE =
      "<script>alert(1)</script> \"q\" 'a' &amp; | * `c` ](javascript:x) # h"
          + " \u202eevil\u202c\r\n- forged line";

  /** A hostile id: ids may hold no control or format characters, but may hold markup. */
  private static final String HOSTILE_ID = "<b>p\"'&|*`</b>";

  /** Words that are labels as well as constants' names. */
  private static final Set<String> ACRONYMS = Set.of("DBS", "PVG");

  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

  private static String report(ReportFormat format, SessionPlan plan) {
    return ENGINE.report(plan, ENGINE.assess(plan), format, MADE_AT);
  }

  static Stream<Arguments> reports() {
    List<Arguments> reports = new ArrayList<>();
    Map<String, SessionPlan> plans = ReportFixtures.goldenPlans();
    for (Map.Entry<String, SessionPlan> plan : plans.entrySet()) {
      for (ReportFormat format :
          List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN, ReportFormat.HTML)) {
        reports.add(Arguments.of(plan.getKey(), format, plan.getValue()));
      }
    }
    return reports.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reports")
  void humanFacingLines_showNoRawConstantOrCode(
      String name, ReportFormat format, SessionPlan plan) {
    Assessment assessment = ENGINE.assess(plan);
    String people = withoutSmallPrint(format, ENGINE.report(plan, assessment, format, MADE_AT));
    // A finding's message and action are written by its rule, and worded elsewhere.
    for (Finding finding : assessment.findings()) {
      people = people.replace(escape(format, finding.message()), "");
      people = people.replace(escape(format, finding.action()), "");
    }

    Set<String> forbidden = forbiddenWords();
    List<String> found = new ArrayList<>();
    Matcher matcher = CONSTANT.matcher(people);
    while (matcher.find()) {
      if (forbidden.contains(matcher.group()) && !ACRONYMS.contains(matcher.group())) {
        found.add(matcher.group());
      }
    }
    assertThat(found).as("raw constants or codes in the %s report of %s", format, name).isEmpty();
  }

  /**
   * The report without its small print: in text, whatever is in square brackets; in Markdown, the
   * {@code <sub>} elements; in HTML, the elements of class {@code code}, then the style sheet and
   * every tag with its attributes (which people do not read).
   */
  static String withoutSmallPrint(ReportFormat format, String report) {
    return switch (format) {
      case TEXT -> report.replaceAll("\\[[^\\]\\n]*\\]", "");
      case MARKDOWN -> report.replaceAll("<sub>[^<]*</sub>", "");
      case HTML ->
          report
              .replaceAll("(?s)<head>.*</head>", "")
              .replaceAll("<span class=\"code\">[^<]*</span>", "")
              .replaceAll("(?s)<[^>]*>", " ");
      case JSON -> report;
    };
  }

  private static String escape(ReportFormat format, String data) {
    return switch (format) {
      case TEXT -> TextEscaper.escape(data);
      case MARKDOWN -> MarkdownEscaper.escape(data);
      case HTML -> HtmlEscaper.escape(data);
      case JSON -> data;
    };
  }

  private static Set<String> forbiddenWords() {
    Set<String> words = new HashSet<>();
    for (Class<? extends Enum<?>> type :
        List.<Class<? extends Enum<?>>>of(
            Decision.class,
            FindingLevel.class,
            RiskBand.class,
            Likelihood.class,
            Severity.class,
            RiskOrigin.class,
            RatingBasis.class,
            RiskArea.class,
            Hazard.class,
            ConsentStatus.class,
            ConsentGiver.class,
            ConsentVerification.class,
            ConsentScope.class,
            Capacity.class,
            Need.class,
            Location.class,
            StaffRole.class,
            org.safeguarding.core.plan.CheckScheme.class,
            CheckLevel.class,
            Jurisdiction.class,
            Frequency.class,
            Policy.class,
            SessionFormat.class,
            Interaction.class,
            Recording.class,
            ChatMode.class,
            AccountType.class,
            PlatformFamily.class,
            PlatformControl.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        words.add(constant.name());
      }
    }
    for (RuleDescription rule : ENGINE.rules()) {
      words.add(rule.code());
    }
    return words;
  }

  @Test
  void everyBuiltInRule_citesOnlySourcesWithATitle() {
    List<String> untitled = new ArrayList<>();
    for (RuleDescription rule : ENGINE.rules()) {
      for (String source : rule.sources()) {
        if (!Reports.hasTitle(source)) {
          untitled.add(rule.code() + ": " + source);
        }
      }
    }
    assertThat(untitled).as("add source.NAME to reports_en.properties").isEmpty();
  }

  @Test
  void sources_areNumberedInOrderOfFirstUseAndListedOnceByTitle() {
    String text = report(ReportFormat.TEXT, ReportFixtures.fridayClub());
    String sources = text.substring(text.indexOf("\nSources\n"));

    assertThat(sources).contains("  1. ").doesNotContain(".txt");
    assertThat(text).doesNotContain("Sources: 001_");
    long listed = sources.lines().filter(line -> line.matches("  \\d+\\. .*")).count();
    Set<String> distinct = new HashSet<>();
    ENGINE
        .assess(ReportFixtures.fridayClub())
        .findings()
        .forEach(f -> distinct.addAll(f.sources()));
    assertThat(listed).isEqualTo(distinct.size());
  }

  @Test
  void goReport_saysNothingStandsInTheWayAndLeavesOutEmptySections() {
    SessionPlan plan = ReportFixtures.goldenPlans().get("safe-group");
    assertThat(ENGINE.assess(plan).decision()).isEqualTo(Decision.GO);

    String text = report(ReportFormat.TEXT, plan);

    assertThat(text)
        .contains("Go: the session may run")
        .contains("Nothing stands in the way: there is nothing to do before the session.")
        .doesNotContain("What the assessment found")
        .doesNotContain("\nSources\n");
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN", "HTML"})
  void everyReport_opensWithTheSessionAndEndsWithTheFooter(ReportFormat format) {
    SessionPlan plan = ReportFixtures.youthClub();

    String report = report(format, plan);
    String without = ENGINE.report(plan, ENGINE.assess(plan), format);

    assertThat(report.indexOf(plan.service().name()))
        .isLessThan(report.indexOf("The session"))
        .isNotNegative();
    assertThat(report)
        .contains("Friday 4 December 2026, 18:00 to 19:00 GMT (Europe/London time)")
        .contains("Report made Monday 1 June 2026 at 09:05 BST.")
        .contains("Rulebook: uk-default, version ")
        .contains("Guidance, not legal advice")
        .contains("Reviewed by ____");
    assertThat(without).doesNotContain("Report made").contains("Guidance, not legal advice");
  }

  @Test
  void supervision_showsHowTheNumberOfAdultsIsWorkedOut_soALeadCanCheckIt() {
    SessionPlan base = ReportFixtures.youthClub();
    List<Participant> participants = new ArrayList<>(base.participants());
    for (int i = 1; i <= 3; i++) {
      participants.add(
          Participant.builder()
              .from(base.participants().get(0))
              .id("u" + i)
              .age(OptionalInt.empty())
              .build());
    }
    SessionPlan plan = SessionPlan.builder().from(base).participants(participants).build();
    Assessment assessment = ENGINE.assess(plan);

    String text = flat(report(ReportFormat.TEXT, plan));

    // The terms shown add up to the number the assessment holds.
    Matcher terms = Pattern.compile("1 adult to \\d+: (\\d+)").matcher(text);
    int sum = 0;
    while (terms.find()) {
      sum += Integer.parseInt(terms.group(1));
    }
    assertThat(Math.max(2, sum)).isEqualTo(assessment.supervision().orElseThrow().requiredAdults());
    assertThat(text)
        .contains("How the number is worked out: ")
        .contains("(3 of unknown age, counted in the strictest band)")
        .contains("and never fewer than 2 with vulnerable participants in an interactive group.");
  }

  @Test
  void consents_datedAfterTheSession_sayWhyTheyDoNotCount() {
    SessionPlan base = ReportFixtures.youthClub();
    Participant first = base.participants().get(0);
    List<Participant> participants = new ArrayList<>(base.participants());
    participants.set(
        0,
        Participant.builder()
            .from(first)
            .consents(
                first.consents().stream()
                    .map(
                        consent ->
                            Consent.builder()
                                .from(consent)
                                .given(
                                    base.start().atZone(ZoneOffset.UTC).toLocalDate().plusDays(3))
                                .build())
                    .toList())
            .build());
    SessionPlan plan = SessionPlan.builder().from(base).participants(participants).build();

    assertThat(flat(report(ReportFormat.TEXT, plan)))
        .contains("dated after the session, so it does not count for it");
  }

  @Test
  void supervision_saysACountedAdultWithABlockerMustNotWork_andWhatThatLeaves() {
    SessionPlan base = ReportFixtures.youthClub();
    StaffMember host = base.staff().get(1);
    SessionPlan plan =
        SessionPlan.builder()
            .from(base)
            .staff(
                List.of(
                    base.staff().get(0),
                    StaffMember.builder()
                        .from(host)
                        .check(
                            Check.builder()
                                .from(host.check().orElseThrow())
                                .level(CheckLevel.BASIC)
                                .build())
                        .build()))
            .build();
    Assessment assessment = ENGINE.assess(plan);
    assertThat(assessment.findings())
        .anySatisfy(
            finding -> {
              assertThat(finding.rule()).isEqualTo("STAFF_CHECK_INSUFFICIENT");
              assertThat(finding.level()).isEqualTo(FindingLevel.BLOCKER);
            });
    assertThat(assessment.supervision().orElseThrow().countedAdults()).isEqualTo(2);

    String text = flat(report(ReportFormat.TEXT, plan));

    assertThat(text)
        .contains(
            "Counts as a checked adult, but must not work with the participants until what must"
                + " be fixed about them is done.")
        .contains(
            "Until what must be fixed about them is done, "
                + host.id()
                + " must not work with the participants: that leaves 1 of the 2 checked adults"
                + " needed.");
  }

  @Test
  void staff_withACheckFromAnotherNationsScheme_isNotCountedAndSaysWhy() {
    SessionPlan base = ReportFixtures.youthClub();
    StaffMember host = base.staff().get(1);
    SessionPlan plan =
        SessionPlan.builder()
            .from(base)
            .staff(
                List.of(
                    base.staff().get(0),
                    StaffMember.builder()
                        .from(host)
                        .check(
                            Check.builder()
                                .from(host.check().orElseThrow())
                                .scheme(CheckScheme.PVG)
                                .build())
                        .build()))
            .build();

    assertThat(flat(report(ReportFormat.TEXT, plan)))
        .contains(
            "Does not count as a checked adult: the check is a PVG check, which does not apply in"
                + " England.")
        .doesNotContain("after the session");
  }

  /** A report with its line breaks and hanging indents made single spaces, to find a sentence. */
  private static String flat(String report) {
    return report.replaceAll(" *\n *", " ");
  }

  @Test
  void textReport_fitsIn100Columns_evenWithAWordLongerThanALine() {
    Map<String, SessionPlan> plans = new LinkedHashMap<>(ReportFixtures.goldenPlans());
    SessionPlan base = ReportFixtures.youthClub();
    RiskEntry risk = base.risks().get(0);
    plans.put(
        "long word",
        SessionPlan.builder()
            .from(base)
            .risks(
                List.of(
                    RiskEntry.builder()
                        .from(risk)
                        .addMitigations("Supercalifragilistic".repeat(30))
                        .build()))
            .build());
    for (Map.Entry<String, SessionPlan> plan : plans.entrySet()) {
      String report =
          ENGINE.report(
              plan.getValue(), ENGINE.assess(plan.getValue()), ReportFormat.TEXT, MADE_AT);
      assertThat(report.lines().filter(line -> line.codePointCount(0, line.length()) > 100))
          .as("lines over 100 columns in the text report of %s", plan.getKey())
          .isEmpty();
      assertThat(flat(report)).as("%s", plan.getKey()).contains("Guidance, not legal advice");
    }
  }

  /** A CSS string as the page writes it, without its closing quote, to match its beginning. */
  private static String openCssString(String text) {
    String quoted = HtmlReport.cssString(text);
    return quoted.substring(0, quoted.length() - 1);
  }

  static Stream<Arguments> sessionsAcrossAClockChangeOrMidnight() {
    return Stream.of(
        // The clocks go back at 02:00 BST on 25 October 2026: an hour from 01:30 BST ends at
        // 01:30 GMT, and three hours from 00:30 BST end at 02:30 GMT.
        Arguments.of(
            "2026-10-25T00:30:00Z",
            60,
            "Sunday 25 October 2026, 01:30 BST to 01:30 GMT: the clocks change during the session"),
        Arguments.of(
            "2026-10-24T23:30:00Z",
            180,
            "Sunday 25 October 2026, 00:30 BST to 02:30 GMT: the clocks change during the session"),
        // The clocks go forward at 01:00 GMT on 29 March 2026: two hours from 23:30 GMT the day
        // before end at 02:30 BST, the next day.
        Arguments.of(
            "2026-03-28T23:30:00Z",
            120,
            "Saturday 28 March 2026, 23:30 GMT to 02:30 BST on Sunday 29 March 2026: the clocks"
                + " change during the session"),
        Arguments.of(
            "2026-03-29T00:30:00Z",
            60,
            "Sunday 29 March 2026, 00:30 GMT to 02:30 BST: the clocks change during the session"),
        Arguments.of(
            "2026-07-03T21:30:00Z",
            120,
            "Friday 3 July 2026, 22:30 BST to 00:30 BST on Saturday 4 July 2026"));
  }

  @ParameterizedTest
  @MethodSource("sessionsAcrossAClockChangeOrMidnight")
  void sessionTimes_giveEachEndItsOwnZoneAndDate(String start, int minutes, String when) {
    SessionPlan plan =
        SessionPlan.builder()
            .from(ReportFixtures.youthClub())
            .start(Instant.parse(start))
            .durationMinutes(minutes)
            .build();

    for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.HTML)) {
      assertThat(flat(ENGINE.report(plan, ENGINE.assess(plan), format)))
          .as("%s", format)
          .contains(when + " (Europe/London time)");
    }
  }

  @Test
  void supervision_namesTheCountedAdultsAndSaysWhyOthersDoNotCount() {
    SessionPlan base = ReportFixtures.youthClub();
    SessionPlan plan =
        SessionPlan.builder()
            .from(base)
            .staff(
                List.of(
                    base.staff().get(0),
                    StaffMember.builder()
                        .from(base.staff().get(1))
                        .id("young-helper")
                        .age(16)
                        .build(),
                    StaffMember.builder()
                        .id("unchecked")
                        .roles(Set.of(StaffRole.VOLUNTEER))
                        .build()))
            .build();

    String text = report(ReportFormat.TEXT, plan);

    assertThat(text)
        .contains("Counted: " + base.staff().get(0).id())
        .contains("Does not count as a checked adult: under 18, so not an adult.")
        .contains("Does not count as a checked adult: no criminal-records check.");
  }

  static SessionPlan hostilePlan() {
    SessionPlan base = ReportFixtures.youthClub();
    Participant first = base.participants().get(0);
    return SessionPlan.builder()
        .from(base)
        .service(Service.builder().from(base.service()).name(HOSTILE).build())
        .platform(Platform.builder().from(base.platform()).name(HOSTILE).build())
        .staff(
            List.of(
                StaffMember.builder().from(base.staff().get(0)).id(HOSTILE_ID + "s").build(),
                base.staff().get(1)))
        .participants(
            List.of(
                Participant.builder().from(first).id(HOSTILE_ID).build(),
                base.participants().get(1)))
        .risks(
            List.of(
                RiskEntry.builder()
                    .from(base.risks().get(0))
                    .id(HOSTILE_ID + "r")
                    .description(HOSTILE)
                    .owner(HOSTILE)
                    .mitigations(List.of(HOSTILE))
                    .build()))
        .build();
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN", "HTML"})
  void hostilePlanText_isEscapedInEveryFormat(ReportFormat format) {
    String report = report(format, hostilePlan());

    assertThat(report)
        .doesNotContain("\r")
        .doesNotContain("\u202e")
        .doesNotContain("\u202c")
        .contains("\\u202e")
        .contains("\\u000d\\u000a");
    assertThat(report.lines()).noneMatch(line -> line.startsWith("- forged line"));
    switch (format) {
      case TEXT -> assertThat(report).contains("<script>alert(1)</script>");
      case MARKDOWN ->
          assertThat(report)
              .doesNotContain("<script")
              .doesNotContain("<b>")
              .doesNotContain("](javascript:")
              .contains("&lt;script&gt;");
      case HTML -> {
        assertThat(report).doesNotContain("<script").doesNotContain("<b>");
        assertThat(report)
            .contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &#39;a&#39;");
        // In the print style sheet, the name is a CSS string that nothing in it can end.
        String style = report.substring(report.indexOf("<style>"), report.indexOf("</style>"));
        String content = style.substring(style.indexOf("@top-left { content: ") + 21);
        content = content.substring(0, content.indexOf("; font:"));
        assertThat(content).startsWith("\"").endsWith("\"");
        assertThat(content.substring(1, content.length() - 1))
            .doesNotContain("\"")
            .doesNotContain("<")
            .doesNotContain("\n");
      }
      case JSON -> throw new AssertionError();
    }
  }

  @Test
  void htmlReport_isSelfContainedAndPrintsWholeCardsOnA4() {
    String html = report(ReportFormat.HTML, ReportFixtures.fridayClub());
    String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));

    assertThat(html)
        .contains("content=\"" + HtmlReport.CONTENT_SECURITY_POLICY + "\"")
        .doesNotContain("<script")
        .doesNotContain(" src=")
        .doesNotContain(" href=");
    assertThat(style)
        .contains("@page { size: A4;")
        .contains(".finding { border-left: 0.4rem solid;")
        .contains("tr { break-inside: avoid; }")
        .contains("@top-left { content: ")
        // Every printed page says which rulebook judged it, and that it is guidance.
        .contains("@bottom-left { content: " + openCssString("Guidance, not legal advice."));
    assertThat(style.substring(style.indexOf(".finding {")))
        .startsWith(".finding {")
        .contains("break-inside: avoid; }");
    // Words never break in the middle; only codes and ids, which may be long, may wrap anywhere,
    // and in cells of fixed width only a word longer than its cell breaks (break-word).
    assertThat(style.lines().filter(line -> line.contains("overflow-wrap")))
        .containsExactly(
            ".code, .id { overflow-wrap: anywhere; }",
            "td, th, dd, li { overflow-wrap: break-word; }");
    assertThat(style)
        .contains("table.staff, table.register, table.consents { table-layout: fixed; }");
    assertThat(style).doesNotContain("word-break");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reports")
  void everyReport_endsWithOneLineBreakAndHoldsNoCarriageReturn(
      String name, ReportFormat format, SessionPlan plan) {
    String report = report(format, plan);

    assertThat(report).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
  }
}
