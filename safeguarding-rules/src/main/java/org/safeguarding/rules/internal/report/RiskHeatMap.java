package org.safeguarding.rules.internal.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.risk.Likelihood;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.core.risk.Severity;
import org.safeguarding.rules.internal.words.Catalogue;

/**
 * The 5 × 5 risk heat map as inline SVG (well-formed XML, with no namespace declaration, which HTML
 * does not need): likelihood 1–5 across, severity 1–5 up, each cell filled with the colour of its
 * band in the given matrix and labelled with its score and band, so that colour is never the only
 * cue. Each risk's id is written in the cell of its current rating (residual when given, else
 * inherent), the first {@value #MAX_IDS_PER_CELL} in priority order and then "+N more"; an id
 * longer than {@value #MAX_ID_LENGTH} characters is cut short with an ellipsis, and every shown id
 * carries its full text in an SVG {@code <title>}.
 *
 * <p>Each cell is a group with the id {@code cell-L-S} and {@code data-likelihood}, {@code
 * data-severity} and {@code data-band} attributes. Since the SVG has {@code role="img"}, its
 * content is hidden from assistive technology; the report's risk register table carries the same
 * information as text.
 *
 * <p>The cells are banded by the matrix and the risks by the assessment, so the two must agree:
 * {@link #requireRatedBy} refuses a matrix under which any risk's rating would fall in another
 * band, since the map would then put a risk the register calls MODERATE in a cell marked LOW.
 */
final class RiskHeatMap {

  /** At most this many ids are written in one cell; the rest are counted. */
  static final int MAX_IDS_PER_CELL = 3;

  /**
   * Ids longer than this many characters are shortened, ellipsis included, to this many: what fits
   * in a cell (160 units wide inside its padding) at the map's 18-unit monospace font.
   */
  static final int MAX_ID_LENGTH = 14;

  private static final Map<RiskBand, String> FILLS = fills();

  private static final int LEVELS = 5;
  private static final int LEFT = 160;
  private static final int TOP = 10;
  private static final int CELL_WIDTH = 176;
  private static final int CELL_HEIGHT = 104;
  private static final int LINE = 18;
  private static final int PADDING = 8;
  private static final int WIDTH = LEFT + LEVELS * CELL_WIDTH + 10;
  private static final int HEIGHT = TOP + LEVELS * CELL_HEIGHT + 60;

  private RiskHeatMap() {}

  private static Map<RiskBand, String> fills() {
    Map<RiskBand, String> fills = new EnumMap<>(RiskBand.class);
    // Black text on each of these has a contrast ratio of at least 6:1.
    fills.put(RiskBand.LOW, "#8bc34a");
    fills.put(RiskBand.MODERATE, "#ffeb3b");
    fills.put(RiskBand.HIGH, "#ff9800");
    fills.put(RiskBand.EXTREME, "#ef5350");
    return fills;
  }

  /** The colour of a band: green, yellow, orange, red. */
  static String fill(RiskBand band) {
    return Objects.requireNonNull(FILLS.get(band)); // every band has a colour
  }

  /**
   * Checks that every rating of every risk, inherent and residual, has the band the matrix gives
   * its cell, so that the heat map agrees with the register.
   *
   * @throws IllegalArgumentException naming the first risk, by priority, whose band differs
   */
  static void requireRatedBy(List<AssessedRisk> risks, RiskMatrix matrix) {
    for (AssessedRisk risk : risks) {
      requireRatedBy(risk.priority(), "inherent", risk.inherent(), matrix);
      if (risk.residual().isPresent()) {
        requireRatedBy(risk.priority(), "residual", risk.residual().get(), matrix);
      }
      if (risk.floor().isPresent()) {
        requireRatedBy(risk.priority(), "floor", risk.floor().get(), matrix);
      }
    }
  }

  private static void requireRatedBy(
      int priority, String which, RiskRating rating, RiskMatrix matrix) {
    RiskBand band = matrix.rate(rating.likelihood(), rating.severity()).band();
    if (band != rating.band()) {
      int likelihood = rating.likelihood().level();
      int severity = rating.severity().level();
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "risk at priority %d has %s band %s at %d x %d, but the given matrix bands %d x %d"
                  + " as %s; pass the risk matrix of the rulebook the assessment was made with:"
                  + " engine.rulebook().riskMatrix()",
              priority,
              which,
              rating.band(),
              likelihood,
              severity,
              likelihood,
              severity,
              band));
    }
  }

  /** The heat map of the risks, in the assessment's order, with cells banded by the matrix. */
  static String svg(List<AssessedRisk> risks, RiskMatrix matrix) {
    List<List<AssessedRisk>> cells = new ArrayList<>(LEVELS * LEVELS);
    for (int i = 0; i < LEVELS * LEVELS; i++) {
      cells.add(new ArrayList<>());
    }
    for (AssessedRisk risk : risks) {
      RiskRating current = risk.current();
      cells.get(index(current.likelihood(), current.severity())).add(risk);
    }

    StringBuilder out = new StringBuilder(8192);
    out.append(
        format(
            "<svg class=\"heat-map\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                + " aria-label=\"Risk heat map: likelihood 1 to 5 across, severity 1 to 5 up;"
                + " %s placed by current rating\">",
            WIDTH, HEIGHT, WIDTH, HEIGHT, count(risks.size())));
    axes(out);
    for (int severity = LEVELS; severity >= 1; severity--) {
      for (int likelihood = 1; likelihood <= LEVELS; likelihood++) {
        RiskRating cell = matrix.rate(likelihood, severity);
        cell(out, cell, cells.get(index(cell.likelihood(), cell.severity())));
      }
    }
    return out.append("</svg>\n").toString();
  }

  private static int index(Likelihood likelihood, Severity severity) {
    return (likelihood.level() - 1) * LEVELS + severity.level() - 1;
  }

  private static void axes(StringBuilder out) {
    int gridBottom = TOP + LEVELS * CELL_HEIGHT;
    out.append(
        format(
            "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">Likelihood →</text>",
            LEFT + LEVELS * CELL_WIDTH / 2, gridBottom + 48));
    out.append(
        format(
            "<text class=\"axis\" transform=\"translate(18 %d) rotate(-90)\""
                + " text-anchor=\"middle\">Severity →</text>",
            TOP + LEVELS * CELL_HEIGHT / 2));
    for (Severity severity : Severity.values()) {
      out.append(
          format(
              "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%d %s</text>",
              LEFT - PADDING,
              top(severity.level()) + CELL_HEIGHT / 2 + 4,
              severity.level(),
              severity.label()));
    }
    for (Likelihood likelihood : Likelihood.values()) {
      out.append(
          format(
              "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d %s</text>",
              left(likelihood.level()) + CELL_WIDTH / 2,
              gridBottom + 20,
              likelihood.level(),
              likelihood.label()));
    }
  }

  private static void cell(StringBuilder out, RiskRating cell, List<AssessedRisk> risks) {
    int likelihood = cell.likelihood().level();
    int severity = cell.severity().level();
    int x = left(likelihood);
    int y = top(severity);
    String band = cell.band().name();
    String bandLabel = Catalogue.english().label(cell.band());
    out.append(
        format(
            "<g class=\"cell\" id=\"cell-%d-%d\" data-likelihood=\"%d\" data-severity=\"%d\""
                + " data-band=\"%s\">",
            likelihood, severity, likelihood, severity, band));
    out.append(
        format(
            "<title>Likelihood %d (%s) × severity %d (%s) = %d, %s: %s</title>",
            likelihood,
            cell.likelihood().label().toLowerCase(Locale.ROOT),
            severity,
            cell.severity().label().toLowerCase(Locale.ROOT),
            cell.score(),
            bandLabel,
            count(risks.size())));
    out.append(
        format(
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\""
                + " stroke=\"#ffffff\" stroke-width=\"2\"/>",
            x, y, CELL_WIDTH, CELL_HEIGHT, fill(cell.band())));
    out.append(
        format(
            "<text class=\"score\" x=\"%d\" y=\"%d\">%d %s</text>",
            x + PADDING, y + LINE, cell.score(), bandLabel));
    int shown = Math.min(MAX_IDS_PER_CELL, risks.size());
    for (int i = 0; i < shown; i++) {
      String id = risks.get(i).id();
      out.append(
          format(
              "<g class=\"risk\"><title>%s</title>"
                  + "<text class=\"risk-id\" x=\"%d\" y=\"%d\">%s</text></g>",
              HtmlEscaper.escape(id),
              x + PADDING,
              y + LINE * (i + 2) + 4,
              HtmlEscaper.escape(shorten(id))));
    }
    if (risks.size() > shown) {
      out.append(
          format(
              "<text class=\"more\" x=\"%d\" y=\"%d\">+%d more</text>",
              x + PADDING, y + LINE * (shown + 2) + 4, risks.size() - shown));
    }
    out.append("</g>\n");
  }

  /** One line of SVG: the template filled in, with ASCII digits whatever the locale. */
  private static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args) + "\n";
  }

  private static String count(int risks) {
    return risks + (risks == 1 ? " risk" : " risks");
  }

  /**
   * The id, or its first characters and an ellipsis when it is longer than {@link #MAX_ID_LENGTH}.
   */
  static String shorten(String id) {
    if (id.codePointCount(0, id.length()) <= MAX_ID_LENGTH) {
      return id;
    }
    return id.substring(0, id.offsetByCodePoints(0, MAX_ID_LENGTH - 1)) + "…";
  }

  private static int left(int likelihood) {
    return LEFT + (likelihood - 1) * CELL_WIDTH;
  }

  private static int top(int severity) {
    return TOP + (LEVELS - severity) * CELL_HEIGHT;
  }
}
