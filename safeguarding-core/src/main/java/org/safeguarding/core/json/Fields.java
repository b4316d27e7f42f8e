package org.safeguarding.core.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the fields of one JSON object strictly, recording a problem with its path for every field
 * that is missing, of the wrong type or unknown, and carrying on, so that one pass reports every
 * problem of a document.
 *
 * <p>Where a required value is missing or wrong, a placeholder stands in so that the object can
 * still be built and the structural checks can run on the rest. Every placeholder sits at a path
 * that already has a problem, and {@link PlanReader} drops any structural problem found at or under
 * such a path, so a placeholder never shows. An object that is itself missing is read <em>quietly
 * </em>: its fields' problems are not recorded twice.
 */
final class Fields {

  // Placeholders are chosen so that no structural check can fail because of one anywhere but at
  // its own path: the earliest date cannot be later than another, and a text or id starting with
  // a NUL cannot equal a valid one.
  private static final LocalDate PLACEHOLDER_DATE = LocalDate.MIN;
  private static final Instant PLACEHOLDER_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
  private static final String PLACEHOLDER_PREFIX = "\u0000";
  private static final JsonNode EMPTY_OBJECT = JsonNodeFactory.instance.objectNode();

  private final JsonNode node;
  private final String path;
  private final ShapeProblems problems;
  private final boolean quiet;
  private final Set<String> read = new HashSet<>();

  private Fields(JsonNode node, String path, ShapeProblems problems, boolean quiet) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.quiet = quiet;
  }

  /** Reads {@code node} as an object at {@code path}; a non-object is a problem, read quietly. */
  static Fields of(JsonNode node, String path, ShapeProblems problems) {
    if (node.isObject()) {
      return new Fields(node, path, problems, false);
    }
    problems.add(path, "must be an object");
    return new Fields(EMPTY_OBJECT, path, problems, true);
  }

  /** Records every field that no read asked for. Call once all fields have been read. */
  void rejectUnknown() {
    for (String name : node.propertyNames()) {
      if (!read.contains(name)) {
        problem(JsonPaths.field(path, name), "unknown field");
      }
    }
  }

  Fields object(String name) {
    JsonNode value = value(name);
    if (value == null) {
      if (!node.has(name)) {
        missing(name);
      }
      return new Fields(EMPTY_OBJECT, JsonPaths.field(path, name), problems, true);
    }
    return child(value, JsonPaths.field(path, name));
  }

  Optional<Fields> optionalObject(String name) {
    JsonNode value = value(name);
    return value == null ? Optional.empty() : Optional.of(object(name));
  }

  String string(String name) {
    return optionalString(name).orElseGet(() -> placeholderIfAbsent(name));
  }

  Optional<String> optionalString(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isString()) {
      problem(JsonPaths.field(path, name), "must be a string");
      return Optional.empty();
    }
    return Optional.of(value.stringValue());
  }

  int integer(String name) {
    OptionalInt value = optionalInteger(name);
    if (value.isPresent()) {
      return value.getAsInt();
    }
    placeholderIfAbsent(name);
    return 1;
  }

  OptionalInt optionalInteger(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return OptionalInt.empty();
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      problem(JsonPaths.field(path, name), "must be a whole number");
      return OptionalInt.empty();
    }
    return OptionalInt.of(value.intValue());
  }

  /** Absent booleans are false: for every safeguard, "not in place". */
  boolean bool(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return false;
    }
    if (!value.isBoolean()) {
      problem(JsonPaths.field(path, name), "must be true or false");
      return false;
    }
    return value.booleanValue();
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    return enumValue(name, type, type.getEnumConstants()[0]);
  }

  /** A required enum value, with the placeholder to stand in when it is missing or unknown. */
  <E extends Enum<E>> E enumValue(String name, Class<E> type, E placeholder) {
    return optionalEnum(name, type)
        .orElseGet(
            () -> {
              placeholderIfAbsent(name);
              return placeholder;
            });
  }

  <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type) {
    JsonNode value = value(name);
    return value == null
        ? Optional.empty()
        : Optional.ofNullable(enumOf(value, JsonPaths.field(path, name), type));
  }

  /** An array of distinct enum values; absent is empty, and an entry may not repeat. */
  <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    List<JsonNode> elements = array(name);
    for (int i = 0; i < elements.size(); i++) {
      String at = JsonPaths.index(JsonPaths.field(path, name), i);
      E value = enumOf(elements.get(i), at, type);
      if (value != null && !values.add(value)) {
        problem(at, "must not repeat a value");
      }
    }
    return values;
  }

  /** An array of strings; absent is empty. A wrong entry keeps its place, so later paths hold. */
  List<String> strings(String name, int max) {
    return strings(name, false, max);
  }

  /** An array of strings, which when {@code required} must be present, though it may be empty. */
  List<String> strings(String name, boolean required, int max) {
    if (required && !node.has(name)) {
      missing(name);
    }
    List<JsonNode> elements = array(name);
    if (elements.size() > max) {
      problem(JsonPaths.field(path, name), "must hold at most " + max + " entries");
      return List.of();
    }
    List<String> values = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      JsonNode element = elements.get(i);
      if (element.isString()) {
        values.add(element.stringValue());
      } else {
        problem(JsonPaths.index(JsonPaths.field(path, name), i), "must be a string");
        values.add(PLACEHOLDER_PREFIX);
      }
    }
    return values;
  }

  /**
   * An array of objects, each read by {@code reader}. A wrong entry is read quietly as an empty
   * object, so that it keeps its place and later entries keep their paths.
   */
  <T> List<T> objects(String name, boolean required, int max, Function<Fields, T> reader) {
    if (required && !node.has(name)) {
      missing(name);
    }
    List<JsonNode> elements = array(name);
    if (elements.size() > max) {
      // Bind none of them: the plan is invalid anyway, and binding a million would cost a lot.
      problem(JsonPaths.field(path, name), "must hold at most " + max + " entries");
      return List.of();
    }
    List<T> values = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      values.add(
          reader.apply(child(elements.get(i), JsonPaths.index(JsonPaths.field(path, name), i))));
    }
    return values;
  }

  LocalDate date(String name) {
    return optionalDate(name)
        .orElseGet(
            () -> {
              placeholderIfAbsent(name);
              return PLACEHOLDER_DATE;
            });
  }

  Optional<LocalDate> optionalDate(String name) {
    return optionalString(name)
        .flatMap(
            text -> {
              try {
                return Optional.of(LocalDate.parse(text));
              } catch (DateTimeParseException e) {
                problem(JsonPaths.field(path, name), "must be a date written yyyy-mm-dd");
                return Optional.empty();
              }
            });
  }

  Instant instant(String name) {
    return optionalString(name)
        .flatMap(
            text -> {
              try {
                return Optional.of(Instant.parse(text));
              } catch (DateTimeParseException e) {
                problem(
                    JsonPaths.field(path, name),
                    "must be an instant written yyyy-mm-ddThh:mm:ssZ (or with an offset)");
                return Optional.empty();
              }
            })
        .orElseGet(
            () -> {
              placeholderIfAbsent(name);
              return PLACEHOLDER_INSTANT;
            });
  }

  /** The value of a field, or null when absent; a JSON null is a problem, and counts as absent. */
  private @Nullable JsonNode value(String name) {
    read.add(name);
    JsonNode value = node.get(name);
    if (value != null && value.isNull()) {
      problem(JsonPaths.field(path, name), "must not be null");
      return null;
    }
    return value;
  }

  private List<JsonNode> array(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      problem(JsonPaths.field(path, name), "must be an array");
      return List.of();
    }
    List<JsonNode> elements = new ArrayList<>(value.size());
    value.forEach(elements::add);
    return elements;
  }

  private <E extends Enum<E>> @Nullable E enumOf(JsonNode value, String at, Class<E> type) {
    if (value.isString()) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(value.stringValue())) {
          return constant;
        }
      }
    }
    problem(at, "must be one of " + names(type));
    return null;
  }

  /** A required value is absent or unusable: a problem if absent, and a placeholder either way. */
  private String placeholderIfAbsent(String name) {
    if (!node.has(name)) {
      missing(name);
    }
    return PLACEHOLDER_PREFIX + JsonPaths.field(path, name);
  }

  private void missing(String name) {
    problem(JsonPaths.field(path, name), "is required");
  }

  /** A nested object: inside a quiet object, quiet too. */
  private Fields child(JsonNode value, String at) {
    if (quiet) {
      return new Fields(value.isObject() ? value : EMPTY_OBJECT, at, problems, true);
    }
    return of(value, at, problems);
  }

  private void problem(String at, String message) {
    if (!quiet) {
      problems.add(at, message);
    }
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    return Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
