package org.safeguarding.rules.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.internal.words.Catalogue;

/** The HTML page: self-contained, and a decision banner that reads. */
class HtmlReportTest {

  @Test
  void html_page_isSelfContainedAndForbidsScripts() {
    String page =
        ReportFixtures.html(
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
  void html_decisionBanner_isColouredByTheDecisionAndNamesItInWords(Decision decision) {
    String page =
        ReportFixtures.html(ReportFixtures.assessment(decision).build(), RiskMatrix.npsa2008());
    String name = decision.name().toLowerCase(Locale.ROOT).replace('_', '-');

    assertThat(page)
        .contains(
            "<section id=\"decision\" class=\"decision decision-"
                + name
                + "\">\n"
                + "<p class=\"name\">"
                + Catalogue.english().label(decision)
                + "</p>")
        .containsPattern("\\.decision-" + name + " \\{ background: #[0-9a-f]{6}; }");
  }

  @Test
  void html_decisionBanners_eachHaveTheirOwnColour() {
    String page =
        ReportFixtures.html(ReportFixtures.assessment(Decision.GO).build(), RiskMatrix.npsa2008());
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
    String page =
        ReportFixtures.html(ReportFixtures.assessment(decision).build(), RiskMatrix.npsa2008());

    assertThat(page)
        .contains(".decision { padding: 1rem 1.25rem; border-radius: 0.5rem; color: #ffffff;");
    assertThat(contrastWithWhite(bannerColour(page, decision)))
        .as("contrast of white on the %s banner", decision)
        .isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void html_postponeBanner_isAmberAndSaysItsContrast() {
    String page =
        ReportFixtures.html(
            ReportFixtures.assessment(Decision.POSTPONE).build(), RiskMatrix.npsa2008());
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
}
