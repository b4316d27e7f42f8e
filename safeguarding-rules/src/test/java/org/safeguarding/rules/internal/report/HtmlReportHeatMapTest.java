package org.safeguarding.rules.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.rules.internal.report.ReportFixtures.STRICT;
import static org.safeguarding.rules.internal.report.ReportFixtures.assessment;
import static org.safeguarding.rules.internal.report.ReportFixtures.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.rules.internal.words.Catalogue;
import org.w3c.dom.Element;

class HtmlReportHeatMapTest {

  /** Green, yellow, orange, red. */
  private static final Map<String, String> FILLS =
      Map.of("LOW", "#8bc34a", "MODERATE", "#ffeb3b", "HIGH", "#ff9800", "EXTREME", "#ef5350");

  private static HeatMapSvg heatMap(List<AssessedRisk> risks, RiskMatrix matrix) {
    return HeatMapSvg.of(ReportFixtures.html(assessment(Decision.GO).risks(risks).build(), matrix));
  }

  @Test
  void heatMap_risks_landInTheCellOfTheirLikelihoodAndSeverity() {
    HeatMapSvg svg =
        heatMap(
            List.of(
                risk("top-right", 1, 5, 5),
                risk("top-left", 2, 1, 5),
                risk("middle", 3, 2, 3),
                risk("bottom-right", 4, 5, 1)),
            RiskMatrix.npsa2008());

    assertThat(HeatMapSvg.ids(svg.cell(5, 5))).containsExactly("top-right");
    assertThat(HeatMapSvg.ids(svg.cell(1, 5))).containsExactly("top-left");
    assertThat(HeatMapSvg.ids(svg.cell(2, 3))).containsExactly("middle");
    assertThat(HeatMapSvg.ids(svg.cell(5, 1))).containsExactly("bottom-right");
    assertThat(svg.cells()).hasSize(25);
    assertThat(svg.cells().stream().mapToInt(cell -> HeatMapSvg.ids(cell).size()).sum())
        .isEqualTo(4);
  }

  @Test
  void heatMap_axes_runLikelihoodRightwardAndSeverityUpward() {
    HeatMapSvg svg = heatMap(List.of(risk("r1", 1, 1, 1)), RiskMatrix.npsa2008());

    for (int level = 1; level < 5; level++) {
      assertThat(x(svg.cell(level + 1, 3)))
          .as("likelihood %s+1 to the right", level)
          .isGreaterThan(x(svg.cell(level, 3)));
      assertThat(y(svg.cell(3, level + 1)))
          .as("severity %s+1 above", level)
          .isLessThan(y(svg.cell(3, level)));
    }
    assertThat(HeatMapSvg.elements(svg.root(), "text"))
        .extracting(Element::getTextContent)
        .contains(
            "Likelihood →",
            "Severity →",
            "1 Rare",
            "5 Almost certain",
            "1 Negligible",
            "5 Catastrophic");
    assertThat(svg.root().getAttribute("role")).isEqualTo("img");
    assertThat(svg.root().getAttribute("aria-label"))
        .startsWith("Risk heat map:")
        .contains("1 risk ");
  }

  @Test
  void heatMap_riskWithResidualRating_landsInTheResidualCellOnly() {
    HeatMapSvg svg =
        heatMap(
            List.of(risk("mitigated", 1, 5, 5, 1, 2), risk("unmitigated", 2, 4, 4)),
            RiskMatrix.npsa2008());

    assertThat(HeatMapSvg.ids(svg.cell(1, 2))).containsExactly("mitigated");
    assertThat(HeatMapSvg.ids(svg.cell(5, 5))).isEmpty();
    assertThat(HeatMapSvg.ids(svg.cell(4, 4))).containsExactly("unmitigated");
  }

  @Test
  void heatMap_cells_areFilledByTheNpsaBandsByDefault() {
    HeatMapSvg svg =
        HeatMapSvg.of(
            ReportFixtures.html(
                assessment(Decision.GO).addRisk(risk("r1", 1, 1, 1)).build(),
                RiskMatrix.npsa2008()));

    assertCellsFollow(svg, RiskMatrix.npsa2008());
    assertThat(band(svg.cell(1, 3))).isEqualTo("LOW");
    assertThat(band(svg.cell(2, 5))).isEqualTo("HIGH");
    assertThat(HeatMapSvg.rect(svg.cell(1, 1)).getAttribute("fill")).isEqualTo(FILLS.get("LOW"));
    assertThat(HeatMapSvg.rect(svg.cell(5, 5)).getAttribute("fill"))
        .isEqualTo(FILLS.get("EXTREME"));
  }

  @Test
  void heatMap_cells_areFilledByTheGivenMatrixsBands() {
    Assessment assessment =
        assessment(Decision.GO)
            .addRisks(risk(STRICT, "r-ten", 1, 5, 5, 2, 5), risk(STRICT, "r-three", 2, 1, 3))
            .build();
    HeatMapSvg svg = HeatMapSvg.of(ReportFixtures.html(assessment, STRICT));

    assertCellsFollow(svg, STRICT);
    assertThat(HeatMapSvg.ids(svg.cell(1, 3))).containsExactly("r-three");
    assertThat(HeatMapSvg.ids(svg.cell(2, 5))).containsExactly("r-ten");
    assertThat(HeatMapSvg.ids(svg.cell(5, 5))).isEmpty();
    assertThat(band(svg.cell(1, 3))).isEqualTo("MODERATE");
    assertThat(HeatMapSvg.rect(svg.cell(1, 3)).getAttribute("fill"))
        .isEqualTo(FILLS.get("MODERATE"));
    assertThat(band(svg.cell(2, 5))).isEqualTo("EXTREME");
    assertThat(HeatMapSvg.rect(svg.cell(2, 5)).getAttribute("fill"))
        .isEqualTo(FILLS.get("EXTREME"));
    assertThat(HeatMapSvg.texts(svg.cell(2, 5), "score")).containsExactly("10 Extreme");
  }

  @Test
  void heatMap_legend_givesTheMatrixsBands() {
    Assessment assessment = assessment(Decision.GO).addRisk(risk("r1", 1, 1, 1)).build();

    assertThat(ReportFixtures.html(assessment, RiskMatrix.npsa2008()))
        .contains("<li><span class=\"swatch band-low\"></span>Low: scores 1 to 3</li>")
        .contains("<li><span class=\"swatch band-extreme\"></span>Extreme: scores 15 to 25</li>");
    assertThat(ReportFixtures.html(assessment, STRICT))
        .contains("<li><span class=\"swatch band-low\"></span>Low: scores 1 to 2</li>")
        .contains("<li><span class=\"swatch band-moderate\"></span>Moderate: scores 3 to 4</li>")
        .contains("<li><span class=\"swatch band-high\"></span>High: scores 5 to 9</li>")
        .contains("<li><span class=\"swatch band-extreme\"></span>Extreme: scores 10 to 25</li>")
        .contains(".band-extreme { background: " + FILLS.get("EXTREME") + "; }");
  }

  @Test
  void heatMap_crowdedCell_namesTheFirstThreeByPriorityAndCountsTheRest() {
    List<AssessedRisk> risks = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      risks.add(risk(String.format("risk-%02d", i), i, 3, 3));
    }
    risks.add(risk("alone", 11, 1, 1));
    HeatMapSvg svg = heatMap(risks, RiskMatrix.npsa2008());

    Element crowded = svg.cell(3, 3);
    assertThat(HeatMapSvg.ids(crowded)).containsExactly("risk-01", "risk-02", "risk-03");
    assertThat(HeatMapSvg.texts(crowded, "more")).containsExactly("+7 more");
    assertThat(crowded.getTextContent()).doesNotContain("risk-04").contains("10 risks");
    assertThat(HeatMapSvg.texts(svg.cell(1, 1), "more")).isEmpty();
  }

  @Test
  void heatMap_cellOfExactlyThreeOrFour_countsOnlyBeyondThree() {
    HeatMapSvg svg =
        heatMap(
            List.of(
                risk("a1", 1, 4, 4),
                risk("a2", 2, 4, 4),
                risk("a3", 3, 4, 4),
                risk("b1", 4, 2, 2),
                risk("b2", 5, 2, 2),
                risk("b3", 6, 2, 2),
                risk("b4", 7, 2, 2)),
            RiskMatrix.npsa2008());

    assertThat(HeatMapSvg.ids(svg.cell(4, 4))).containsExactly("a1", "a2", "a3");
    assertThat(HeatMapSvg.texts(svg.cell(4, 4), "more")).isEmpty();
    assertThat(HeatMapSvg.ids(svg.cell(2, 2))).containsExactly("b1", "b2", "b3");
    assertThat(HeatMapSvg.texts(svg.cell(2, 2), "more")).containsExactly("+1 more");
  }

  @Test
  void heatMap_longId_isCutShortWithAnEllipsisAndKeptWholeInItsTitle() {
    String longId = "long-" + "a".repeat(118) + "-tail";
    String justShortEnough = "b".repeat(RiskHeatMap.MAX_ID_LENGTH);
    HeatMapSvg svg =
        heatMap(
            List.of(risk(longId, 1, 3, 4), risk(justShortEnough, 2, 3, 4)), RiskMatrix.npsa2008());

    assertThat(longId).hasSize(128);
    Element cell = svg.cell(3, 4);
    assertThat(HeatMapSvg.ids(cell))
        .containsExactly(
            "long-" + "a".repeat(RiskHeatMap.MAX_ID_LENGTH - 6) + "…", justShortEnough);
    assertThat(HeatMapSvg.ids(cell).get(0)).hasSize(RiskHeatMap.MAX_ID_LENGTH);
    assertThat(HeatMapSvg.titles(cell)).containsExactly(longId, justShortEnough);
  }

  @Test
  void heatMap_longIdOfSupplementaryCharacters_isCutBetweenCharacters() {
    String emoji = "\uD83D\uDE00"; // one character, two chars
    String id = emoji.repeat(30);

    assertThat(RiskHeatMap.shorten(id))
        .isEqualTo(emoji.repeat(RiskHeatMap.MAX_ID_LENGTH - 1) + "…");
  }

  @Test
  void heatMap_tenThousandRisks_staysSmallAndAccountsForEveryRisk() {
    List<AssessedRisk> risks = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      risks.add(risk("risk-" + i, i + 1, i % 5 + 1, i / 5 % 5 + 1));
    }
    String html =
        ReportFixtures.html(assessment(Decision.GO).risks(risks).build(), RiskMatrix.npsa2008());
    HeatMapSvg svg = HeatMapSvg.of(html);

    int named = 0;
    int counted = 0;
    for (Element cell : svg.cells()) {
      named += HeatMapSvg.ids(cell).size();
      for (String more : HeatMapSvg.texts(cell, "more")) {
        counted += Integer.parseInt(more.replace("+", "").replace(" more", ""));
      }
    }
    assertThat(named).isEqualTo(25 * RiskHeatMap.MAX_IDS_PER_CELL);
    assertThat(named + counted).isEqualTo(10_000);
    assertThat(html.substring(html.indexOf("<svg"), html.indexOf("</svg>")).length())
        .isLessThan(40_000);
  }

  private static void assertCellsFollow(HeatMapSvg svg, RiskMatrix matrix) {
    for (int likelihood = 1; likelihood <= 5; likelihood++) {
      for (int severity = 1; severity <= 5; severity++) {
        String expected = matrix.rate(likelihood, severity).band().name();
        Element cell = svg.cell(likelihood, severity);
        assertThat(band(cell)).as("band of cell %s-%s", likelihood, severity).isEqualTo(expected);
        assertThat(HeatMapSvg.rect(cell).getAttribute("fill"))
            .as("fill of cell %s-%s", likelihood, severity)
            .isEqualTo(FILLS.get(expected));
        assertThat(HeatMapSvg.texts(cell, "score"))
            .containsExactly(
                likelihood * severity + " " + Catalogue.english().text("RiskBand." + expected));
      }
    }
  }

  private static String band(Element cell) {
    return cell.getAttribute("data-band");
  }

  private static int x(Element cell) {
    return Integer.parseInt(HeatMapSvg.rect(cell).getAttribute("x"));
  }

  private static int y(Element cell) {
    return Integer.parseInt(HeatMapSvg.rect(cell).getAttribute("y"));
  }
}
