package org.safeguarding.rules;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One number or word an organisation's rule reads from the rulebook rather than its code: a member
 * of the rule's section in the rulebook's {@code extensions}, by the rule's name.
 *
 * <pre>{@code
 * "extensions": {"late-session": {"latestEnd": "21:00", "underAge": 16}}
 * }</pre>
 *
 * <p>A rule lists its settings ({@link Rule#settings()}); the engine reads and checks them when it
 * is built, so a missing, misspelt or out-of-range value is an {@code InvalidRulebookException}
 * naming its path (such as {@code $.extensions.late-session.underAge}) before any plan is assessed,
 * and the rule reads each one typed with {@link Evaluation#setting}. A setting is required unless
 * it is given a default with {@link #orElse}.
 *
 * @param <T> the value's type
 */
public final class Setting<T> {

  private final String name;
  private final Class<T> type;
  private final String expectation;
  private final Function<Object, @Nullable T> reader;
  private final @Nullable T fallback;

  private Setting(
      String name,
      Class<T> type,
      String expectation,
      Function<Object, @Nullable T> reader,
      @Nullable T fallback) {
    this.name = requireName(name);
    this.type = type;
    this.expectation = expectation;
    this.reader = reader;
    this.fallback = fallback;
  }

  /**
   * A whole number within bounds.
   *
   * @param name the setting's name in the rule's section: a letter, then letters and digits
   * @param min the least value allowed
   * @param max the greatest value allowed
   * @return the setting, required
   * @throws IllegalArgumentException if the name is malformed or min is greater than max
   */
  public static Setting<Integer> wholeNumber(String name, int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException(
          "setting " + name + " has min " + min + " greater than max " + max);
    }
    return new Setting<>(
        name,
        Integer.class,
        "must be a whole number from " + min + " to " + max,
        raw -> {
          if (!(raw instanceof BigDecimal number)) {
            return null;
          }
          try {
            int value = number.intValueExact();
            return value >= min && value <= max ? value : null;
          } catch (ArithmeticException e) {
            return null;
          }
        },
        null);
  }

  private static final DateTimeFormatter TIME_OF_DAY =
      DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

  /**
   * A local time of day, written {@code hh:mm} (24-hour clock, 00:00 to 23:59).
   *
   * @param name the setting's name in the rule's section: a letter, then letters and digits
   * @return the setting, required
   * @throws IllegalArgumentException if the name is malformed
   */
  public static Setting<LocalTime> timeOfDay(String name) {
    return new Setting<>(
        name,
        LocalTime.class,
        "must be a time of day written hh:mm, from 00:00 to 23:59",
        raw -> {
          if (!(raw instanceof String text) || text.length() != 5) {
            return null;
          }
          try {
            return LocalTime.parse(text, TIME_OF_DAY);
          } catch (DateTimeParseException e) {
            return null;
          }
        },
        null);
  }

  /**
   * A yes-or-no value, written {@code true} or {@code false}.
   *
   * @param name the setting's name in the rule's section: a letter, then letters and digits
   * @return the setting, required
   * @throws IllegalArgumentException if the name is malformed
   */
  public static Setting<Boolean> flag(String name) {
    return new Setting<>(
        name,
        Boolean.class,
        "must be true or false",
        raw -> raw instanceof Boolean value ? value : null,
        null);
  }

  /**
   * A word or short phrase: 1 to 200 characters, not blank, with no control or format characters.
   *
   * @param name the setting's name in the rule's section: a letter, then letters and digits
   * @return the setting, required
   * @throws IllegalArgumentException if the name is malformed
   */
  public static Setting<String> text(String name) {
    return new Setting<>(
        name,
        String.class,
        "must be text of 1 to 200 characters, not blank, with no control characters",
        raw -> raw instanceof String text && isPlainText(text) ? text : null,
        null);
  }

  private static boolean isPlainText(String text) {
    if (text.isBlank() || text.length() > 200) {
      return false;
    }
    return text.codePoints()
        .noneMatch(
            c -> {
              int kind = Character.getType(c);
              return kind == Character.CONTROL
                  || kind == Character.FORMAT
                  || kind == Character.LINE_SEPARATOR
                  || kind == Character.PARAGRAPH_SEPARATOR
                  || kind == Character.SURROGATE
                  || kind == Character.UNASSIGNED
                  || kind == Character.PRIVATE_USE;
            });
  }

  /**
   * Returns a copy that takes a default when the rulebook does not give the setting. A default is
   * checked as a value from the rulebook would be.
   *
   * @param value the default
   * @return the copy
   * @throws IllegalArgumentException if the default is not a value the setting allows
   */
  public Setting<T> orElse(T value) {
    Objects.requireNonNull(value, "value");
    Object raw = value instanceof Integer whole ? BigDecimal.valueOf(whole) : value;
    if (value instanceof LocalTime time) {
      raw = time.format(TIME_OF_DAY);
    }
    if (reader.apply(raw) == null) {
      throw new IllegalArgumentException(
          "the default of setting " + name + " " + expectation + ", not " + value);
    }
    return new Setting<>(name, type, expectation, reader, value);
  }

  private static String requireName(String name) {
    Objects.requireNonNull(name, "name");
    boolean wellFormed = !name.isEmpty() && name.length() <= 64 && isAsciiLetter(name.charAt(0));
    for (int i = 1; i < name.length() && wellFormed; i++) {
      char c = name.charAt(i);
      wellFormed = isAsciiLetter(c) || (c >= '0' && c <= '9');
    }
    if (!wellFormed) {
      throw new IllegalArgumentException(
          "setting name must be 1 to 64 ASCII letters and digits starting with a letter, not \""
              + name
              + "\"");
    }
    return name;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** {@return the setting's name in the rule's section of the rulebook's extensions} */
  public String name() {
    return name;
  }

  /** {@return the default, if the setting has one} */
  public Optional<T> defaultValue() {
    return Optional.ofNullable(fallback);
  }

  /** {@return what a value must be, as a problem's message says it} */
  public String expectation() {
    return expectation;
  }

  Class<T> type() {
    return type;
  }

  /**
   * Reads the setting from the value a rulebook gives (a string, a {@link BigDecimal}, a boolean,
   * or a list of those), or from its default when the rulebook gives none.
   *
   * @return the value, or empty if the given value is not one the setting allows, or none is given
   *     and there is no default
   */
  Optional<T> read(@Nullable Object raw) {
    if (raw == null) {
      return Optional.ofNullable(fallback);
    }
    return Optional.ofNullable(reader.apply(raw));
  }

  @Override
  public String toString() {
    return "setting " + name;
  }
}
