package org.safeguarding.core.internal.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.plan.PlanProblem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reads a document as it streams past, strictly, recording a problem with its path for every value
 * that is missing, of the wrong type or unknown, and carrying on, so that one pass reports every
 * problem of a document. Nothing is held but what the reader keeps: no tree of the document is
 * built, and once the problems' listing is full, lists stop keeping their entries.
 *
 * <p>A document reader reads an object with {@link #fields}, dispatching on each field's name to
 * one value reader ({@link #string}, {@link #integer}, {@link #object}, ...) or to {@link
 * #unknown}. A value reader hands a usable value to its consumer and otherwise records the problem
 * and hands nothing: the reader's builder keeps the placeholder it was given first. Every
 * placeholder sits at a path that has a problem, and {@link Problems#build} drops any structural
 * problem found at or under such a path, so a placeholder never shows.
 *
 * <p>Every value reader starts on the value's first token and leaves the parser on its last.
 */
public final class JsonInput {

  /** A field reader: reads the value of the field named, or calls {@link #unknown}. */
  @FunctionalInterface
  public interface FieldReader {
    void field(String name);
  }

  /** Placeholders that cannot be mistaken for input, nor fail a check anywhere but their path. */
  public static final LocalDate PLACEHOLDER_DATE = LocalDate.MIN;

  public static final Instant PLACEHOLDER_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

  private static final JsonInput NOWHERE =
      new JsonInput(null, new Problems(), problems -> new IllegalStateException("nothing read"));
  private static final AtomicLong PLACEHOLDERS = new AtomicLong();

  private final @Nullable JsonParser parser;
  private final Problems problems;
  private final Function<List<PlanProblem>, RuntimeException> invalid;

  // The path of the value being read, kept as segments and written out only for a problem.
  private String[] names = new String[8];
  private int[] indices = new int[8];
  private int depth;

  // The unknown fields of the object being read, reported once it is read, and how many more
  // there were than are listed.
  private @Nullable List<String> unknown;
  private long unknownUnlisted;

  // The names seen in each object being read, by its depth among objects, kept for the next
  // object at that depth; and whether the field being read is one the model does not know.
  private FieldNames[] seenNames = new FieldNames[0];
  private int objects;
  private boolean fieldUnknown;

  JsonInput(
      @Nullable JsonParser parser,
      Problems problems,
      Function<List<PlanProblem>, ? extends RuntimeException> invalid) {
    this.parser = parser;
    this.problems = problems;
    this.invalid = invalid::apply;
  }

  /**
   * An input with nothing in it, for a reader to build the placeholder of an object that is
   * missing: its {@link #fields} sees no field and reports nothing.
   */
  public static JsonInput nowhere() {
    return NOWHERE;
  }

  /** The problems found so far. */
  public Problems problems() {
    return problems;
  }

  /**
   * The last step of reading a document: builds its value, which runs its structural checks, and
   * refuses the document with every problem found, shape and structural together.
   */
  public <T> Supplier<T> building(Supplier<T> build) {
    return () -> problems.build(build, invalid);
  }

  /** The last step of reading a document that can only be refused, with the problems found. */
  public <T> Supplier<T> refused() {
    return refused(problems.list());
  }

  /** The last step of reading a document that can only be refused, with {@code listed} alone. */
  public <T> Supplier<T> refused(List<PlanProblem> listed) {
    return () -> {
      throw invalid.apply(listed);
    };
  }

  /** A text placeholder, unlike any other: a text or id starting with a NUL is never valid. */
  public static String placeholderText() {
    return "\u0000" + PLACEHOLDERS.incrementAndGet();
  }

  /** The path of the value being read, such as {@code $.participants[2].age}. */
  public String path() {
    String path = "$";
    for (int i = 0; i < depth; i++) {
      path = names[i] != null ? JsonPaths.field(path, names[i]) : JsonPaths.index(path, indices[i]);
    }
    return path;
  }

  /** Records a problem at the value being read. */
  public void problem(String message) {
    problems.add(path(), message);
  }

  /** Records a problem at a field of the object being read, such as a missing one. */
  public void problemAt(String field, String message) {
    problems.add(JsonPaths.field(path(), field), message);
  }

  // ---------------------------------------------------------------------------------------------
  // Objects

  /**
   * Reads an object, handing each field to {@code reader} with the parser on its value, then
   * records each of {@code required} that was not there. A value that is not an object is a
   * problem, and its fields are not read: none is reported missing.
   *
   * @return whether the value was an object
   */
  public boolean fields(List<String> required, FieldReader reader) {
    JsonParser in = parser;
    if (in == null) {
      return false;
    }
    if (in.currentToken() != JsonToken.START_OBJECT) {
      wrongType("must be an object");
      return false;
    }
    long seen = 0;
    @Nullable List<String> outerUnknown = unknown;
    long outerUnknownUnlisted = unknownUnlisted;
    unknown = null;
    unknownUnlisted = 0;
    FieldNames seenHere = openObject();
    for (String name = in.nextName(); name != null; name = in.nextName()) {
      if (seenHere.seen(name)) {
        push(name, 0);
        throw new TextFault(
            path(),
            "must appear only once in its object" + TextFault.at(in.currentTokenLocation()));
      }
      int known = required.indexOf(name);
      if (known >= 0 && known < Long.SIZE) {
        seen |= 1L << known;
      }
      in.nextToken();
      push(name, 0);
      fieldUnknown = false;
      reader.field(name);
      if (fieldUnknown) {
        seenHere.unknown(name);
      } else {
        seenHere.known(name);
      }
      pop();
    }
    objects--;
    for (int i = 0; i < required.size(); i++) {
      if ((seen & (1L << i)) == 0) {
        problemAt(required.get(i), "is required");
      }
    }
    // Unknown fields come last, after what the object should have held.
    if (unknown != null) {
      for (String path : unknown) {
        problems.add(path, "unknown field");
      }
      problems.addUnlisted(unknownUnlisted);
    }
    unknown = outerUnknown;
    unknownUnlisted = outerUnknownUnlisted;
    return true;
  }

  /**
   * Reads an object keyed by the names of an enum's constants, handing each key to {@code reader}
   * with the parser on its value. A key that names no constant is a problem, and so is, when {@code
   * every} constant needs an entry, each one missing (at the object's path).
   *
   * @return whether the value was such an object
   */
  public <K extends Enum<K>> boolean keyed(Class<K> keys, boolean every, Consumer<K> reader) {
    if (isNull()) {
      return false;
    }
    if (current() != JsonToken.START_OBJECT) {
      wrongType("must be an object keyed by " + (every ? "each of: " : "any of: ") + names(keys));
      return false;
    }
    Set<K> seen = EnumSet.noneOf(keys);
    fields(
        List.of(),
        name -> {
          @Nullable Enum<?> key = CONSTANTS.get(keys).get(name);
          if (key == null) {
            fieldUnknown = true;
            wrongType("unknown field (keys are: " + names(keys) + ")");
          } else {
            seen.add(keys.cast(key));
            reader.accept(keys.cast(key));
          }
        });
    if (every) {
      for (K key : keys.getEnumConstants()) {
        if (!seen.contains(key)) {
          problem("must have an entry for " + key);
        }
      }
    }
    return true;
  }

  /**
   * Reads an object of string values keyed by names of a pattern, of at most {@code max} entries,
   * handing each well-formed entry to {@code to} in the document's order, with the path at the
   * entry. A key that does not match is a problem at its path (worded {@code must be a name of
   * <expectation>}), and so is a value that is not a string; a larger object is one problem, at the
   * object, in place of any found in its entries.
   *
   * @return whether the value was an object of at most {@code max} entries
   */
  public boolean stringMap(
      int max, Pattern names, String expectation, BiConsumer<String, String> to) {
    if (isNull()) {
      return false;
    }
    if (current() != JsonToken.START_OBJECT) {
      wrongType("must be an object");
      return false;
    }
    Problems.Mark mark = problems.mark();
    int[] count = {0};
    fields(
        List.of(),
        name -> {
          if (++count[0] > max) {
            skip();
          } else if (!names.matcher(name).matches()) {
            problem("must be a name of " + expectation);
            skip();
          } else {
            string(value -> to.accept(name, value));
          }
        });
    if (count[0] > max) {
      // The object is refused whole: what its entries hold does not matter.
      problems.rollBack(mark);
      problem("must hold at most " + max + " entries");
      return false;
    }
    return true;
  }

  /** Records the field being read as unknown, and skips its value. */
  public void unknown() {
    fieldUnknown = true;
    if (unknown == null) {
      unknown = new ArrayList<>();
    }
    if (unknown.size() < Problems.MAX_LISTED) {
      unknown.add(path());
    } else {
      unknownUnlisted++;
    }
    skip();
  }

  /** The names of the object now opened, empty: one per depth, kept for the next object there. */
  private FieldNames openObject() {
    if (objects == seenNames.length) {
      seenNames = Arrays.copyOf(seenNames, objects + 4);
    }
    FieldNames names = seenNames[objects];
    if (names == null) {
      names = new FieldNames();
      seenNames[objects] = names;
    } else {
      names.clear();
    }
    objects++;
    return names;
  }

  /** Reads an object with {@code reader} and hands it over; a null is a problem. */
  public <T> void object(Function<JsonInput, T> reader, Consumer<? super T> to) {
    if (isNull()) {
      return;
    }
    to.accept(reader.apply(this));
  }

  /**
   * Reads an array of objects, each by {@code reader}, of at most {@code max} entries. A wrong
   * entry keeps its place (the reader builds it from placeholders), so later entries keep their
   * paths. A longer list is one problem, at the list, in place of any found in its entries.
   */
  public <T> void objects(int max, Function<JsonInput, T> reader, Consumer<List<T>> to) {
    List<T> values = new ArrayList<>();
    if (entries(max, () -> keep(values, reader.apply(this)))) {
      to.accept(values);
    }
  }

  private <T> void keep(List<T> values, T value) {
    // Once the document can only be refused, nothing read is needed again.
    if (!problems.isCut()) {
      values.add(value);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Trees

  /**
   * Reads the value as it is, as a tree, for a document that must see a value whole before it can
   * judge it (a rulebook layer is merged into its base before it is read). A repeated field is a
   * fault of the text, as in {@link #fields}; a number keeps every digit (a whole number as an int,
   * long or big integer, any other as a {@link java.math.BigDecimal}); a null is kept as a null
   * node, for the reader of the tree to refuse at its path. The tree is bounded by the document's
   * limits, which its text has kept.
   */
  public JsonNode tree() {
    JsonParser in = parser();
    switch (current()) {
      case START_OBJECT -> {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (String name = in.nextName(); name != null; name = in.nextName()) {
          push(name, 0);
          if (object.has(name)) {
            throw new TextFault(
                path(),
                "must appear only once in its object" + TextFault.at(in.currentTokenLocation()));
          }
          in.nextToken();
          object.set(name, tree());
          pop();
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int index = 0;
        for (JsonToken token = in.nextToken();
            token != JsonToken.END_ARRAY;
            token = in.nextToken()) {
          push(null, index++);
          array.add(tree());
          pop();
        }
        return array;
      }
      case VALUE_STRING -> {
        return StringNode.valueOf(in.getString());
      }
      case VALUE_NUMBER_INT -> {
        return switch (in.getNumberType()) {
          case INT -> IntNode.valueOf(in.getIntValue());
          case LONG -> LongNode.valueOf(in.getLongValue());
          default -> BigIntegerNode.valueOf(in.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return DecimalNode.valueOf(in.getDecimalValue());
      }
      case VALUE_TRUE -> {
        return BooleanNode.TRUE;
      }
      case VALUE_FALSE -> {
        return BooleanNode.FALSE;
      }
      default -> {
        return NullNode.getInstance();
      }
    }
  }

  /**
   * An input over a tree read by {@link #tree}, at the root of a document, recording its problems
   * with this input's: the tree's paths are the document's.
   */
  public JsonInput over(JsonNode tree) {
    JsonParser traversal = tree.traverse(ObjectReadContext.empty());
    traversal.nextToken();
    return new JsonInput(traversal, problems, invalid);
  }

  // ---------------------------------------------------------------------------------------------
  // Scalars

  /** A string. */
  public void string(Consumer<String> to) {
    if (isNull()) {
      return;
    }
    if (current() != JsonToken.VALUE_STRING) {
      wrongType("must be a string");
      return;
    }
    to.accept(text());
  }

  /**
   * A string whose expectation is more than its type: any other value is a problem worded {@code
   * must be <expectation>}, such as {@code must be a time zone region id}.
   */
  public void string(String expectation, Consumer<String> to) {
    if (isNull()) {
      return;
    }
    if (current() != JsonToken.VALUE_STRING) {
      wrongType("must be " + expectation);
      return;
    }
    to.accept(text());
  }

  /** A whole number that fits an {@code int}. */
  public void integer(IntConsumer to) {
    if (isNull()) {
      return;
    }
    JsonParser in = parser();
    if (current() != JsonToken.VALUE_NUMBER_INT
        || in.getNumberType() != JsonParser.NumberType.INT) {
      wrongType("must be a whole number");
      return;
    }
    to.accept(in.getIntValue());
  }

  /**
   * A whole number from {@code min} to {@code max}: any other value, of another type or out of
   * range, is one problem that names the range.
   */
  public void integer(int min, int max, IntConsumer to) {
    if (isNull()) {
      return;
    }
    JsonParser in = parser();
    if (current() == JsonToken.VALUE_NUMBER_INT
        && in.getNumberType() == JsonParser.NumberType.INT) {
      int value = in.getIntValue();
      if (value >= min && value <= max) {
        to.accept(value);
        return;
      }
    }
    wrongType("must be a whole number from " + min + " to " + max);
  }

  /** {@code true} or {@code false}. */
  public void bool(Consumer<Boolean> to) {
    if (isNull()) {
      return;
    }
    JsonToken token = current();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      wrongType("must be true or false");
      return;
    }
    to.accept(token == JsonToken.VALUE_TRUE);
  }

  /** One of an enum's constants, by its exact name. */
  public <E extends Enum<E>> void enumValue(Class<E> type, Consumer<E> to) {
    if (isNull()) {
      return;
    }
    E value = enumHere(type);
    if (value != null) {
      to.accept(value);
    }
  }

  /** An array of distinct enum constants; an entry may not repeat. */
  public <E extends Enum<E>> void enumSet(Class<E> type, Consumer<Set<E>> to) {
    enumList(
        type,
        entries -> {
          Set<E> values = EnumSet.noneOf(type);
          for (@Nullable E entry : entries) {
            if (entry != null) {
              values.add(entry);
            }
          }
          to.accept(values);
        });
  }

  /**
   * An array of distinct enum constants, handed over entry by entry, in order, with null in place
   * of an entry at fault: so that a check on one entry can name its index. An entry may not repeat.
   */
  public <E extends Enum<E>> void enumList(Class<E> type, Consumer<List<@Nullable E>> to) {
    List<@Nullable E> entries = new ArrayList<>();
    Set<E> seen = EnumSet.noneOf(type);
    boolean whole =
        entries(
            Integer.MAX_VALUE,
            () -> {
              @Nullable E value = enumHere(type);
              if (value != null && !seen.add(value)) {
                problem("must not repeat a value");
              }
              entries.add(value);
            });
    if (whole) {
      to.accept(entries);
    }
  }

  /** An array of at most {@code max} strings; a wrong entry keeps its place with a placeholder. */
  public void strings(int max, Consumer<List<String>> to) {
    List<String> values = new ArrayList<>();
    boolean whole =
        entries(
            max,
            () -> {
              if (current() == JsonToken.VALUE_STRING) {
                keep(values, text());
              } else {
                wrongType("must be a string");
                keep(values, placeholderText());
              }
            });
    if (whole) {
      to.accept(values);
    }
  }

  /** A date written {@code yyyy-mm-dd}, which must exist. */
  public void date(Consumer<LocalDate> to) {
    if (isNull()) {
      return;
    }
    if (current() != JsonToken.VALUE_STRING) {
      wrongType("must be a string");
      return;
    }
    String text = text();
    if (text.length() != 10 || !isDateShaped(text)) {
      problem("must be a date written yyyy-mm-dd");
      return;
    }
    try {
      to.accept(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      problem("is not a real date");
    }
  }

  /**
   * An instant written {@code yyyy-mm-ddThh:mm:ssZ} or with an offset ({@code +01:00}), with an
   * upper-case {@code T} and {@code Z}, no hour 24 and no leap second, so that the text names one
   * instant plainly.
   */
  public void instant(Consumer<Instant> to) {
    if (isNull()) {
      return;
    }
    if (current() != JsonToken.VALUE_STRING) {
      wrongType("must be a string");
      return;
    }
    String text = text();
    Instant instant;
    try {
      instant = Instant.parse(text);
    } catch (DateTimeParseException e) {
      instant = null;
    }
    // Java reads a lower-case t or z, hour 24 and a leap second too; the contract does not.
    int time = text.indexOf('T');
    if (instant == null || time < 0 || text.indexOf('z') >= 0) {
      problem("must be an instant written yyyy-mm-ddThh:mm:ssZ (or with an offset)");
      return;
    }
    if (text.startsWith("24", time + 1) || text.startsWith("60", time + 7)) {
      problem("is not a real time: hours run from 00 to 23 and seconds from 00 to 59");
      return;
    }
    to.accept(instant);
  }

  /** Whether {@code text} starts {@code dddd-dd-dd}. */
  private static boolean isDateShaped(String text) {
    return text.length() >= 10
        && digits(text, 0, 4)
        && text.charAt(4) == '-'
        && digits(text, 5, 2)
        && text.charAt(7) == '-'
        && digits(text, 8, 2);
  }

  private static boolean digits(String text, int from, int count) {
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Working

  /**
   * Reads an array's entries, each by {@code entry}; false when it was not an array or too long.
   */
  private boolean entries(int max, Runnable entry) {
    if (isNull()) {
      return false;
    }
    JsonParser in = parser();
    if (current() != JsonToken.START_ARRAY) {
      wrongType("must be an array");
      return false;
    }
    Problems.Mark mark = problems.mark();
    int index = 0;
    for (JsonToken token = in.nextToken(); token != JsonToken.END_ARRAY; token = in.nextToken()) {
      if (index == max) {
        // Read no further: the list is refused whole, and what its entries hold does not matter.
        problems.rollBack(mark);
        problem("must hold at most " + max + " entries");
        while (token != JsonToken.END_ARRAY) {
          in.skipChildren();
          token = in.nextToken();
        }
        return false;
      }
      push(null, index++);
      entry.run();
      pop();
    }
    return true;
  }

  /** A null is a problem, and counts as absent: the field was there, so it is not "required". */
  private boolean isNull() {
    if (current() == JsonToken.VALUE_NULL) {
      problem("must not be null");
      return true;
    }
    return false;
  }

  private <E extends Enum<E>> @Nullable E enumHere(Class<E> type) {
    if (current() == JsonToken.VALUE_STRING) {
      @Nullable Enum<?> value = CONSTANTS.get(type).get(text());
      if (value != null) {
        return type.cast(value);
      }
    }
    wrongType("must be one of " + names(type));
    return null;
  }

  /** Each enum's constants by name, looked up once per type. */
  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> byName = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
          }
          return Map.copyOf(byName);
        }
      };

  private void wrongType(String message) {
    problem(message);
    skip();
  }

  /** Skips the current value, whatever it holds. */
  private void skip() {
    parser().skipChildren();
  }

  private JsonToken current() {
    JsonToken token = parser().currentToken();
    return token == null ? JsonToken.NOT_AVAILABLE : token;
  }

  private String text() {
    return parser().getString();
  }

  private JsonParser parser() {
    JsonParser in = parser;
    if (in == null) {
      throw new IllegalStateException("nothing to read");
    }
    return in;
  }

  private void push(@Nullable String name, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
    names[depth] = name;
    indices[depth] = index;
    depth++;
  }

  private void pop() {
    depth--;
  }

  static <E extends Enum<E>> String names(Class<E> type) {
    return Stream.of(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
