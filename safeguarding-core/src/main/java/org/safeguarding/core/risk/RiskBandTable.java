package org.safeguarding.core.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.plan.PlanProblem;

/**
 * Which risk scores (likelihood × severity, 1–25) fall in which band. The default is NPSA 2008: 1–3
 * LOW, 4–6 MODERATE, 8–12 HIGH, 15–25 EXTREME; other bandings exist, so a table is data.
 *
 * <p>A table must give every score that can occur (the products of two levels 1–5) exactly one
 * band; scores that cannot occur (7, 11, 13, 14, 17–19, 21–24) may fall between rows. Rows run in
 * ascending order of score and of band, and every band is used, so that no table can quietly make a
 * risk less serious than a lower score's.
 */
public final class RiskBandTable {

  private static final int MAX_SCORE = 25;

  /** The scores that can occur: the products of two levels 1–5. Declared before any table. */
  private static final int[] POSSIBLE_SCORES = {1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25};

  private static final RiskBandTable NPSA_2008 =
      of(
          List.of(
              BandRange.of(1, 3, RiskBand.LOW),
              BandRange.of(4, 6, RiskBand.MODERATE),
              BandRange.of(8, 12, RiskBand.HIGH),
              BandRange.of(15, 25, RiskBand.EXTREME)));

  private final List<BandRange> rows;
  private final @Nullable RiskBand[] bandByScore;

  private RiskBandTable(List<BandRange> rows) {
    this.rows = List.copyOf(rows);
    this.bandByScore = new RiskBand[MAX_SCORE + 1];
    for (BandRange row : rows) {
      for (int score = row.lowest(); score <= row.highest(); score++) {
        bandByScore[score] = row.band();
      }
    }
  }

  /** {@return the NPSA 2008 table: 1–3 LOW, 4–6 MODERATE, 8–12 HIGH, 15–25 EXTREME} */
  public static RiskBandTable npsa2008() {
    return NPSA_2008;
  }

  /**
   * Returns a table of the given rows.
   *
   * @param rows the rows, in ascending order of score
   * @return the table
   * @throws IllegalArgumentException listing every problem of {@link #problems(List)}
   */
  public static RiskBandTable of(List<BandRange> rows) {
    List<PlanProblem> problems = problems(rows);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid risk band table: "
              + problems.stream().map(PlanProblem::toString).collect(Collectors.joining("; ")));
    }
    return new RiskBandTable(rows);
  }

  /**
   * Checks rows for a table without building it, so that a loader can report the problems at their
   * place in its own file.
   *
   * @param rows the rows to check
   * @return every problem, with paths relative to the list ({@code $[2].lowest}); empty when valid
   */
  public static List<PlanProblem> problems(List<BandRange> rows) {
    List<PlanProblem> problems = new ArrayList<>();
    @Nullable RiskBand[] bands = new RiskBand[MAX_SCORE + 1];
    int previousTo = 0;
    @Nullable RiskBand previousBand = null;
    for (int i = 0; i < rows.size(); i++) {
      BandRange row = rows.get(i);
      String path = "$[" + i + "]";
      if (row.lowest() < 1 || row.highest() > MAX_SCORE || row.lowest() > row.highest()) {
        problems.add(
            PlanProblem.of(path, "must run from a score to a higher or equal one within 1 to 25"));
        continue;
      }
      if (row.lowest() <= previousTo) {
        problems.add(
            PlanProblem.of(
                path + ".lowest",
                "must be above the previous row's highest score (" + previousTo + ")"));
      }
      if (previousBand != null && row.band().compareTo(previousBand) <= 0) {
        problems.add(
            PlanProblem.of(
                path + ".band", "must be more serious than the previous row's " + previousBand));
      }
      for (int score = row.lowest(); score <= row.highest(); score++) {
        if (bands[score] == null) {
          bands[score] = row.band();
        }
      }
      previousTo = Math.max(previousTo, row.highest());
      previousBand = row.band();
    }
    for (int score : POSSIBLE_SCORES) {
      if (bands[score] == null) {
        problems.add(PlanProblem.of("$", "must give score " + score + " a band"));
      }
    }
    for (RiskBand band : RiskBand.values()) {
      if (rows.stream().noneMatch(row -> row.band() == band)) {
        problems.add(PlanProblem.of("$", "must use band " + band));
      }
    }
    return problems;
  }

  /**
   * Returns the band of a score.
   *
   * @param score a score that can occur: a product of two levels 1–5
   * @return its band
   * @throws IllegalArgumentException if the score cannot occur
   */
  public RiskBand band(int score) {
    @Nullable RiskBand band = score >= 1 && score <= MAX_SCORE ? bandByScore[score] : null;
    if (band == null || !isPossibleScore(score)) {
      throw new IllegalArgumentException(
          "score must be a product of two levels 1 to 5, not " + score);
    }
    return band;
  }

  private static boolean isPossibleScore(int score) {
    for (int possible : POSSIBLE_SCORES) {
      if (possible == score) {
        return true;
      }
    }
    return false;
  }

  /** {@return the rows, in ascending order of score} */
  public List<BandRange> rows() {
    return rows;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RiskBandTable && ((RiskBandTable) other).rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  @Override
  public String toString() {
    return "RiskBandTable" + rows;
  }
}
