package org.safeguarding.core.plan;

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

/**
 * The small structural checks that plans, rooms and incidents share, collecting every problem
 * rather than stopping at the first. Messages name the expectation and never repeat the value, so
 * that free text cannot leak into exception messages or logs.
 */
final class StructureChecks {

  private static final Instant FIRST_INSTANT =
      LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static final Instant AFTER_LAST_INSTANT =
      LocalDate.of(MAX_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private final List<PlanProblem> problems = new ArrayList<>();

  void add(String path, String message) {
    problems.add(PlanProblem.of(path, message));
  }

  void throwIfAny(String subject) {
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(subject, problems);
    }
  }

  void id(String path, String id) {
    if (id.isBlank()) {
      add(path, "must not be blank");
    } else if (id.length() > MAX_ID_LENGTH) {
      add(path, "must be at most " + MAX_ID_LENGTH + " characters");
    } else if (hasForbiddenCharacter(id, false)) {
      add(path, "must not contain control characters or unpaired surrogates");
    }
  }

  void text(String path, String text) {
    if (text.isBlank()) {
      add(path, "must not be blank");
    } else if (text.length() > MAX_TEXT_LENGTH) {
      add(path, "must be at most " + MAX_TEXT_LENGTH + " characters");
    } else if (hasForbiddenCharacter(text, true)) {
      add(path, "must not contain control characters (but tab and line breaks) or unpaired surrogates");
    }
  }

  void range(String path, int value, int min, int max) {
    if (value < min || value > max) {
      add(path, "must be between " + min + " and " + max);
    }
  }

  void size(String path, Collection<?> values, int max) {
    if (values.size() > max) {
      add(path, "must hold at most " + max + " entries");
    }
  }

  void date(String path, LocalDate date) {
    if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
      add(path, "must be a date between " + MIN_YEAR + "-01-01 and " + MAX_YEAR + "-12-31");
    }
  }

  void instant(String path, Instant instant) {
    // Compared as instants: Instant's range is wider than a date-time's, so no conversion here.
    if (instant.isBefore(FIRST_INSTANT) || !instant.isBefore(AFTER_LAST_INSTANT)) {
      add(path, "must be an instant between " + MIN_YEAR + " and " + MAX_YEAR);
    }
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
