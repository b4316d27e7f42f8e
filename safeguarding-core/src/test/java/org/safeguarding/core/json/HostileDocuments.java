package org.safeguarding.core.json;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.testing.PlanGenerators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generators of hostile documents, each with what the reader must say about it. Most are valid
 * documents (plans, rooms, incidents) damaged somewhere inside, so that the damage is reached past
 * the top level; the rest stand alone. Every random choice is drawn through QuickTheories, so a
 * failing document shrinks.
 *
 * <p>Hostile values carry {@link #MARKER} (numbers {@link #NUMBER_MARKER}) so that a test can check
 * that no message repeats them. Field names never carry it: an unknown field's name is part of its
 * path.
 */
final class HostileDocuments {

  /** Planted in hostile values; no message may repeat it. */
  static final String MARKER = "Qx7Hostile";

  /** Planted in the digits of hostile numbers; no message may repeat it. */
  static final String NUMBER_MARKER = "73737373737";

  private static final Charset UTF8 = StandardCharsets.UTF_8;
  private static final String SPLICE = "@@splice@@";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Fields whose values are ids, by the contract: no control characters, at most 128 long. */
  private static final Set<String> ID_FIELDS =
      Set.of("id", "present", "removed", "participant", "handledBy");

  /** Fields whose values are free text: no control characters but tab and line breaks. */
  private static final Set<String> TEXT_FIELDS =
      Set.of("name", "mitigations", "owner", "description");

  /** The documents the reader reads, with their four ways in. */
  enum Document {
    PLAN(
        "session plan",
        SafeguardingJson.PLAN::read,
        SafeguardingJson.PLAN::read,
        SafeguardingJson.PLAN::read,
        SafeguardingJson.PLAN::read),
    ROOM(
        "room",
        SafeguardingJson.ROOM::read,
        SafeguardingJson.ROOM::read,
        SafeguardingJson.ROOM::read,
        SafeguardingJson.ROOM::read),
    INCIDENT(
        "incident",
        SafeguardingJson.INCIDENT::read,
        SafeguardingJson.INCIDENT::read,
        SafeguardingJson.INCIDENT::read,
        SafeguardingJson.INCIDENT::read),
    ADMISSION(
        "admission",
        SafeguardingJson.ADMISSION::read,
        SafeguardingJson.ADMISSION::read,
        SafeguardingJson.ADMISSION::read,
        SafeguardingJson.ADMISSION::read),
    RESPONSE_PLAN(
        "response plan",
        SafeguardingJson.RESPONSE_PLAN::read,
        SafeguardingJson.RESPONSE_PLAN::read,
        SafeguardingJson.RESPONSE_PLAN::read,
        SafeguardingJson.RESPONSE_PLAN::read);

    final String subject;
    final Function<String, ?> fromString;
    final Function<Reader, ?> fromReader;
    final Function<InputStream, ?> fromStream;
    final Function<Path, ?> fromFile;

    Document(
        String subject,
        Function<String, ?> fromString,
        Function<Reader, ?> fromReader,
        Function<InputStream, ?> fromStream,
        Function<Path, ?> fromFile) {
      this.subject = subject;
      this.fromString = fromString;
      this.fromReader = fromReader;
      this.fromStream = fromStream;
      this.fromFile = fromFile;
    }
  }

  /** The documents with a shape of their own, which hostile content can be put inside. */
  private static final List<Document> SHAPED =
      List.of(Document.PLAN, Document.ROOM, Document.INCIDENT);

  /** What the reader must report: a problem at (or under) a path saying one of some words. */
  static final class Expected {
    final String path;
    final boolean exactPath;
    final List<String> says;
    boolean alone;
    @Nullable String neverSays;

    private Expected(String path, boolean exactPath, List<String> says) {
      this.path = path;
      this.exactPath = exactPath;
      this.says = says;
    }

    /** A problem exactly at {@code path} whose message holds one of {@code says}. */
    static Expected at(String path, String... says) {
      return new Expected(path, true, List.of(says));
    }

    /** A problem at or under {@code path} whose message holds one of {@code says} (or any). */
    static Expected under(String path, String... says) {
      return new Expected(path, false, List.of(says));
    }

    /** The only problem reported. */
    Expected alone() {
      alone = true;
      return this;
    }

    /** No problem's message may hold {@code words}: the document is within that limit. */
    Expected neverSaying(String words) {
      neverSays = words;
      return this;
    }

    boolean matches(PlanProblem problem) {
      boolean place = exactPath ? problem.path().equals(path) : problem.path().startsWith(path);
      return place && (says.isEmpty() || says.stream().anyMatch(problem.message()::contains));
    }

    @Override
    public String toString() {
      return (alone ? "only " : "")
          + (exactPath ? "at " : "under ")
          + path
          + (says.isEmpty() ? "" : " saying one of " + says)
          + (neverSays == null ? "" : ", never " + neverSays);
    }
  }

  /** One hostile document, as bytes or (for what UTF-8 cannot hold) as text. */
  static final class Hostile {
    final String family;
    final String variant;
    final Document document;
    final byte @Nullable [] bytes;
    final @Nullable String text;
    final Expected expected;

    /** The generator's choices, so that a test can count that each was made. */
    final List<Enum<?>> kinds;

    private Hostile(
        String family,
        String variant,
        Document document,
        byte @Nullable [] bytes,
        @Nullable String text,
        Expected expected,
        Enum<?>... kinds) {
      this.family = family;
      this.variant = variant;
      this.document = document;
      this.bytes = bytes;
      this.text = text;
      this.expected = expected;
      List<Enum<?>> all = new ArrayList<>(List.of(kinds));
      all.add(document);
      this.kinds = List.copyOf(all);
    }

    static Hostile bytes(
        String family,
        String variant,
        Document document,
        byte[] bytes,
        Expected expected,
        Enum<?>... kinds) {
      return new Hostile(family, variant, document, bytes, null, expected, kinds);
    }

    static Hostile text(
        String family,
        String variant,
        Document document,
        String text,
        Expected expected,
        Enum<?>... kinds) {
      return new Hostile(family, variant, document, null, text, expected, kinds);
    }

    /** The document as text, when it is text: given so, or bytes that are strictly UTF-8. */
    Optional<String> asText() {
      return text != null ? Optional.of(text) : strictUtf8(bytes);
    }

    int length() {
      return bytes != null ? bytes.length : text.length();
    }

    /** Short, whatever the document's size: QuickTheories prints it for a failing case. */
    @Override
    public String toString() {
      String start =
          bytes != null
              ? new String(bytes, 0, Math.min(bytes.length, 160), StandardCharsets.ISO_8859_1)
              : text.substring(0, Math.min(text.length(), 160));
      StringBuilder shown = new StringBuilder();
      for (char c : start.toCharArray()) {
        shown.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", +c));
      }
      return String.format(
          "%s: %s, a %s of %d %s, expecting %s; starts %s",
          family,
          variant,
          document.subject,
          length(),
          bytes != null ? "bytes" : "chars",
          expected,
          shown);
    }
  }

  /** A value in a document's tree: where it is, and how to replace it. */
  private static final class Spot {
    final String path;
    final @Nullable JsonNode parent;
    final String field;
    final int index;
    final int depth;
    final JsonNode value;

    Spot(
        String path,
        @Nullable JsonNode parent,
        String field,
        int index,
        int depth,
        JsonNode value) {
      this.path = path;
      this.parent = parent;
      this.field = field;
      this.index = index;
      this.depth = depth;
      this.value = value;
    }

    boolean isRoot() {
      return parent == null;
    }

    boolean isId() {
      return value.isString() && ID_FIELDS.contains(field);
    }

    boolean isText() {
      return value.isString() && TEXT_FIELDS.contains(field);
    }

    /** What the reader says of a string here that holds a control character. */
    String controlCharacterProblem() {
      return isId() || isText() ? "must not contain control characters" : "must be ";
    }

    void replace(JsonNode by) {
      if (parent instanceof ArrayNode array) {
        array.set(index, by);
      } else if (parent instanceof ObjectNode object) {
        object.set(field, by);
      } else {
        throw new IllegalStateException("the root is not replaced in place");
      }
    }
  }

  /** A document's tree and every value in it. */
  private static final class Base {
    final Document document;
    final JsonNode root;
    final List<Spot> spots = new ArrayList<>();

    Base(Document document, JsonNode root) {
      this.document = document;
      this.root = root;
      walk("$", null, "", -1, 0, root);
    }

    private void walk(
        String path, @Nullable JsonNode parent, String field, int index, int depth, JsonNode at) {
      spots.add(new Spot(path, parent, field, index, depth, at));
      if (at.isObject()) {
        for (String name : new ArrayList<>(at.propertyNames())) {
          walk(path + "." + name, at, name, -1, depth + 1, at.get(name));
        }
      } else if (at.isArray()) {
        for (int i = 0; i < at.size(); i++) {
          walk(path + "[" + i + "]", at, field, i, depth + 1, at.get(i));
        }
      }
    }

    byte[] bytes() {
      return utf8(MAPPER.writeValueAsString(root));
    }

    /** The document with the value at {@code spot} replaced by raw bytes. */
    byte[] with(Spot spot, byte[] raw) {
      if (spot.isRoot()) {
        return raw;
      }
      spot.replace(NODES.stringNode(SPLICE));
      return spliced("\"" + SPLICE + "\"", raw);
    }

    /** The document with a raw field ({@code "name": value}) put into {@code object}. */
    byte[] withField(Spot object, int position, byte[] rawField) {
      ObjectNode node = (ObjectNode) object.value;
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
      node.removeAll();
      int at = Math.min(position, fields.size());
      for (int i = 0; i <= fields.size(); i++) {
        if (i == at) {
          node.put(SPLICE, 0);
        }
        if (i < fields.size()) {
          node.set(fields.get(i).getKey(), fields.get(i).getValue());
        }
      }
      return spliced("\"" + SPLICE + "\":0", rawField);
    }

    private byte[] spliced(String placeholder, byte[] raw) {
      String json = MAPPER.writeValueAsString(root);
      int at = json.indexOf(placeholder);
      if (at < 0 || json.indexOf(placeholder, at + 1) >= 0) {
        throw new IllegalStateException("the placeholder must appear exactly once");
      }
      return concat(
          utf8(json.substring(0, at)), raw, utf8(json.substring(at + placeholder.length())));
    }

    List<Spot> spots(Predicate<Spot> wanted) {
      return spots.stream().filter(wanted).collect(Collectors.toList());
    }
  }

  private HostileDocuments() {}

  // The families

  enum Nesting {
    JUST_UNDER,
    AT,
    JUST_OVER,
    FAR_OVER,
    FAR_OVER_UNCLOSED
  }

  enum Shape {
    ARRAYS,
    OBJECTS,
    MIXED
  }

  /**
   * Arrays and objects nested below, at and above {@link JsonLimits#MAX_NESTING_DEPTH}, counting
   * the containers around the value they replace, anywhere in a document.
   */
  static Gen<Hostile> deepNesting() {
    return in -> {
      Base base = base(pick(in, SHAPED), in);
      Spot spot = pick(in, base.spots);
      Nesting nesting = arbitrary().enumValues(Nesting.class).generate(in);
      Shape shape = arbitrary().enumValues(Shape.class).generate(in);
      int room = JsonLimits.MAX_NESTING_DEPTH - spot.depth;
      int levels =
          switch (nesting) {
            case JUST_UNDER -> room - 1;
            case AT -> room;
            case JUST_OVER -> room + 1;
            case FAR_OVER, FAR_OVER_UNCLOSED -> integers().between(room + 2, 50_000).generate(in);
          };
      boolean over = levels > room;
      byte[] raw = utf8(nest(shape, levels, nesting != Nesting.FAR_OVER_UNCLOSED));
      Expected expected =
          over
              ? Expected.under(spot.path, "nesting depth at most " + JsonLimits.MAX_NESTING_DEPTH)
                  .alone()
              : Expected.under(spot.path).neverSaying("reader's limit");
      return Hostile.bytes(
          "deep nesting",
          nesting + " " + shape + " " + levels + " levels at " + spot.path,
          base.document,
          base.with(spot, raw),
          expected,
          nesting,
          shape);
    };
  }

  enum ArraySize {
    AT,
    JUST_OVER,
    OVER
  }

  /** Arrays of {@link JsonLimits#MAX_ARRAY_ENTRIES} entries and more, anywhere in a document. */
  static Gen<Hostile> hugeArrays() {
    return in -> {
      Base base = base(pick(in, SHAPED), in);
      Spot spot = pick(in, base.spots);
      ArraySize size = arbitrary().enumValues(ArraySize.class).generate(in);
      int entries =
          JsonLimits.MAX_ARRAY_ENTRIES
              + switch (size) {
                case AT -> 0;
                case JUST_OVER -> integers().between(1, 3).generate(in);
                case OVER -> integers().between(4, 10_000).generate(in);
              };
      String entry = pick(in, List.of("0", "\"" + MARKER + "\"", "{}", "[]", "null", "true"));
      String limit = "must hold at most " + JsonLimits.MAX_ARRAY_ENTRIES + " entries";
      Expected expected =
          size == ArraySize.AT
              ? Expected.under("$").neverSaying(limit)
              : Expected.at(spot.path, limit).alone();
      return Hostile.bytes(
          "huge arrays",
          size + " " + entries + " entries of " + entry + " at " + spot.path,
          base.document,
          base.with(spot, utf8("[" + (entry + ",").repeat(entries - 1) + entry + "]")),
          expected,
          size);
    };
  }

  enum LongString {
    ID,
    TEXT,
    NAME_AT_LIMIT,
    NAME_OVER_LIMIT
  }

  /**
   * Ids over {@code PlanLimits.MAX_ID_LENGTH}, free text over {@code PlanLimits.MAX_TEXT_LENGTH},
   * and field names at and over {@link JsonLimits#MAX_NAME_LENGTH}.
   */
  static Gen<Hostile> longStringsAndNames() {
    return in -> {
      Base base = base(pick(in, SHAPED), in);
      List<LongString> kinds = new ArrayList<>(List.of(LongString.values()));
      if (base.document != Document.PLAN) {
        kinds.remove(LongString.TEXT);
      }
      LongString kind = pick(in, kinds);
      switch (kind) {
        case ID:
          {
            Spot spot = pick(in, base.spots(Spot::isId));
            int length = integers().between(129, 2_000).generate(in);
            return Hostile.bytes(
                "long strings",
                "an id of " + length + " at " + spot.path,
                base.document,
                base.with(spot, quoted(filler(length, in))),
                Expected.at(spot.path, "must be at most 128 characters"),
                kind);
          }
        case TEXT:
          {
            Spot spot = pick(in, base.spots(Spot::isText));
            int length = integers().between(10_001, 40_000).generate(in);
            return Hostile.bytes(
                "long strings",
                "a text of " + length + " at " + spot.path,
                base.document,
                base.with(spot, quoted(filler(length, in))),
                Expected.at(spot.path, "must be at most 10000 characters"),
                kind);
          }
        default:
          {
            Spot object = pick(in, base.spots(s -> s.value.isObject()));
            boolean over = kind == LongString.NAME_OVER_LIMIT;
            int length =
                over
                    ? integers().between(JsonLimits.MAX_NAME_LENGTH + 1, 20_000).generate(in)
                    : JsonLimits.MAX_NAME_LENGTH;
            String name = "n".repeat(length);
            int position = integers().between(0, object.value.size()).generate(in);
            Expected expected =
                over
                    ? Expected.under(
                            object.path,
                            "field names of at most " + JsonLimits.MAX_NAME_LENGTH + " characters")
                        .alone()
                    : Expected.at(object.path + "['" + "n".repeat(64) + "...']", "unknown field")
                        .alone();
            return Hostile.bytes(
                "long strings",
                "a field name of " + length + " in " + object.path,
                base.document,
                base.withField(object, position, utf8("\"" + name + "\": 1")),
                expected,
                kind);
          }
      }
    };
  }

  /**
   * Strings of exactly {@link JsonLimits#MAX_STRING_LENGTH} characters, which the reader reads and
   * the model refuses, and longer ones, which the reader refuses; anywhere a string may be.
   */
  enum ReaderLimit {
    AT,
    OVER
  }

  static Gen<Hostile> stringsAtTheReadersLimit() {
    return in -> {
      Base base = base(pick(in, SHAPED), in);
      ReaderLimit side = arbitrary().enumValues(ReaderLimit.class).generate(in);
      boolean over = side == ReaderLimit.OVER;
      Spot spot = over ? pick(in, base.spots) : pick(in, base.spots(s -> s.value.isString()));
      int length =
          JsonLimits.MAX_STRING_LENGTH + (over ? integers().between(1, 1_000_000).generate(in) : 0);
      String limit = "strings of at most " + JsonLimits.MAX_STRING_LENGTH + " characters";
      Expected expected =
          over ? Expected.at(spot.path, limit).alone() : Expected.at(spot.path).neverSaying(limit);
      return Hostile.bytes(
          "strings at the reader's limit",
          (over ? "over: " : "at: ") + length + " characters at " + spot.path,
          base.document,
          base.with(spot, quoted(filler(length, in))),
          expected,
          side);
    };
  }

  private static final Set<String> WHOLE_NUMBER_FIELDS =
      Set.of(
          "schemaVersion",
          "durationMinutes",
          "age",
          "likelihood",
          "severity",
          "residualLikelihood",
          "residualSeverity");

  enum BigNumber {
    BEYOND_INT,
    BEYOND_LONG,
    AT_DIGIT_LIMIT,
    OVER_DIGIT_LIMIT
  }

  /**
   * Whole numbers beyond {@code int} and {@code long}, at {@link JsonLimits#MAX_NUMBER_LENGTH}
   * digits and over it, in a plan's whole-number fields.
   */
  static Gen<Hostile> bigNumbers() {
    return in -> {
      Base base = base(Document.PLAN, in);
      Spot spot = pick(in, base.spots(s -> WHOLE_NUMBER_FIELDS.contains(s.field)));
      BigNumber kind = arbitrary().enumValues(BigNumber.class).generate(in);
      String sign = booleans().all().generate(in) ? "-" : "";
      String digits =
          switch (kind) {
            // Minus 2^31 is an int: beyond int, a negative number starts one further out.
            case BEYOND_INT ->
                String.valueOf(
                    longs()
                        .between(Integer.MAX_VALUE + (sign.isEmpty() ? 1L : 2L), Long.MAX_VALUE)
                        .generate(in));
            case BEYOND_LONG -> markedDigits(integers().between(20, 99).generate(in), in);
            case AT_DIGIT_LIMIT -> markedDigits(JsonLimits.MAX_NUMBER_LENGTH, in);
            case OVER_DIGIT_LIMIT ->
                markedDigits(
                    integers().between(JsonLimits.MAX_NUMBER_LENGTH + 1, 2_000).generate(in), in);
          };
      String limit = "numbers of at most " + JsonLimits.MAX_NUMBER_LENGTH + " digits";
      Expected expected =
          kind == BigNumber.OVER_DIGIT_LIMIT
              ? Expected.at(spot.path, limit).alone()
              : Expected.at(spot.path, "must be a whole number").neverSaying(limit);
      return Hostile.bytes(
          "big numbers",
          kind + " " + sign + digits.length() + " digits at " + spot.path,
          base.document,
          base.with(spot, utf8(sign + digits)),
          expected,
          kind);
    };
  }

  /** Not JSON at all: the reader cannot tell what they were meant to be. */
  private static final List<String> MALFORMED_NUMBERS =
      List.of(
          "NaN",
          "Infinity",
          "-Infinity",
          "+Infinity",
          "0x10",
          "007",
          "-01",
          "+1",
          "1.",
          ".5",
          "1e",
          "1e+",
          "-",
          "--1",
          "1..2",
          "1e2.5",
          "٣");

  /** JSON numbers, but not whole ones. */
  private static final List<String> FRACTIONS =
      List.of(
          "1e400",
          "-1e400",
          "1E2",
          "1e-400",
          "1.0",
          "0.0",
          "5e0",
          "1E+2",
          "-1.5e-3",
          "2.5",
          "1e999999999999999999");

  /**
   * NaN, infinities, exponents, fractions, hex, leading zeros and signs, and minus zero where zero
   * is out of range, in a plan's whole-number fields.
   */
  enum OddNumber {
    MALFORMED,
    FRACTION,
    MINUS_ZERO
  }

  static Gen<Hostile> oddNumbers() {
    return in -> {
      Base base = base(Document.PLAN, in);
      Spot spot = pick(in, base.spots(s -> WHOLE_NUMBER_FIELDS.contains(s.field)));
      List<OddNumber> kinds = new ArrayList<>(List.of(OddNumber.values()));
      if (spot.field.equals("age")) {
        // Minus zero is zero, a whole number and a valid age.
        kinds.remove(OddNumber.MINUS_ZERO);
      }
      OddNumber kind = pick(in, kinds);
      String number;
      Expected expected;
      if (kind == OddNumber.MALFORMED) {
        number = pick(in, MALFORMED_NUMBERS);
        expected = Expected.at(spot.path, "is not well-formed JSON").alone();
      } else if (kind == OddNumber.FRACTION) {
        number = pick(in, FRACTIONS);
        expected = Expected.at(spot.path, "must be a whole number");
      } else {
        // Minus zero is zero, a whole number: refused only where zero is out of range.
        number = "-0";
        expected = Expected.at(spot.path, "must be between 1 and", "must be 1");
      }
      return Hostile.bytes(
          "odd numbers",
          number + " at " + spot.path,
          base.document,
          base.with(spot, utf8(number)),
          expected,
          kind);
    };
  }

  /** A field repeated in its object, at the top level or nested, known to the contract or not. */
  enum Duplicate {
    KNOWN_FIELD,
    UNKNOWN_FIELD
  }

  static Gen<Hostile> duplicateKeys() {
    return in -> {
      Base base = base(pick(in, SHAPED), in);
      Spot object = pick(in, base.spots(s -> s.value.isObject() && !s.value.isEmpty()));
      List<String> names = new ArrayList<>(object.value.propertyNames());
      Duplicate kind = arbitrary().enumValues(Duplicate.class).generate(in);
      boolean unknown = kind == Duplicate.UNKNOWN_FIELD;
      String name = unknown ? "extra" : pick(in, names);
      String value =
          pick(
              in,
              List.of(
                  "\"" + MARKER + "\"",
                  unknown ? "1" : MAPPER.writeValueAsString(object.value.get(name)),
                  "{\"a\": \"" + MARKER + "\"}",
                  "null",
                  "[1, 2]"));
      String field = "\"" + name + "\": " + value;
      int position = integers().between(0, names.size()).generate(in);
      // An unknown name goes in twice; a known one once more, before or after the original.
      byte[] raw = utf8(unknown ? field + ", " + field : field);
      return Hostile.bytes(
          "duplicate keys",
          (unknown ? "an unknown field twice" : name + " again") + " in " + object.path,
          base.document,
          base.withField(object, position, raw),
          Expected.at(object.path + "." + name, "must appear only once in its object").alone(),
          kind);
    };
  }

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  enum StrayMark {
    BEFORE_A_VALUE,
    TWICE_AT_THE_START,
    AFTER_WHITESPACE,
    AT_THE_END,
    UTF16_LE,
    UTF16_BE,
    UTF32_LE,
    UTF32_BE,
    UTF16_OR_32_MARK_BEFORE_UTF8
  }

  /**
   * Byte-order marks anywhere but the very start, documents in UTF-16 or UTF-32 with or without
   * their marks, and their marks before UTF-8.
   */
  static Gen<Hostile> strayByteOrderMarks() {
    return in -> {
      Base base = base(pick(in, SHAPED), in);
      StrayMark kind = arbitrary().enumValues(StrayMark.class).generate(in);
      String notJson = "is not well-formed JSON";
      switch (kind) {
        case BEFORE_A_VALUE:
          {
            Spot spot = pick(in, base.spots(s -> !s.isRoot()));
            byte[] value = utf8(MAPPER.writeValueAsString(spot.value));
            return Hostile.bytes(
                "byte-order marks",
                "a mark before the value at " + spot.path,
                base.document,
                base.with(spot, concat(UTF8_BOM, value)),
                Expected.at(spot.path, notJson).alone(),
                kind);
          }
        case TWICE_AT_THE_START:
          return strayMark(kind, base, concat(UTF8_BOM, UTF8_BOM, base.bytes()), notJson);
        case AFTER_WHITESPACE:
          return strayMark(
              kind, base, concat(utf8(whitespace(1, 20, in)), UTF8_BOM, base.bytes()), notJson);
        case AT_THE_END:
          return strayMark(
              kind, base, concat(base.bytes(), utf8(whitespace(0, 3, in)), UTF8_BOM), notJson);
        case UTF16_OR_32_MARK_BEFORE_UTF8:
          {
            byte[] mark =
                pick(
                    in,
                    List.of(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        new byte[] {(byte) 0xFE, (byte) 0xFF},
                        new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                        new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}));
            return strayMark(kind, base, concat(mark, base.bytes()), "must be UTF-8", notJson);
          }
        default:
          {
            String charset =
                switch (kind) {
                  case UTF16_LE -> "UTF-16LE";
                  case UTF16_BE -> "UTF-16BE";
                  case UTF32_LE -> "UTF-32LE";
                  default -> "UTF-32BE";
                };
            String json = MAPPER.writeValueAsString(base.root);
            boolean marked = booleans().all().generate(in);
            byte[] encoded = ((marked ? "\uFEFF" : "") + json).getBytes(Charset.forName(charset));
            return strayMark(kind, base, encoded, "must be UTF-8", notJson);
          }
      }
    };
  }

  private static Hostile strayMark(StrayMark kind, Base base, byte[] bytes, String... says) {
    return Hostile.bytes(
        "byte-order marks",
        kind.toString(),
        base.document,
        bytes,
        Expected.at("$", says).alone(),
        kind);
  }

  /** A valid document, as it is and after a UTF-8 byte-order mark. */
  static final class Marked {
    final Document document;
    final byte[] plain;
    final byte[] marked;

    Marked(Document document, byte[] plain) {
      this.document = document;
      this.plain = plain;
      this.marked = concat(UTF8_BOM, plain);
    }

    @Override
    public String toString() {
      return "a marked " + document.subject + ": " + new String(plain, UTF8);
    }
  }

  /** Valid documents, each also after a leading UTF-8 byte-order mark. */
  static Gen<Marked> validDocumentsAfterAMark() {
    return in -> {
      Base base = base(pick(in, SHAPED), in);
      return new Marked(base.document, base.bytes());
    };
  }

  enum Utf8Damage {
    LONE_CONTINUATION,
    TRUNCATED_SEQUENCE,
    OVERLONG,
    ENCODED_SURROGATE,
    NEVER_VALID_BYTE,
    ABOVE_U10FFFF
  }

  enum Place {
    IN_A_STRING,
    IN_A_FIELD_NAME,
    BEFORE_A_VALUE,
    AT_THE_START,
    AT_THE_END,
    CUT_SHORT
  }

  /**
   * Byte sequences that are not UTF-8, in strings, field names, between tokens, first, last, and
   * where the input ends inside a sequence.
   */
  static Gen<Hostile> invalidUtf8() {
    return in -> {
      Base base = base(pick(in, SHAPED), in);
      Utf8Damage damage = arbitrary().enumValues(Utf8Damage.class).generate(in);
      byte[] bad = notUtf8(damage, in);
      Place place = arbitrary().enumValues(Place.class).generate(in);
      byte[] bytes;
      String where;
      switch (place) {
        case IN_A_STRING:
          {
            Spot spot = pick(in, base.spots(s -> s.value.isString()));
            where = spot.path;
            bytes = base.with(spot, concat(utf8("\"" + MARKER), bad, utf8(MARKER + "\"")));
            break;
          }
        case IN_A_FIELD_NAME:
          {
            Spot object = pick(in, base.spots(s -> s.value.isObject()));
            where = object.path;
            bytes =
                base.withField(
                    object,
                    integers().between(0, object.value.size()).generate(in),
                    concat(utf8("\"field"), bad, utf8("\": 1")));
            break;
          }
        case BEFORE_A_VALUE:
          {
            Spot spot = pick(in, base.spots(s -> !s.isRoot()));
            where = spot.path;
            bytes = base.with(spot, concat(bad, utf8(MAPPER.writeValueAsString(spot.value))));
            break;
          }
        case AT_THE_START:
          where = "the start";
          bytes = concat(bad, base.bytes());
          break;
        case AT_THE_END:
          where = "the end";
          bytes = concat(base.bytes(), bad);
          break;
        default:
          {
            byte[] whole = base.bytes();
            int cut = integers().between(0, whole.length - 1).generate(in);
            // The first byte or bytes of a longer sequence, then nothing.
            byte[] start =
                pick(
                    in,
                    List.of(
                        new byte[] {(byte) 0xC3},
                        new byte[] {(byte) 0xE2, (byte) 0x82},
                        new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}));
            where = "the end, cut at " + cut;
            bytes = concat(Arrays.copyOf(whole, cut), start);
          }
      }
      return Hostile.bytes(
          "invalid UTF-8",
          damage + " " + place + " at " + where,
          base.document,
          bytes,
          Expected.at("$", "must be UTF-8, but holds bytes that are not").alone(),
          damage,
          place);
    };
  }

  /**
   * What UTF-8 cannot hold, given as text to the readers of text: an unpaired surrogate in a
   * string, which the model refuses, or between tokens, which the parser refuses.
   */
  enum Surrogate {
    IN_A_STRING,
    BETWEEN_TOKENS
  }

  static Gen<Hostile> unpairedSurrogates() {
    return in -> {
      Base base = base(pick(in, SHAPED), in);
      char surrogate = (char) (int) integers().between(0xD800, 0xDFFF).generate(in);
      Surrogate kind = arbitrary().enumValues(Surrogate.class).generate(in);
      boolean inString = kind == Surrogate.IN_A_STRING;
      Spot spot = inString ? pick(in, base.spots(s -> s.value.isString())) : pick(in, base.spots);
      if (!inString && spot.isRoot()) {
        return Hostile.text(
            "unpaired surrogates",
            "an unpaired surrogate before the document",
            base.document,
            surrogate + MAPPER.writeValueAsString(base.root),
            Expected.at("$", "is not well-formed JSON").alone(),
            kind);
      }
      String raw =
          inString
              ? "\"" + MARKER + surrogate + MARKER + "\""
              : surrogate + MAPPER.writeValueAsString(spot.value);
      String text = new String(base.with(spot, utf8(raw.replace(surrogate, '\u0001'))), UTF8);
      return Hostile.text(
          "unpaired surrogates",
          "an unpaired surrogate "
              + (inString ? "in the string" : "before the value")
              + " at "
              + spot.path,
          base.document,
          text.replace('\u0001', surrogate),
          inString
              ? Expected.at(spot.path, "unpaired surrogates", "must be ")
              : Expected.at(spot.path, "is not well-formed JSON").alone(),
          kind);
    };
  }

  enum Control {
    RAW_C0_IN_A_STRING,
    RAW_C1_IN_A_STRING,
    ESCAPED_IN_A_STRING,
    RAW_C0_IN_A_FIELD_NAME,
    OTHER_IN_A_FIELD_NAME,
    BETWEEN_TOKENS
  }

  /**
   * Characters that could break a line or hide: C0 and C1 controls, raw and escaped, in strings,
   * ids, free text, field names and between tokens, and (in field names, whose paths the messages
   * show) line separators and invisible formatting.
   */
  static Gen<Hostile> controlCharacters() {
    return in -> {
      Base base = base(pick(in, SHAPED), in);
      Control kind = arbitrary().enumValues(Control.class).generate(in);
      char c0 = (char) (int) integers().between(0x00, 0x1F).generate(in);
      char c1 = (char) (int) integers().between(0x7F, 0x9F).generate(in);
      String notJson = "is not well-formed JSON";
      switch (kind) {
        case RAW_C0_IN_A_STRING:
        case RAW_C1_IN_A_STRING:
          {
            Spot spot = pick(in, base.spots(s -> s.value.isString()));
            boolean c0Raw = kind == Control.RAW_C0_IN_A_STRING;
            char c = c0Raw ? c0 : c1;
            return control(
                kind,
                c,
                spot.path,
                base,
                base.with(spot, quoted(MARKER + c + MARKER)),
                c0Raw
                    ? Expected.at(spot.path, notJson).alone()
                    : Expected.at(spot.path, spot.controlCharacterProblem()));
          }
        case ESCAPED_IN_A_STRING:
          {
            Spot spot = pick(in, base.spots(s -> s.value.isString()));
            // Free text may hold tabs and line breaks, so there they are not hostile.
            char c = booleans().all().generate(in) ? c1 : c0;
            if (spot.isText() && (c == '\t' || c == '\n' || c == '\r')) {
              c = '\u0000';
            }
            String escaped = String.format("\\u%04X", (int) c);
            return control(
                kind,
                c,
                spot.path,
                base,
                base.with(spot, quoted(MARKER + escaped + MARKER)),
                Expected.at(spot.path, spot.controlCharacterProblem()));
          }
        case RAW_C0_IN_A_FIELD_NAME:
          {
            Spot object = pick(in, base.spots(s -> s.value.isObject()));
            return control(
                kind,
                c0,
                object.path,
                base,
                base.withField(
                    object,
                    integers().between(0, object.value.size()).generate(in),
                    utf8("\"a" + c0 + "b\": 1")),
                Expected.under(object.path, notJson).alone());
          }
        case OTHER_IN_A_FIELD_NAME:
          {
            Spot object = pick(in, base.spots(s -> s.value.isObject()));
            char c =
                pick(
                    in,
                    List.of(
                        c1, c0, '\u2028', '\u2029', '\u202E', '\u2066', '\u200B', '\uFEFF',
                        '\u00AD'));
            // C0 controls can only be escaped; the others go in raw or escaped.
            boolean escape = c < 0x20 || booleans().all().generate(in);
            String name = "a" + (escape ? String.format("\\u%04x", (int) c) : "" + c) + "b";
            return control(
                kind,
                c,
                object.path,
                base,
                base.withField(
                    object,
                    integers().between(0, object.value.size()).generate(in),
                    utf8("\"" + name + "\": 1")),
                Expected.at(
                        object.path + "['a\\u" + String.format("%04x", (int) c) + "b']",
                        "unknown field")
                    .alone());
          }
        default:
          {
            Spot spot = pick(in, base.spots(s -> !s.isRoot()));
            // Not JSON whitespace: anything else between tokens is not JSON.
            char c = pick(in, List.of(c0, c1, '\u00A0', '\u2028', '\u3000'));
            if (c == '\t' || c == '\n' || c == '\r') {
              c = '\u000B';
            }
            return control(
                kind,
                c,
                spot.path,
                base,
                base.with(spot, utf8(c + MAPPER.writeValueAsString(spot.value))),
                Expected.at(spot.path, notJson).alone());
          }
      }
    };
  }

  private static Hostile control(
      Control kind, char c, String where, Base base, byte[] bytes, Expected expected) {
    return Hostile.bytes(
        "control characters",
        String.format("%s U+%04X at %s", kind, (int) c, where),
        base.document,
        bytes,
        expected,
        kind);
  }

  /** Nothing, only whitespace, a lone byte-order mark, or a mark and whitespace. */
  enum Empty {
    WHITESPACE,
    MARK_AND_WHITESPACE
  }

  static Gen<Hostile> emptyInputs() {
    return in -> {
      Document document = arbitrary().enumValues(Document.class).generate(in);
      Empty kind = arbitrary().enumValues(Empty.class).generate(in);
      String whitespace = whitespace(0, 200, in);
      String text = (kind == Empty.MARK_AND_WHITESPACE ? "\uFEFF" : "") + whitespace;
      return Hostile.bytes(
          "empty input",
          kind + " (" + whitespace.length() + " characters of whitespace)",
          document,
          utf8(text),
          Expected.at("$", "must be a JSON object, but the input is empty").alone(),
          kind);
    };
  }

  enum NotAnObject {
    ARRAY,
    STRING,
    NUMBER,
    LITERAL,
    TRAILING_CONTENT,
    TWO_DOCUMENTS
  }

  /** Garbage that may follow a document. */
  private static final List<String> TRAILERS =
      List.of(
          "x",
          "}",
          "]",
          ",",
          ":",
          "1",
          "\"" + MARKER + "\"",
          "\"" + MARKER,
          "{}",
          "[]",
          "null",
          "/* " + MARKER + " */",
          "// " + MARKER,
          "# " + MARKER,
          "\u0000",
          "'" + MARKER + "'");

  /**
   * An array, a string, a number, true, false or null where an object must be; and content after a
   * document: garbage, or a second document.
   */
  static Gen<Hostile> notAnObject() {
    return in -> {
      Document document = arbitrary().enumValues(Document.class).generate(in);
      // The outcomes are written by the engine, not here: an empty object stands in for them,
      // since content around it is refused before any field is read.
      Base base =
          SHAPED.contains(document) ? base(document, in) : new Base(document, NODES.objectNode());
      String json = MAPPER.writeValueAsString(base.root);
      NotAnObject kind = arbitrary().enumValues(NotAnObject.class).generate(in);
      String text =
          switch (kind) {
            case ARRAY -> pick(in, List.of("[]", "[" + json + "]", "[\"" + MARKER + "\", 1]"));
            case STRING -> "\"" + MARKER + "\"";
            case NUMBER ->
                pick(
                    in,
                    List.of(
                        String.valueOf(longs().all().generate(in)),
                        "-" + NUMBER_MARKER + ".5e3",
                        markedDigits(integers().between(12, 40).generate(in), in)));
            case LITERAL -> pick(in, List.of("true", "false", "null"));
            case TRAILING_CONTENT -> json + whitespace(0, 3, in) + pick(in, TRAILERS);
            case TWO_DOCUMENTS ->
                json
                    + whitespace(0, 3, in)
                    + (booleans().all().generate(in)
                        ? json
                        : MAPPER.writeValueAsString(base(pick(in, SHAPED), in).root));
          };
      Expected expected =
          kind == NotAnObject.TRAILING_CONTENT || kind == NotAnObject.TWO_DOCUMENTS
              ? Expected.at(
                      "$",
                      "must be one JSON value, but more follows",
                      "is not well-formed JSON",
                      "is not complete")
                  .alone()
              : Expected.at("$", "must be an object").alone();
      return Hostile.bytes("not an object", kind.toString(), document, utf8(text), expected, kind);
    };
  }

  // Shared working

  private static Base base(Document document, RandomnessSource in) {
    switch (document) {
      case PLAN:
        return new Base(
            document,
            MAPPER.readTree(SafeguardingJson.PLAN.write(PlanGenerators.plans().generate(in))));
      case ROOM:
        {
          List<String> present = new ArrayList<>();
          List<String> removed = new ArrayList<>();
          int people = integers().between(1, 6).generate(in);
          for (int i = 0; i < people; i++) {
            // Numbered, so that no id repeats.
            String id = PlanGenerators.ids().generate(in) + "#" + i;
            (i == 0 || booleans().all().generate(in) ? present : removed).add(id);
          }
          RoomState room = RoomState.builder().present(present).removed(removed).build();
          return new Base(document, MAPPER.readTree(SafeguardingJson.ROOM.write(room)));
        }
      case INCIDENT:
        {
          Incident.Builder incident =
              Incident.builder()
                  .id(PlanGenerators.ids().generate(in))
                  .kind(arbitrary().enumValues(IncidentKind.class).generate(in))
                  .removed(booleans().all().generate(in))
                  .riskToLife(booleans().all().generate(in))
                  .occurredAt(PlanGenerators.instants().generate(in));
          if (booleans().all().generate(in)) {
            incident.participant(PlanGenerators.ids().generate(in));
          } else {
            // A removal must name who was removed.
            incident.removed(false);
          }
          if (booleans().all().generate(in)) {
            incident.handledBy(PlanGenerators.ids().generate(in));
          }
          return new Base(
              document, MAPPER.readTree(SafeguardingJson.INCIDENT.write(incident.build())));
        }
      default:
        throw new IllegalArgumentException(document + " has no generated base");
    }
  }

  /** {@code levels} containers, one inside the other, around a marked string. */
  private static String nest(Shape shape, int levels, boolean closed) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      boolean array = shape == Shape.ARRAYS || (shape == Shape.MIXED && i % 2 == 0);
      open.append(array ? "[" : "{\"a\": ");
      close.append(array ? ']' : '}');
    }
    open.append('"').append(MARKER).append('"');
    return closed ? open.append(close.reverse()).toString() : open.toString();
  }

  /**
   * Text of exactly {@code length} UTF-16 units holding the marker, with characters of two, three
   * and four bytes in UTF-8 so that characters and bytes differ.
   */
  private static String filler(int length, RandomnessSource in) {
    String unit = pick(in, List.of(MARKER + " ", MARKER + "é€", MARKER + "😀-"));
    StringBuilder text = new StringBuilder(length + unit.length());
    while (text.length() < length) {
      text.append(unit);
    }
    text.setLength(length);
    // Cutting may leave half a surrogate pair last.
    if (Character.isHighSurrogate(text.charAt(length - 1))) {
      text.setCharAt(length - 1, 'x');
    }
    return text.toString();
  }

  /** {@code count} digits starting with the number marker, the first not zero. */
  private static String markedDigits(int count, RandomnessSource in) {
    StringBuilder digits = new StringBuilder(count).append(NUMBER_MARKER);
    while (digits.length() < count) {
      digits.append((char) ('0' + integers().between(0, 9).generate(in)));
    }
    digits.setLength(count);
    return digits.toString();
  }

  private static byte[] notUtf8(Utf8Damage damage, RandomnessSource in) {
    int a = integers().between(0, 255).generate(in);
    int b = integers().between(0, 255).generate(in);
    byte continuation = (byte) (0x80 | (b & 0x3F));
    switch (damage) {
      case LONE_CONTINUATION:
        return new byte[] {(byte) (0x80 | (a & 0x3F))};
      case TRUNCATED_SEQUENCE:
        return pick(
            in,
            List.of(
                new byte[] {(byte) (0xC2 + a % 30)},
                new byte[] {(byte) (0xE1 + a % 12), continuation},
                new byte[] {(byte) (0xF1 + a % 3), continuation, continuation}));
      case OVERLONG:
        return pick(
            in,
            List.of(
                new byte[] {(byte) (0xC0 + a % 2), continuation},
                new byte[] {(byte) 0xE0, (byte) (0x80 | (a & 0x1F)), continuation},
                new byte[] {(byte) 0xF0, (byte) (0x80 | (a & 0x0F)), continuation, continuation}));
      case ENCODED_SURROGATE:
        return new byte[] {(byte) 0xED, (byte) (0xA0 | (a & 0x1F)), continuation};
      case NEVER_VALID_BYTE:
        return new byte[] {(byte) (0xF8 + a % 8)};
      default:
        return pick(
            in,
            List.of(
                new byte[] {(byte) 0xF4, (byte) (0x90 | (a & 0x2F)), continuation, continuation},
                new byte[] {(byte) (0xF5 + a % 3), continuation, continuation, continuation}));
    }
  }

  private static String whitespace(int least, int most, RandomnessSource in) {
    int length = integers().between(least, most).generate(in);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(" \t\r\n".charAt(integers().between(0, 3).generate(in)));
    }
    return text.toString();
  }

  private static <T> T pick(RandomnessSource in, List<T> from) {
    if (from.isEmpty()) {
      throw new IllegalStateException("nothing to pick from");
    }
    return from.get(integers().between(0, from.size() - 1).generate(in));
  }

  private static byte[] quoted(String text) {
    return utf8("\"" + text + "\"");
  }

  static byte[] utf8(String text) {
    return text.getBytes(UTF8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  /** The text of bytes that are UTF-8 through and through, and nothing otherwise. */
  static Optional<String> strictUtf8(byte @Nullable [] bytes) {
    if (bytes == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          UTF8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
