package org.safeguarding.rules.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.rules.internal.report.ReportFixtures.HOSTILE_ID;
import static org.safeguarding.rules.internal.report.ReportFixtures.SCRIPT;
import static org.safeguarding.rules.internal.report.ReportFixtures.SHORT_HOSTILE_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.rules.SafeguardingEngine;
import org.w3c.dom.Element;

class HtmlReportTest {

  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z:-]+)=\"([^\"]*)\"");

  /** Every element the page may hold: nothing that loads or runs anything. */
  private static final Set<String> ELEMENTS =
      Set.of(
          "html",
          "head",
          "meta",
          "title",
          "style",
          "body",
          "main",
          "h1",
          "h2",
          "section",
          "p",
          "dl",
          "dt",
          "dd",
          "ol",
          "ul",
          "li",
          "span",
          "strong",
          "figure",
          "figcaption",
          "table",
          "thead",
          "tbody",
          "tr",
          "th",
          "td",
          "svg",
          "g",
          "rect",
          "text");

  private final String html =
      Reports.html(ReportFixtures.hostileAssessment(), RiskMatrix.npsa2008());

  @Test
  void html_hostileData_neverBecomesAScript() {
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("<img");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void html_hostileIds_areEscaped() {
    assertThat(html)
        .contains(
            "<h1>Safeguarding assessment: &lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot;"
                + " &#39;a&#39; &amp;amp; a&amp;b | * `c` ](javascript:x)</h1>")
        .contains("<dd>&lt;b&gt;book&lt;/b&gt; ")
        .contains("1&amp;2 &lt;script&gt;")
        .contains("<td class=\"id\">&lt;i&gt;&quot;&#39;&amp;amp;|*`&lt;/i&gt;</td>")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
  }

  @Test
  void html_controlCharactersInData_areShownAsEscapes() {
    assertThat(html)
        .contains("\\u001b[31mred\\u001b[0m line one\\u000aline two\\u000d\\u0000end")
        .doesNotContain("\u001b")
        .doesNotContain("\r")
        .doesNotContain("\u0000");
  }

  @Test
  void html_hostileData_addsNoElementAndNoAttribute() {
    List<String> attributes = new ArrayList<>();
    Matcher tags = TAG.matcher(html);
    while (tags.find()) {
      assertThat(ELEMENTS).as("element <%s>", tags.group(2)).contains(tags.group(2));
      Matcher attribute = ATTRIBUTE.matcher(tags.group(3));
      while (attribute.find()) {
        attributes.add(attribute.group(1) + "=" + attribute.group(2));
      }
      assertThat(attribute.replaceAll("").replace("/", "").trim())
          .as("what is left of <%s%s> without its attributes", tags.group(2), tags.group(3))
          .isEmpty();
    }
    assertThat(attributes)
        .isNotEmpty()
        .noneMatch(attribute -> attribute.toLowerCase(Locale.ROOT).contains("javascript:"))
        .noneMatch(attribute -> attribute.toLowerCase(Locale.ROOT).startsWith("on"))
        .noneMatch(attribute -> attribute.startsWith("src=") || attribute.startsWith("href="));
    // Everything from the data is text: the only '<' in the page open or close a tag.
    assertThat(html.chars().filter(c -> c == '<').count())
        .isEqualTo(TAG.matcher(html).results().count() + 1);
  }

  @Test
  void html_hostileIds_areLiteralTextInTheWellFormedHeatMap() {
    assertThat(html.split("<svg", -1)).hasSize(2);
    assertThat(html.split("</svg>", -1)).hasSize(2);

    HeatMapSvg svg = HeatMapSvg.of(html);

    // 3 x 3 (MODERATE, no residual) holds the short hostile id, then the script as an id.
    Element cell = svg.cell(3, 3);
    assertThat(HeatMapSvg.ids(cell))
        .containsExactly(
            SHORT_HOSTILE_ID, SCRIPT.substring(0, RiskHeatMap.MAX_ID_LENGTH - 1) + "…");
    assertThat(HeatMapSvg.titles(cell)).containsExactly(SHORT_HOSTILE_ID, SCRIPT);
    // The long hostile id sits at its residual rating, 2 x 5, cut short but whole in its title.
    Element residual = svg.cell(2, 5);
    assertThat(HeatMapSvg.ids(residual))
        .containsExactly(HOSTILE_ID.substring(0, RiskHeatMap.MAX_ID_LENGTH - 1) + "…");
    assertThat(HeatMapSvg.titles(residual)).containsExactly(HOSTILE_ID);
  }

  @Test
  void html_page_isSelfContainedAndForbidsScripts() {
    String page =
        Reports.html(
            SafeguardingEngine.ukDefault().assess(ReportFixtures.youthClub()),
            RiskMatrix.npsa2008());

    assertThat(page)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'; img-src 'none'; script-src 'none';")
        .contains("<style>\n")
        .endsWith("</html>\n")
        .doesNotContain("<script")
        .doesNotContain("http:")
        .doesNotContain("https:")
        .doesNotContain("src=")
        .doesNotContain("href=")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .doesNotContain("<link");
    assertThat(page.split("<style>", -1)).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Decision.class)
  void html_decisionBanner_isColouredByTheDecision(Decision decision) {
    String page = Reports.html(ReportFixtures.assessment(decision).build(), RiskMatrix.npsa2008());
    String name = decision.name().toLowerCase(Locale.ROOT).replace('_', '-');

    assertThat(page)
        .contains(
            "<section id=\"decision\" class=\"decision decision-"
                + name
                + "\">\n"
                + "<p class=\"name\">Decision: "
                + decision.name()
                + "</p>")
        .containsPattern("\\.decision-" + name + " \\{ background: #[0-9a-f]{6}; }");
  }

  @Test
  void html_decisionBanners_eachHaveTheirOwnColour() {
    String page =
        Reports.html(ReportFixtures.assessment(Decision.GO).build(), RiskMatrix.npsa2008());
    List<String> colours = new ArrayList<>();
    for (Decision decision : Decision.values()) {
      Matcher colour =
          Pattern.compile(
                  "\\.decision-"
                      + decision.name().toLowerCase(Locale.ROOT).replace('_', '-')
                      + " \\{ background: (#[0-9a-f]{6}); }")
              .matcher(page);
      assertThat(colour.find()).as("the colour of %s", decision).isTrue();
      colours.add(colour.group(1));
    }
    assertThat(colours).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(Decision.class)
  void html_decisionBanner_hasWhiteTextAtWcagAaContrast(Decision decision) {
    String page = Reports.html(ReportFixtures.assessment(decision).build(), RiskMatrix.npsa2008());

    assertThat(page)
        .contains(".decision { padding: 1rem 1.25rem; border-radius: 0.5rem; color: #ffffff; }");
    assertThat(contrastWithWhite(bannerColour(page, decision)))
        .as("contrast of white on the %s banner", decision)
        .isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void html_postponeBanner_isAmberAndSaysItsContrast() {
    String page =
        Reports.html(ReportFixtures.assessment(Decision.POSTPONE).build(), RiskMatrix.npsa2008());
    String postpone = bannerColour(page, Decision.POSTPONE);
    int[] rgb = rgb(postpone);

    // An orange hue, between red and yellow: more red than green, more green than blue.
    assertThat(rgb[0]).as("red of %s", postpone).isGreaterThan(rgb[1]);
    assertThat(rgb[1]).as("green of %s", postpone).isGreaterThan(rgb[2]);
    assertThat(postpone)
        .isNotEqualTo(bannerColour(page, Decision.GO_WITH_CONDITIONS))
        .isNotEqualTo(bannerColour(page, Decision.DO_NOT_RUN));
    assertThat(page)
        .contains(String.format(Locale.ROOT, "amber %.2f:1", contrastWithWhite(postpone)))
        .contains("amber 5.02:1");
  }

  @Test
  void html_backslashInData_isDoubledSoThatItCannotPassForAnEscape() {
    String page =
        Reports.html(
            ReportFixtures.assessment(Decision.GO)
                .addFinding(
                    ReportFixtures.finding(
                        FindingLevel.ADVICE, "R", null, "fake \\u001b real \u001b path C:\\x"))
                .build(),
            RiskMatrix.npsa2008());

    assertThat(page)
        .contains("<p class=\"message\">fake \\\\u001b real \\u001b path C:\\\\x</p>")
        .doesNotContain("\u001b");
  }

  private static String bannerColour(String page, Decision decision) {
    Matcher colour =
        Pattern.compile(
                "\\.decision-"
                    + decision.name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + " \\{ background: (#[0-9a-f]{6}); }")
            .matcher(page);
    assertThat(colour.find()).as("the colour of %s", decision).isTrue();
    return colour.group(1);
  }

  private static int[] rgb(String colour) {
    int value = Integer.parseInt(colour.substring(1), 16);
    return new int[] {value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff};
  }

  /** WCAG 2's contrast ratio of white text on the colour. */
  private static double contrastWithWhite(String colour) {
    double luminance = 0;
    double[] weights = {0.2126, 0.7152, 0.0722};
    int[] rgb = rgb(colour);
    for (int i = 0; i < 3; i++) {
      double channel = rgb[i] / 255.0;
      double linear =
          channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
      luminance += weights[i] * linear;
    }
    return 1.05 / (luminance + 0.05);
  }

  @Test
  void html_findings_showRuleSubjectMessageActionAndEverySource() {
    Assessment assessment = SafeguardingEngine.ukDefault().assess(ReportFixtures.youthClub());
    String page = Reports.html(assessment, RiskMatrix.npsa2008());

    assertThat(page)
        .contains(
            "<li class=\"finding finding-warning\">\n"
                + "<p><span class=\"rule\">CONSENT_UNVERIFIED</span> <span"
                + " class=\"subject\">(p2)</span></p>\n"
                + "<p class=\"message\">p2&#39;s parent&#39;s or carer&#39;s consent is not"
                + " confirmed by email or in writing</p>\n"
                + "<p class=\"action\"><strong>Action:</strong> Confirm the consent with p2&#39;s"
                + " parent or carer by email or in writing</p>\n"
                + "<p class=\"sources\"><strong>Sources:</strong> 001_d742c0c78f7cd9a6.txt; UK GDPR"
                + " Art 8 / DPA 2018 s9</p>\n"
                + "</li>");
  }
}
