package org.safeguarding.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The schema's patterns against the reader, one value at a time: for text that looks like a date,
 * an instant, an id or free text, good and bad alike, the schema accepts a plan exactly when the
 * reader does. The one difference allowed is one the schema documents: an instant whose local date
 * is in range but whose UTC date is not. (Values here are short and made of whole code points, so
 * the other documented differences, lengths in UTF-16 units and unpaired surrogates, cannot arise;
 * {@link ReaderOnlyChecksTest} pins those.)
 */
class PlanSchemaLexicalPropertyTest {

  /** The values drawn; QuickTheories skips a value it has already tried, so fewer are run. */
  private static final int EXAMPLES = 2_000;

  /** The fewest distinct values each property must have checked. */
  private static final int CASES = 1_000;

  /** Counts the cases each property ran, to prove the property did not pass vacuously. */
  private final AtomicInteger cases = new AtomicInteger();

  /** Counts the cases the reader accepted, to prove both verdicts were exercised. */
  private final AtomicInteger accepted = new AtomicInteger();

  @AfterEach
  void everyPropertyRanItsCasesAndSawBothVerdicts() {
    assertThat(cases.get()).isGreaterThanOrEqualTo(CASES);
    int ran = cases.get();
    assertThat(accepted.get()).as("cases the reader accepted").isBetween(ran / 10, ran - ran / 10);
  }

  @Test
  void dateLikeText_theSchemaAcceptsExactlyWhatTheReaderAccepts() {
    qt().withExamples(EXAMPLES)
        .forAll(dateLike())
        .checkAssert(date -> assertSameVerdict("/risks/0/reviewBy", date));
  }

  @Test
  void instantLikeText_theSchemaAcceptsExactlyWhatTheReaderAccepts_butForTheYearsInUtc() {
    qt().withExamples(EXAMPLES)
        .forAll(instantLike())
        .checkAssert(
            instant -> {
              cases.incrementAndGet();
              String json = plan("/start", instant);
              boolean reader = PlanDocuments.readerAccepts(json);
              boolean schema = PlanSchema.accepts(json);
              if (reader) {
                accepted.incrementAndGet();
              }
              if (schema && !reader) {
                // The documented difference: the text is an instant, outside 1900 to 2999 in UTC.
                assertThat(PlanDocuments.readerProblems(json))
                    .as(instant)
                    .containsExactly("$.start");
                assertThat(yearInUtc(instant)).as(instant).isIn(1899, 3000);
              } else {
                assertThat(schema).as("the schema's verdict on %s", instant).isEqualTo(reader);
              }
            });
  }

  @Test
  void idLikeText_theSchemaAcceptsExactlyWhatTheReaderAccepts() {
    qt().withExamples(EXAMPLES)
        .forAll(textLike(0, 6), integers().between(0, 1))
        .checkAssert(
            (id, where) ->
                assertSameVerdict(where == 0 ? "/staff/0/id" : "/participants/1/id", id));
  }

  @Test
  void riskIdLikeText_theSchemaAcceptsExactlyWhatTheReaderAccepts() {
    Gen<String> prefixes =
        Generate.pick(
            List.of("", "", "inferred-", "inferred", "Inferred-", " inferred-", "inferred_"));
    qt().withExamples(EXAMPLES)
        .forAll(prefixes, textLike(0, 4))
        .checkAssert((prefix, id) -> assertSameVerdict("/risks/0/id", prefix + id));
  }

  @Test
  void freeTextLikeText_theSchemaAcceptsExactlyWhatTheReaderAccepts() {
    qt().withExamples(EXAMPLES)
        .forAll(textLike(0, 6), integers().between(0, 2))
        .checkAssert(
            (text, where) ->
                assertSameVerdict(
                    List.of("/service/name", "/risks/0/mitigations/1", "/risks/0/owner").get(where),
                    text));
  }

  private void assertSameVerdict(String pointer, String value) {
    cases.incrementAndGet();
    String json = plan(pointer, value);
    boolean reader = PlanDocuments.readerAccepts(json);
    if (reader) {
      accepted.incrementAndGet();
    }
    assertThat(PlanSchema.accepts(json))
        .as("the schema's verdict on %s at %s", escaped(value), pointer)
        .isEqualTo(reader);
  }

  private static String plan(String pointer, String value) {
    return PlanDocuments.text(
        PlanDocuments.set(
            PlanDocuments.fullPlan(), pointer, PlanDocuments.MAPPER.writeValueAsString(value)));
  }

  // Generators: mostly well-formed, with every kind of near miss

  private static final List<Integer> TELLING_YEARS =
      List.of(1899, 1900, 1904, 1996, 2000, 2024, 2026, 2100, 2400, 2800, 2900, 2996, 2999, 3000);

  private static Gen<String> years() {
    return Generate.frequency(
        Pair.of(3, integers().between(1880, 3020).map(year -> String.format("%04d", year))),
        Pair.of(2, Generate.pick(TELLING_YEARS).map(year -> Integer.toString(year))),
        Pair.of(1, Generate.pick(List.of("26", "0202", "+2026", "12026", "202６", " 2026"))));
  }

  private static Gen<String> twoDigits(int from, int to) {
    return integers().between(from, to).map(n -> String.format("%02d", n));
  }

  private static Gen<String> dateLike() {
    Gen<String> monthDay =
        Generate.frequency(
            Pair.of(4, twoDigits(0, 13).zip(twoDigits(0, 32), (m, d) -> m + "-" + d)),
            Pair.of(3, twoDigits(1, 12).zip(twoDigits(28, 31), (m, d) -> m + "-" + d)),
            Pair.of(2, Generate.constant("02-29")),
            Pair.of(
                1,
                Generate.pick(
                    List.of(
                        "1-01", "01-1", "01-01 ", "01-01\n", "01/01", "01-01T00:00:00Z", "1-1"))));
    return years().zip(monthDay, (year, rest) -> year + "-" + rest);
  }

  private static Gen<String> instantLike() {
    Gen<String> date =
        Generate.frequency(
            Pair.of(5, dateLike()),
            Pair.of(
                2,
                Generate.pick(
                    List.of(
                        "1899-12-31",
                        "1900-01-01",
                        "2999-12-31",
                        "3000-01-01",
                        "1899-12-30",
                        "3000-01-02"))));
    Gen<String> separator = Generate.pick(List.of("T", "T", "T", "T", "T", "T", "t", " ", "TT"));
    Gen<String> time =
        Generate.frequency(
            Pair.of(
                4,
                twoDigits(0, 25)
                    .zip(twoDigits(0, 60), twoDigits(0, 61), (h, m, s) -> h + ":" + m + ":" + s)),
            Pair.of(4, twoDigits(0, 23).zip(twoDigits(0, 59), (h, m) -> h + ":" + m + ":00")),
            Pair.of(
                2,
                Generate.pick(
                    List.of(
                        "23:59:60",
                        "24:00:00",
                        "23:58:60",
                        "24:00:01",
                        "24:01:00",
                        "18:00",
                        "18",
                        "1:00:00",
                        "18:00:00:00"))));
    Gen<String> fraction =
        Generate.frequency(
            Pair.of(6, Generate.constant("")),
            Pair.of(
                3,
                Generate.pick(
                    List.of(
                        ".",
                        ".5",
                        ".000",
                        ".123456789",
                        ".1234567890",
                        ".000000000",
                        ".0000000000",
                        ",5",
                        ".5.5"))));
    Gen<String> offset =
        Generate.frequency(
            Pair.of(
                4, Generate.pick(List.of("Z", "Z", "Z", "z", "", "+00:00", "-00:00", "UTC", " Z"))),
            Pair.of(
                4,
                Generate.pick(List.of("+", "-"))
                    .zip(twoDigits(0, 19), twoDigits(0, 60), (sign, h, m) -> sign + h + ":" + m)),
            Pair.of(
                2,
                Generate.pick(
                    List.of(
                        "+18:00",
                        "-18:00",
                        "+18:00:00",
                        "+18:00:01",
                        "+18:01",
                        "+17:59:59",
                        "+01:00:30",
                        "+01:00:60",
                        "+0100",
                        "+01",
                        "+1:00",
                        "+01:00Z",
                        "+01:00\n"))));
    return date.zip(separator, time, fraction, offset, (d, t, h, f, o) -> d + t + h + f + o);
  }

  /**
   * Short strings drawn from letters and from every character the rules treat specially: control
   * characters, each kind of white space Java knows and some it does not, format characters
   * (zero-width, bidirectional, invisible; one beyond the Basic Multilingual Plane), and a
   * character outside the Basic Multilingual Plane.
   */
  private static Gen<String> textLike(int shortest, int longest) {
    Gen<String> characters =
        Generate.frequency(
            Pair.of(4, Generate.pick(List.of("a", "Z", "7", "-", "é", "\uD83D\uDE00"))),
            Pair.of(
                4,
                Generate.pick(
                    List.of(
                        " ", "\t", "\n", "\r", "\u000B", "\u000C", "\u001C", "\u001F", "\u1680",
                        "\u2000", "\u2006", "\u2008", "\u200A", "\u2028", "\u2029", "\u205F",
                        "\u3000"))),
            Pair.of(
                2,
                Generate.pick(
                    List.of(
                        "\u0000",
                        "\u0007",
                        "\u001B",
                        "\u007F",
                        "\u0085",
                        "\u009F",
                        "\u00A0",
                        "\u2007",
                        "\u202F",
                        "\u180E",
                        "\u200B",
                        "\uFEFF",
                        "\u0080",
                        "\u00AD",
                        "\u200E",
                        "\u202E",
                        "\u2060",
                        "\u2066",
                        "\uDB40\uDC01"))));
    return lists()
        .of(characters)
        .ofSizeBetween(shortest, longest)
        .map(parts -> String.join("", parts));
  }

  private static int yearInUtc(String instant) {
    try {
      return Instant.parse(instant).atOffset(ZoneOffset.UTC).getYear();
    } catch (DateTimeParseException e) {
      throw new AssertionError("the reader refused an instant it cannot parse: " + instant, e);
    }
  }

  private static String escaped(String value) {
    StringBuilder text = new StringBuilder();
    for (int c : value.codePoints().toArray()) {
      if (c < 0x20 || c >= 0x7F) {
        text.append(String.format("\\u%04X", c));
      } else {
        text.append((char) c);
      }
    }
    return text.toString();
  }
}
