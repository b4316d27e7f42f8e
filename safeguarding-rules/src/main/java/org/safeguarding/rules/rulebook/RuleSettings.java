package org.safeguarding.rules.rulebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The settings an organisation gives one of its own rules in a rulebook's {@code extensions}: each
 * setting a name and a value, where a value is a {@link String}, a {@link BigDecimal}, a {@link
 * Boolean}, or an unmodifiable {@link List} of those. Immutable and thread-safe.
 *
 * <p>A rulebook does not know which rules exist: whether a rule declares a setting is checked when
 * the engine is built, not here.
 */
public final class RuleSettings {

  private static final RuleSettings NONE = new RuleSettings(new TreeMap<>());

  private final Map<String, Object> values;

  private RuleSettings(TreeMap<String, Object> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * Returns settings holding a copy of {@code settings}.
   *
   * @param settings each setting's name and value: a {@link String}, a {@link BigDecimal}, a {@link
   *     Boolean}, or a {@link List} of those
   * @return the settings, sorted by name
   * @throws NullPointerException if a name, a value or an entry of a list is null
   * @throws IllegalArgumentException if a value is of another type
   */
  public static RuleSettings of(Map<String, ?> settings) {
    Objects.requireNonNull(settings, "settings");
    if (settings.isEmpty()) {
      return NONE;
    }
    TreeMap<String, Object> copy = new TreeMap<>();
    settings.forEach(
        (name, value) -> {
          Objects.requireNonNull(name, "a setting's name");
          Objects.requireNonNull(value, () -> "the value of setting " + name);
          copy.put(name, value(name, value));
        });
    return new RuleSettings(copy);
  }

  private static Object value(String name, Object value) {
    if (value instanceof List<?> list) {
      List<Object> entries = new ArrayList<>(list.size());
      for (Object entry : list) {
        Objects.requireNonNull(entry, () -> "an entry of the value of setting " + name);
        entries.add(scalar(name, entry));
      }
      return Collections.unmodifiableList(entries);
    }
    return scalar(name, value);
  }

  private static Object scalar(String name, Object value) {
    if (value instanceof String || value instanceof BigDecimal || value instanceof Boolean) {
      return value;
    }
    throw new IllegalArgumentException(
        "setting "
            + name
            + " must be a String, a BigDecimal, a Boolean or a List of those, not a "
            + value.getClass().getName());
  }

  /** {@return the names of the settings, sorted} */
  public Set<String> names() {
    return values.keySet();
  }

  /**
   * Returns a setting's value.
   *
   * @param name the setting's name
   * @return its value: a {@link String}, a {@link BigDecimal}, a {@link Boolean}, or an
   *     unmodifiable {@link List} of those; empty when the rulebook does not give it
   */
  public Optional<Object> value(String name) {
    return Optional.ofNullable(values.get(Objects.requireNonNull(name, "name")));
  }

  /** Every setting and its value, sorted by name, for the writer. */
  Map<String, Object> values() {
    return values;
  }

  /**
   * Settings are equal when they have the same names with equal values; numbers are compared as
   * {@link BigDecimal#equals} does, so {@code 1.5} and {@code 1.50} differ, as they are written.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RuleSettings && ((RuleSettings) other).values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "RuleSettings" + values;
  }
}
