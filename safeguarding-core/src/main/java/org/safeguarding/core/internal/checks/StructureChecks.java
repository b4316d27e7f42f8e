package org.safeguarding.core.internal.checks;

import static org.safeguarding.core.plan.PlanLimits.MAX_ID_LENGTH;
import static org.safeguarding.core.plan.PlanLimits.MAX_TEXT_LENGTH;
import static org.safeguarding.core.plan.PlanLimits.MAX_YEAR;
import static org.safeguarding.core.plan.PlanLimits.MIN_YEAR;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.json.JsonDocument;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;

/**
 * The small structural checks that plans, rooms, incidents and the engine's answers share,
 * collecting every problem rather than stopping at the first. Messages name the expectation and
 * never repeat the value, so that free text cannot leak into exception messages or logs.
 *
 * <p>Internal: public so that the value types of every model package, and the door in the rules
 * module, check ids and instants by the same rules as the plan. Not exported to users, so it may
 * change in any release. It holds no state beyond the problems of one check.
 */
public final class StructureChecks {

  private static final Instant FIRST_INSTANT =
      LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant AFTER_LAST_INSTANT =
      LocalDate.of(MAX_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private final List<PlanProblem> problems = new ArrayList<>();

  /** Starts with no problems. */
  public StructureChecks() {}

  /**
   * Records a problem.
   *
   * @param path the JSON path of the value at fault
   * @param message what was expected there, never repeating the value
   */
  public void add(String path, String message) {
    problems.add(PlanProblem.of(path, message));
  }

  /**
   * Throws if any problem was recorded.
   *
   * @param document the document being checked, such as {@code SafeguardingJson.ROOM}
   * @throws InvalidPlanException listing every problem recorded
   */
  public void throwIfAny(JsonDocument<?> document) {
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(document, problems);
    }
  }

  /**
   * Throws if any problem was recorded in one part of a document built on its own, such as a
   * finding: its paths start at that part, which the message names instead of the whole document.
   *
   * @param document the document the part belongs to, such as {@code SafeguardingJson.ASSESSMENT}
   * @param part what the part is, such as {@code "finding"}
   * @throws InvalidPlanException listing every problem recorded
   */
  public void throwIfAny(JsonDocument<?> document, String part) {
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(document, part, problems);
    }
  }

  /**
   * Runs a value type's generated {@code build()}, reporting the required attributes it found unset
   * as one {@link InvalidPlanException}: each attribute a problem at its path in the value's JSON,
   * {@code $.start: is required}, in the order the type declares them, which is the JSON
   * contract's. Paths start at the value being built, whatever document it will belong to. Every
   * value type's builder calls this, so that a value built in Java with a required value missing
   * fails as one read from JSON does, not with Immutables' {@code IllegalStateException}.
   *
   * @param document the document the value belongs to, named by the exception
   * @param subject what is being built, such as {@code "session plan"} or {@code "participant"}
   * @param build the generated {@code build()}
   * @param <T> the value type
   * @return the value built
   * @throws InvalidPlanException if required attributes are unset, or the value's own structural
   *     checks fail
   */
  public static <T> T build(JsonDocument<?> document, String subject, Supplier<T> build) {
    try {
      return build.get();
    } catch (MissingAttributesException missing) {
      StructureChecks checks = new StructureChecks();
      for (String attribute : missing.attributes()) {
        checks.add("$." + attribute, "is required");
      }
      throw new InvalidPlanException(document, subject, checks.problems);
    }
  }

  /**
   * Checks an id: not blank (nothing but white space and space characters, the no-break ones
   * included), at most {@link PlanLimits#MAX_ID_LENGTH} characters, no control characters or
   * unpaired surrogates, no format characters (Unicode category Cf: zero-width, bidirectional and
   * other invisible marks) and no line or paragraph separators. An id names a person in findings,
   * rooms and reports, so it must show as what it is: nothing in it may be invisible, reorder the
   * text around it or break a line.
   *
   * @param path the id's JSON path
   * @param id the id
   */
  public void id(String path, String id) {
    @Nullable String problem = idProblem(id);
    if (problem != null) {
      add(path, problem);
    }
  }

  /**
   * {@return what is wrong with an id, as {@link #id} words it, or null when nothing is}
   *
   * @param id the id
   */
  public static @Nullable String idProblem(String id) {
    if (isBlankId(id)) {
      return "must not be blank";
    } else if (id.length() > MAX_ID_LENGTH) {
      return "must be at most " + MAX_ID_LENGTH + " characters";
    } else if (hasForbiddenCharacter(id, false)) {
      return "must not contain control characters or unpaired surrogates";
    } else if (id.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
      return "must not contain format characters (zero-width, bidirectional or invisible)";
    } else if (id.codePoints().anyMatch(StructureChecks::isLineOrParagraphSeparator)) {
      return "must not contain line or paragraph separators";
    }
    return null;
  }

  /**
   * Checks that text is not blank (empty or white space only), and nothing more.
   *
   * @param path the text's JSON path
   * @param text the text
   */
  public void notBlank(String path, String text) {
    if (text.isBlank()) {
      add(path, "must not be blank");
    }
  }

  /**
   * Checks free text: not blank, at most {@link PlanLimits#MAX_TEXT_LENGTH} characters, no control
   * characters but tab and line breaks, no unpaired surrogates.
   *
   * @param path the text's JSON path
   * @param text the text
   */
  public void text(String path, String text) {
    if (text.isBlank()) {
      add(path, "must not be blank");
    } else if (text.length() > MAX_TEXT_LENGTH) {
      add(path, "must be at most " + MAX_TEXT_LENGTH + " characters");
    } else if (hasForbiddenCharacter(text, true)) {
      add(
          path,
          "must not contain control characters (but tab and line breaks) or unpaired surrogates");
    }
  }

  /**
   * Checks a list of cited sources: at least one, each valid text.
   *
   * @param path the list's JSON path
   * @param sources the sources
   */
  public void sources(String path, List<String> sources) {
    if (sources.isEmpty()) {
      add(path, "must cite at least one source");
    }
    for (int i = 0; i < sources.size(); i++) {
      text(path + "[" + i + "]", sources.get(i));
    }
  }

  /**
   * Checks that a number lies in a range, both ends included.
   *
   * @param path the number's JSON path
   * @param value the number
   * @param min the least allowed
   * @param max the most allowed
   */
  public void range(String path, int value, int min, int max) {
    if (value < min || value > max) {
      add(path, "must be between " + min + " and " + max);
    }
  }

  /**
   * Checks that a list or set holds at most {@code max} entries.
   *
   * @param path the list's JSON path
   * @param values the list
   * @param max the most allowed
   */
  public void size(String path, Collection<?> values, int max) {
    if (values.size() > max) {
      add(path, "must hold at most " + max + " entries");
    }
  }

  /**
   * Checks that a date's year lies between {@link PlanLimits#MIN_YEAR} and {@link
   * PlanLimits#MAX_YEAR}.
   *
   * @param path the date's JSON path
   * @param date the date
   */
  public void date(String path, LocalDate date) {
    if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      add(path, "must be a date between " + MIN_YEAR + "-01-01 and " + MAX_YEAR + "-12-31");
    }
  }

  /**
   * Checks that an instant lies between {@link PlanLimits#MIN_YEAR} and {@link
   * PlanLimits#MAX_YEAR}, in UTC.
   *
   * @param path the instant's JSON path
   * @param instant the instant
   */
  public void instant(String path, Instant instant) {
    // Compared as instants: Instant's range is wider than a date-time's, so no conversion here.
    if (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(AFTER_LAST_INSTANT)) {
      add(path, "must be an instant between " + MIN_YEAR + " and " + MAX_YEAR);
    }
  }

  /**
   * Blank as an id: empty, or nothing but white space and space characters, so that an id of
   * no-break spaces (U+00A0, U+2007, U+202F), which {@link String#isBlank()} lets through, is blank
   * too.
   */
  private static boolean isBlankId(String id) {
    return id.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private static boolean isLineOrParagraphSeparator(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Control characters can disguise text in terminals and logs; an unpaired surrogate cannot be
   * written as UTF-8, so a plan holding one could not be saved.
   */
  private static boolean hasForbiddenCharacter(String text, boolean allowLineBreaks) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (!(allowLineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
          return true;
        }
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
