package org.safeguarding.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.testing.FreeText;
import org.safeguarding.rules.rulebook.InvalidRulebookException;
import org.safeguarding.rules.rulebook.Rulebook;
import org.safeguarding.rules.testing.DefaultRulebookText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rulebook's problems never echo its values. The bundled rulebook, named and versioned with
 * markers (valid identifiers, so that they are there to leak), is damaged in every way that plants
 * a marker where the reader must refuse it, and every text of the {@link InvalidRulebookException}
 * that results must be free of markers.
 */
class RulebookExceptionPrivacyPropertyTest {

  private static final int CASES = 3_000;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String PLACEHOLDER = "zz-placeholder-zz";

  private final AtomicInteger cases = new AtomicInteger();
  private final Map<Damage, AtomicInteger> casesByDamage = new EnumMap<>(Damage.class);

  /**
   * How many cases the running property must reach: a little under its examples, as QuickTheories
   * skips an example it has already tried, and a damage drawn at the boundaries repeats.
   */
  private int floor = CASES * 95 / 100;

  @AfterEach
  void everyPropertyRanItsCases() {
    assertThat(cases.get()).isGreaterThanOrEqualTo(floor);
  }

  enum Damage {
    OTHER_TYPE_HOLDING_MARKERS,
    TEXT_WITH_CONTROL_CHARACTER,
    TEXT_TOO_LONG,
    MARKER_AS_NUMBER_OR_BOOLEAN,
    MARKER_IN_UNKNOWN_FIELD,
    MARKER_UNDER_REPEATED_KEY,
    MARKER_UNQUOTED,
    MARKER_BADLY_ESCAPED,
    MARKER_WITH_RAW_CONTROL_CHARACTER,
    CUT_OFF_IN_A_MARKER,
    MARKER_AFTER_THE_DOCUMENT,
    MARKER_NOT_UTF8
  }

  private static final List<Damage> TREE_DAMAGES =
      List.of(
          Damage.OTHER_TYPE_HOLDING_MARKERS,
          Damage.TEXT_WITH_CONTROL_CHARACTER,
          Damage.TEXT_TOO_LONG,
          Damage.MARKER_AS_NUMBER_OR_BOOLEAN,
          Damage.MARKER_IN_UNKNOWN_FIELD);

  @Test
  void read_anyMarkedDamage_isRefusedWithoutEchoingTheMarker() {
    qt().withExamples(CASES)
        .forAll(
            arbitrary().enumValues(Damage.class),
            integers().allPositive(),
            integers().allPositive())
        .checkAssert(
            (damage, where, how) -> {
              cases.incrementAndGet();
              casesByDamage.computeIfAbsent(damage, d -> new AtomicInteger()).incrementAndGet();
              byte[] document = damaged(List.of(damage), where, how);

              // Bytes that are not UTF-8 can only be given as bytes: as a String they are decoded.
              int way = damage == Damage.MARKER_NOT_UTF8 ? 0 : how;
              Throwable thrown = catchThrowable(() -> read(document, way));

              assertRefusedWithoutMarker(thrown, damage + " " + text(document));
            });
    assertThat(casesByDamage).hasSize(Damage.values().length);
    assertThat(casesByDamage.values()).allMatch(count -> count.get() >= CASES / 40);
  }

  @Test
  void read_manyMarkedDamagesAtOnce_areRefusedWithoutEchoingAnyMarker() {
    floor = CASES / 3 * 95 / 100;
    qt().withExamples(CASES / 3)
        .forAll(
            lists().of(integers().between(0, TREE_DAMAGES.size() - 1)).ofSizeBetween(2, 30),
            integers().allPositive(),
            integers().allPositive())
        .checkAssert(
            (picks, where, how) -> {
              cases.incrementAndGet();
              List<Damage> damages =
                  picks.stream().map(TREE_DAMAGES::get).collect(Collectors.toList());
              byte[] document = damaged(damages, where, how);

              Throwable thrown = catchThrowable(() -> read(document, how));

              assertRefusedWithoutMarker(thrown, damages + " " + text(document));
            });
  }

  @Test
  void read_theMarkedNamesUndamaged_isAcceptedSoEveryDamageIsWhatIsRefused() {
    // The markers in the name and version are valid: without this, every case could fail on them.
    floor = 0;
    Rulebook rulebook = Rulebook.read(MAPPER.writeValueAsString(markedTree()));

    assertThat(rulebook.id().name()).isEqualTo(FreeText.marker("rulebook-name"));
  }

  private static void assertRefusedWithoutMarker(Throwable thrown, String what) {
    assertThat(thrown).as(what).isExactlyInstanceOf(InvalidRulebookException.class);
    assertThat(((InvalidRulebookException) thrown).problems()).as(what).isNotEmpty();
    assertThat(FreeText.assertNoneIn(thrown)).isPositive();
  }

  private static Rulebook read(byte[] document, int how) {
    return how % 2 == 0
        ? Rulebook.read(new ByteArrayInputStream(document))
        : Rulebook.read(new String(document, StandardCharsets.UTF_8));
  }

  private static String text(byte[] document) {
    return new String(document, StandardCharsets.UTF_8);
  }

  /** The bundled rulebook with a marked name and version. */
  private static ObjectNode markedTree() {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(DefaultRulebookText.ukDefaultText());
    tree.put("name", FreeText.marker("rulebook-name"));
    tree.put("version", FreeText.marker("v1"));
    return tree;
  }

  /** A value in the tree: a field of an object or an entry of an array. */
  private static final class Location {
    final JsonNode parent;
    final @Nullable String field;
    final int index;

    Location(JsonNode parent, @Nullable String field, int index) {
      this.parent = parent;
      this.field = field;
      this.index = index;
    }

    JsonNode value() {
      return field != null ? parent.get(field) : parent.get(index);
    }

    void set(JsonNode value) {
      if (field != null) {
        ((ObjectNode) parent).set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private static void locations(JsonNode node, List<Location> values, List<ObjectNode> objects) {
    if (node.isObject()) {
      objects.add((ObjectNode) node);
      for (String name : new ArrayList<>(node.propertyNames())) {
        values.add(new Location(node, name, -1));
        locations(node.get(name), values, objects);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        values.add(new Location(node, null, i));
        locations(node.get(i), values, objects);
      }
    }
  }

  private static byte[] damaged(List<Damage> damages, int where, int how) {
    ObjectNode tree = markedTree();
    List<Location> values = new ArrayList<>();
    List<ObjectNode> objects = new ArrayList<>();
    locations(tree, values, objects);
    List<Damage> inText = new ArrayList<>();
    long salt = 0;
    for (Damage damage : damages) {
      if (TREE_DAMAGES.contains(damage)) {
        // Each damage picks its own place, from the places found before any damage was made.
        int at = (int) ((where + 7919L * salt) % Integer.MAX_VALUE);
        int way = (int) ((how + 104729L * salt) % Integer.MAX_VALUE);
        damageTree(values, objects, damage, at, way);
        salt++;
      } else {
        inText.add(damage);
      }
    }
    if (inText.isEmpty()) {
      return MAPPER.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8);
    }
    assertThat(inText).hasSize(1);
    return damageText(tree, values, objects, inText.get(0), where, how);
  }

  private static void damageTree(
      List<Location> values, List<ObjectNode> objects, Damage damage, int where, int how) {
    String marker = FreeText.marker(damage.name().toLowerCase(Locale.ROOT));
    switch (damage) {
      case OTHER_TYPE_HOLDING_MARKERS:
        {
          Location at = pick(values, l -> true, where);
          at.set(holdingMarkers(at.value(), marker, how));
          return;
        }
      case TEXT_WITH_CONTROL_CHARACTER:
        pick(values, l -> l.value().isString(), where)
            .set(NODES.stringNode(marker + controlCharacter(how) + marker));
        return;
      case TEXT_TOO_LONG:
        pick(values, l -> l.value().isString(), where)
            .set(NODES.stringNode((marker + " ").repeat(100 + how % 100)));
        return;
      case MARKER_AS_NUMBER_OR_BOOLEAN:
        pick(values, l -> l.value().isNumber() || l.value().isBoolean(), where)
            .set(NODES.stringNode(how % 2 == 0 ? marker : "12" + marker));
        return;
      case MARKER_IN_UNKNOWN_FIELD:
        {
          ObjectNode at = pick(objects, o -> true, where);
          String name = List.of("notes", "description", "comment", "Name", "ENGLISH").get(how % 5);
          at.set(
              at.has(name) ? name + "X" : name,
              how % 2 == 0
                  ? NODES.stringNode(marker)
                  : holdingMarkers(NODES.nullNode(), marker, how));
          return;
        }
      default:
        throw new AssertionError(damage);
    }
  }

  private static byte[] damageText(
      ObjectNode tree,
      List<Location> values,
      List<ObjectNode> objects,
      Damage damage,
      int where,
      int how) {
    String marker = FreeText.marker(damage.name().toLowerCase(Locale.ROOT));
    String replacement;
    switch (damage) {
      case MARKER_UNDER_REPEATED_KEY:
        {
          ObjectNode at = pick(objects, o -> o.size() > 0, where);
          String repeated = at.propertyNames().iterator().next();
          at.put(PLACEHOLDER, 0);
          return utf8(
              MAPPER
                  .writeValueAsString(tree)
                  .replace("\"" + PLACEHOLDER + "\":0", "\"" + repeated + "\":\"" + marker + "\""));
        }
      case MARKER_UNQUOTED:
        pick(values, l -> true, where).set(NODES.stringNode(PLACEHOLDER));
        replacement = how % 2 == 0 ? marker : "12" + marker;
        break;
      case MARKER_BADLY_ESCAPED:
        pick(values, l -> l.value().isString(), where).set(NODES.stringNode(PLACEHOLDER));
        replacement = "\"" + marker + "\\q" + marker + "\"";
        break;
      case MARKER_WITH_RAW_CONTROL_CHARACTER:
        pick(values, l -> l.value().isString(), where).set(NODES.stringNode(PLACEHOLDER));
        char raw = (char) (1 + how % 31);
        replacement =
            "\""
                + marker
                + (raw == '\t' || raw == '\n' || raw == '\r' ? '\u0001' : raw)
                + marker
                + "\"";
        break;
      case CUT_OFF_IN_A_MARKER:
        {
          String text = MAPPER.writeValueAsString(tree);
          List<Integer> starts = new ArrayList<>();
          for (int i = text.indexOf(FreeText.TOKEN);
              i >= 0;
              i = text.indexOf(FreeText.TOKEN, i + 1)) {
            starts.add(i);
          }
          int start = starts.get(where % starts.size());
          return utf8(text.substring(0, start + FreeText.TOKEN.length() + how % 8));
        }
      case MARKER_AFTER_THE_DOCUMENT:
        return utf8(
            MAPPER.writeValueAsString(tree)
                + List.of(" \"" + marker + "\"", " " + marker, "{\"x\":\"" + marker + "\"}")
                    .get(how % 3));
      case MARKER_NOT_UTF8:
        {
          pick(values, l -> l.value().isString(), where).set(NODES.stringNode(PLACEHOLDER));
          String[] halves = MAPPER.writeValueAsString(tree).split(PLACEHOLDER, -1);
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          bytes.writeBytes(utf8(halves[0] + marker));
          byte[] invalid = {(byte) 0x80, (byte) 0xFF, (byte) 0xC3};
          bytes.write(invalid[how % invalid.length]);
          bytes.writeBytes(utf8(marker + halves[1]));
          return bytes.toByteArray();
        }
      default:
        throw new AssertionError(damage);
    }
    return utf8(MAPPER.writeValueAsString(tree).replace("\"" + PLACEHOLDER + "\"", replacement));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A control character that no name, version or other text of a rulebook may hold. */
  private static char controlCharacter(int how) {
    String forbidden = "\u0000\u0001\u0009\n\u001b\u001f\u007f\u0085\u200e\u2028";
    return forbidden.charAt(how % forbidden.length());
  }

  /** A value of another JSON type than {@code value}, holding markers. */
  private static JsonNode holdingMarkers(JsonNode value, String marker, int how) {
    List<JsonNode> others = new ArrayList<>();
    others.add(NODES.arrayNode().add(marker).add(marker + "-2"));
    ObjectNode object = NODES.objectNode();
    object.put("name", marker);
    object.putArray("ENGLAND").add(marker);
    others.add(object);
    others.add(NODES.stringNode(marker));
    others.removeIf(other -> other.getNodeType() == value.getNodeType());
    return others.get(how % others.size());
  }

  private static <T> T pick(List<T> candidates, Predicate<T> wanted, int where) {
    List<T> matching = candidates.stream().filter(wanted).collect(Collectors.toList());
    assertThat(matching).as("a place for the damage").isNotEmpty();
    return matching.get(where % matching.size());
  }
}
