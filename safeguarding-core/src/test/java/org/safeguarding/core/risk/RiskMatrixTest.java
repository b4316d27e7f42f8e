package org.safeguarding.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeguarding.core.risk.RiskBand.EXTREME;
import static org.safeguarding.core.risk.RiskBand.HIGH;
import static org.safeguarding.core.risk.RiskBand.LOW;
import static org.safeguarding.core.risk.RiskBand.MODERATE;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.plan.PlanProblem;

class RiskMatrixTest {

  /**
   * The NPSA 2008 matrix as REFERENCES.md gives it: rows are likelihood 1–5, columns severity 1–5;
   * 1–3 LOW, 4–6 MODERATE, 8–12 HIGH, 15–25 EXTREME.
   */
  private static final RiskBand[][] NPSA_2008 = {
    {LOW, LOW, LOW, MODERATE, MODERATE},
    {LOW, MODERATE, MODERATE, HIGH, HIGH},
    {LOW, MODERATE, HIGH, HIGH, EXTREME},
    {MODERATE, HIGH, HIGH, EXTREME, EXTREME},
    {MODERATE, HIGH, EXTREME, EXTREME, EXTREME},
  };

  @Test
  void rate_allTwentyFiveCells_matchTheNpsaTable() {
    RiskMatrix matrix = RiskMatrix.npsa2008();
    for (int likelihood = 1; likelihood <= 5; likelihood++) {
      for (int severity = 1; severity <= 5; severity++) {
        RiskRating rating = matrix.rate(likelihood, severity);
        assertThat(rating.score()).isEqualTo(likelihood * severity);
        assertThat(rating.band())
            .as("likelihood %d × severity %d", likelihood, severity)
            .isEqualTo(NPSA_2008[likelihood - 1][severity - 1]);
        assertThat(rating.likelihood().level()).isEqualTo(likelihood);
        assertThat(rating.severity().level()).isEqualTo(severity);
      }
    }
  }

  @Test
  void levels_carryTheirNpsaNames() {
    assertThat(Likelihood.of(1).label()).isEqualTo("Rare");
    assertThat(Likelihood.of(5).label()).isEqualTo("Almost certain");
    assertThat(Severity.of(1).label()).isEqualTo("Negligible");
    assertThat(Severity.of(5).label()).isEqualTo("Catastrophic");
  }

  @Test
  void rate_levelOutOfRange_isRejectedWithTheValue() {
    assertThatThrownBy(() -> RiskMatrix.npsa2008().rate(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("likelihood must be between 1 and 5, not 0");
    assertThatThrownBy(() -> RiskMatrix.npsa2008().rate(3, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("severity must be between 1 and 5, not 6");
  }

  @Test
  void band_scoreThatCannotOccur_isRejected() {
    assertThatThrownBy(() -> RiskBandTable.npsa2008().band(7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score must be a product of two levels 1 to 5, not 7");
  }

  @Test
  void withBands_anotherBanding_isApplied() {
    RiskMatrix matrix =
        RiskMatrix.withBands(
            RiskBandTable.of(
                List.of(
                    BandRange.of(1, 4, LOW),
                    BandRange.of(5, 9, MODERATE),
                    BandRange.of(10, 14, HIGH),
                    BandRange.of(15, 25, EXTREME))));

    assertThat(matrix.rate(2, 2).band()).isEqualTo(LOW);
    assertThat(matrix.rate(3, 3).band()).isEqualTo(MODERATE);
    assertThat(matrix.rate(2, 5).band()).isEqualTo(HIGH);
  }

  @Test
  void problems_gapOverlapAndDescendingBand_areEachNamed() {
    List<String> problems =
        RiskBandTable.problems(
                List.of(
                    BandRange.of(1, 3, LOW),
                    BandRange.of(3, 6, MODERATE),
                    BandRange.of(9, 12, MODERATE),
                    BandRange.of(15, 25, EXTREME)))
            .stream()
            .map(PlanProblem::toString)
            .collect(Collectors.toList());

    assertThat(problems)
        .containsExactly(
            "$[1].lowest: must be above the previous row's highest score (3)",
            "$[2].band: must be more serious than the previous row's MODERATE",
            "$: must give score 8 a band",
            "$: must use band HIGH");
  }

  @Test
  void of_invalidTable_throwsListingTheProblems() {
    assertThatThrownBy(() -> RiskBandTable.of(List.of(BandRange.of(1, 25, LOW))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "invalid risk band table: $: must use band MODERATE; $: must use band HIGH;"
                + " $: must use band EXTREME");
  }

  @Test
  void problems_rowOutsideTheScores_isNamed() {
    assertThat(RiskBandTable.problems(List.of(BandRange.of(0, 30, LOW))))
        .extracting(PlanProblem::toString)
        .contains("$[0]: must run from a score to a higher or equal one within 1 to 25");
  }
}
