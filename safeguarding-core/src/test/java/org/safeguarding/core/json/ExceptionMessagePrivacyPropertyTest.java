package org.safeguarding.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.json.JsonLocations.Location;
import org.safeguarding.core.json.JsonLocations.ObjectAt;
import org.safeguarding.core.json.JsonLocations.Owner;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.testing.FreeText;
import org.safeguarding.core.testing.MarkedPlans;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exceptions never echo free text. Plans whose every free-text value is marked are damaged in every
 * way that plants a marker in what the reader or a builder must refuse (a value too long, with a
 * control character, of the wrong type, in an unknown field, as an enum, a number or a date, under
 * a repeated key, unquoted, badly escaped, cut off, not UTF-8), and every text of the exception
 * that results, its causes and its problems, must be free of markers.
 *
 * <p>Ids are held to the same rule here: no message repeats any value of the input, so a marked id
 * that is refused must not come back either.
 */
class ExceptionMessagePrivacyPropertyTest {

  private static final int CASES = 4_000;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Stands in for a value that a damage then writes into the JSON text by hand. */
  private static final String PLACEHOLDER = "zz-placeholder-zz";

  private static final Set<String> DATE_FIELDS =
      Set.of("start", "given", "withdrawn", "issued", "trainingCompleted", "reviewBy");

  /** Counts the cases each property ran, to prove it did not pass vacuously. */
  private final AtomicInteger cases = new AtomicInteger();

  /** How many cases the running property must reach. */
  private int floor = CASES;

  private final Map<Damage, AtomicInteger> casesByDamage = new EnumMap<>(Damage.class);

  @AfterEach
  void everyPropertyRanItsCases() {
    // QuickTheories may run a case or two fewer than asked (a CI run counted 3,999 of 4,000), so
    // the guard against a vacuous pass allows 1% fewer rather than failing at random.
    assertThat(cases.get()).isGreaterThanOrEqualTo(floor - floor / 100);
  }

  /** Ways to plant a marker in a plan's JSON so that reading it must fail. */
  enum Damage {
    TEXT_TOO_LONG,
    TEXT_WITH_CONTROL_CHARACTER,
    TEXT_WITH_LONE_SURROGATE,
    TOO_MANY_MITIGATIONS,
    ID_TOO_LONG,
    ID_WITH_CONTROL_CHARACTER,
    WRONG_TYPE_HOLDING_MARKERS,
    MARKER_IN_UNKNOWN_FIELD,
    MARKER_AS_ENUM,
    MARKER_AS_NUMBER_OR_BOOLEAN,
    MARKER_AS_DATE,
    MARKER_UNDER_REPEATED_KEY,
    MARKER_UNQUOTED,
    MARKER_BADLY_ESCAPED,
    MARKER_WITH_RAW_CONTROL_CHARACTER,
    CUT_OFF_IN_A_MARKER,
    MARKER_AFTER_THE_DOCUMENT,
    MARKER_NOT_UTF8
  }

  /** The damages made in the tree, which several of can be made to one plan at once. */
  private static final List<Damage> TREE_DAMAGES =
      List.of(
          Damage.TEXT_TOO_LONG,
          Damage.TEXT_WITH_CONTROL_CHARACTER,
          Damage.TOO_MANY_MITIGATIONS,
          Damage.ID_TOO_LONG,
          Damage.ID_WITH_CONTROL_CHARACTER,
          Damage.WRONG_TYPE_HOLDING_MARKERS,
          Damage.MARKER_IN_UNKNOWN_FIELD,
          Damage.MARKER_AS_ENUM,
          Damage.MARKER_AS_NUMBER_OR_BOOLEAN,
          Damage.MARKER_AS_DATE);

  @Test
  void read_anyMarkedDamage_isRefusedWithoutEchoingTheMarker() {
    qt().withExamples(CASES)
        .forAll(
            MarkedPlans.plans(),
            arbitrary().enumValues(Damage.class),
            integers().allPositive(),
            integers().allPositive())
        .checkAssert(
            (plan, damage, where, how) -> {
              cases.incrementAndGet();
              casesByDamage.computeIfAbsent(damage, d -> new AtomicInteger()).incrementAndGet();
              Document document = damaged(withARisk(plan), List.of(damage), where, how);

              Throwable thrown = catchThrowable(() -> document.read(how));

              assertRefusedWithoutMarker(thrown, damage + " " + document.text);
            });
    // Every kind of damage was made, often: none was skipped by a mistake in its choice.
    assertThat(casesByDamage).hasSize(Damage.values().length);
    assertThat(casesByDamage.values()).allMatch(count -> count.get() >= CASES / 50);
  }

  @Test
  void read_manyMarkedDamagesAtOnce_areRefusedWithoutEchoingAnyMarker() {
    // Many problems at once also runs the message's cut after ten problems ("and n more").
    floor = CASES / 4;
    qt().withExamples(floor)
        .forAll(
            MarkedPlans.plans(),
            lists().of(integers().between(0, TREE_DAMAGES.size() - 1)).ofSizeBetween(2, 24),
            integers().allPositive(),
            integers().allPositive())
        .checkAssert(
            (plan, picks, where, how) -> {
              cases.incrementAndGet();
              List<Damage> damages =
                  picks.stream().map(TREE_DAMAGES::get).collect(Collectors.toList());
              Document document = damaged(withARisk(plan), damages, where, how);

              Throwable thrown = catchThrowable(() -> document.read(how));

              assertRefusedWithoutMarker(thrown, damages + " " + document.text);
            });
  }

  /** Ways to build a plan whose free text or id the model's checks refuse. */
  enum BadText {
    TOO_LONG,
    CONTROL_CHARACTER,
    LONE_SURROGATE,
    LONE_LOW_SURROGATE
  }

  @Test
  void build_anyMarkedFreeTextOrIdTheChecksRefuse_isRefusedWithoutEchoingIt() {
    qt().withExamples(CASES)
        .forAll(
            MarkedPlans.plans(),
            arbitrary().enumValues(BadText.class),
            integers().between(0, 5),
            integers().allPositive())
        .checkAssert(
            (plan, bad, field, how) -> {
              cases.incrementAndGet();
              String text = badText(bad, FreeText.marker("built-" + field), how);

              Throwable thrown = catchThrowable(() -> rebuiltWith(withARisk(plan), field, text));

              assertRefusedWithoutMarker(thrown, bad + " in field " + field);
            });
  }

  private static void assertRefusedWithoutMarker(Throwable thrown, String what) {
    assertThat(thrown).as(what).isExactlyInstanceOf(InvalidPlanException.class);
    assertThat(((InvalidPlanException) thrown).problems()).as(what).isNotEmpty();
    assertThat(FreeText.assertNoneIn(thrown)).isPositive();
  }

  /** A plan with a risk to damage, so that every free-text field is there. */
  private static SessionPlan withARisk(SessionPlan plan) {
    if (!plan.risks().isEmpty()) {
      return plan;
    }
    return SessionPlan.builder()
        .from(plan)
        .addRisk(MarkedPlans.risk("r9", Hazard.OTHER, 2, 2, 9))
        .build();
  }

  /** The plan rebuilt with {@code text} in one of its free-text fields or ids. */
  private static SessionPlan rebuiltWith(SessionPlan plan, int field, String text) {
    SessionPlan.Builder builder = SessionPlan.builder().from(plan);
    RiskEntry risk = plan.risks().get(0);
    List<RiskEntry> others = plan.risks().subList(1, plan.risks().size());
    switch (field) {
      case 0:
        return builder.service(Service.builder().from(plan.service()).name(text).build()).build();
      case 1:
        return builder
            .platform(Platform.builder().from(plan.platform()).name(text).build())
            .build();
      case 2:
        return builder
            .risks(concat(RiskEntry.builder().from(risk).owner(text).build(), others))
            .build();
      case 3:
        return builder
            .risks(concat(RiskEntry.builder().from(risk).description(text).build(), others))
            .build();
      case 4:
        return builder
            .risks(concat(RiskEntry.builder().from(risk).addMitigation(text).build(), others))
            .build();
      default:
        return builder.id(text).build();
    }
  }

  private static List<RiskEntry> concat(RiskEntry first, List<RiskEntry> rest) {
    List<RiskEntry> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private static String badText(BadText bad, String marker, int how) {
    switch (bad) {
      case TOO_LONG:
        return (marker + " ").repeat(10_000 / (marker.length() + 1) + 1 + how % 50);
      case CONTROL_CHARACTER:
        return marker + controlCharacter(how) + marker;
      case LONE_SURROGATE:
        return marker + "\uD83D" + marker;
      case LONE_LOW_SURROGATE:
        return marker + "\uDE00" + marker;
      default:
        throw new AssertionError(bad);
    }
  }

  /** A control character that free text may not hold: not a tab or a line break. */
  private static char controlCharacter(int how) {
    String forbidden = "\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u001f\u007f\u0085\u009f";
    return forbidden.charAt(how % forbidden.length());
  }

  /** A damaged document: its text, and whether it must be read as bytes to keep its damage. */
  private static final class Document {
    final String text;
    final byte @Nullable [] bytes;

    Document(String text, byte @Nullable [] bytes) {
      this.text = text;
      this.bytes = bytes;
    }

    /** Reads it by one of the ways a caller can, chosen by {@code how}. */
    SessionPlan read(int how) {
      if (bytes != null) {
        return SafeguardingJson.PLAN.read(new ByteArrayInputStream(bytes));
      }
      if (how % 3 == 0) {
        return SafeguardingJson.PLAN.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      }
      return how % 3 == 1
          ? SafeguardingJson.PLAN.read(text)
          : SafeguardingJson.PLAN.read(new StringReader(text));
    }
  }

  private static Document damaged(SessionPlan plan, List<Damage> damages, int where, int how) {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(SafeguardingJson.PLAN.write(plan));
    List<Damage> inText = new ArrayList<>();
    // Found once, before any damage: a damaged tree may hold values where the contract has none.
    // A later damage at a place an earlier one replaced changes nothing, which is harmless.
    JsonLocations locations = new JsonLocations(tree);
    boolean applied = false;
    long salt = 0;
    for (Damage damage : damages) {
      salt++;
      if (TREE_DAMAGES.contains(damage)) {
        // Each damage of several picks its own place; an earlier one may have left it none.
        int at = (int) ((where + 7919L * (salt - 1)) % Integer.MAX_VALUE);
        int way = (int) ((how + 104729L * (salt - 1)) % Integer.MAX_VALUE);
        applied |= damageTree(locations, damage, at, way);
      } else {
        inText.add(damage);
      }
    }
    if (inText.isEmpty()) {
      assertThat(applied).as("at least the first damage found its place").isTrue();
      String text = MAPPER.writeValueAsString(tree);
      assertThat(FreeText.holdsMarker(text)).as("a marker to leak").isTrue();
      return new Document(text, null);
    }
    assertThat(inText).hasSize(1);
    return damageText(tree, inText.get(0), where, how);
  }

  /** Makes one damage in the tree; false if the tree no longer has a place for it. */
  private static boolean damageTree(JsonLocations locations, Damage damage, int where, int how) {
    String marker = FreeText.marker(damage.name().toLowerCase(Locale.ROOT));
    switch (damage) {
      case TEXT_TOO_LONG:
        return set(
            pickAny(locations.values(), ExceptionMessagePrivacyPropertyTest::isFreeText, where),
            NODES.stringNode(badText(BadText.TOO_LONG, marker, how)));
      case TEXT_WITH_CONTROL_CHARACTER:
        return set(
            pickAny(locations.values(), ExceptionMessagePrivacyPropertyTest::isFreeText, where),
            NODES.stringNode(badText(BadText.CONTROL_CHARACTER, marker, how)));
      case TOO_MANY_MITIGATIONS:
        {
          ObjectAt risk = pickAny(locations.objects(), o -> o.owner == Owner.RISK, where);
          if (risk == null) {
            return false;
          }
          ArrayNode mitigations = risk.node.putArray("mitigations");
          for (int i = 0; i <= 100 + how % 10; i++) {
            mitigations.add(marker + "-" + i);
          }
          return true;
        }
      case ID_TOO_LONG:
        return set(
            pickAny(locations.values(), ExceptionMessagePrivacyPropertyTest::isId, where),
            NODES.stringNode((marker + "-").repeat(128 / (marker.length() + 1) + 1)));
      case ID_WITH_CONTROL_CHARACTER:
        return set(
            pickAny(locations.values(), ExceptionMessagePrivacyPropertyTest::isId, where),
            NODES.stringNode(marker + controlCharacter(how)));
      case WRONG_TYPE_HOLDING_MARKERS:
        {
          Location at = pick(locations.values(), l -> true, where);
          at.set(holdingMarkers(at.value(), marker, how));
          return true;
        }
      case MARKER_IN_UNKNOWN_FIELD:
        {
          ObjectAt at = pick(locations.objects(), o -> true, where);
          String name = List.of("notes", "name", "comment", "Description", "owners").get(how % 5);
          if (at.node.has(name)) {
            name = name + "X";
          }
          at.node.set(
              name,
              how % 2 == 0
                  ? NODES.stringNode(marker)
                  : holdingMarkers(NODES.nullNode(), marker, how / 2));
          return true;
        }
      case MARKER_AS_ENUM:
        return set(
            pickAny(
                locations.values(),
                l ->
                    l.isArrayElement()
                        ? JsonLocations.ENUM_ARRAYS.contains(l.field)
                        : JsonLocations.ENUM_FIELDS.contains(l.field),
                where),
            NODES.stringNode(how % 2 == 0 ? marker : "GROUP " + marker));
      case MARKER_AS_NUMBER_OR_BOOLEAN:
        return set(
            pickAny(locations.values(), l -> l.value().isNumber() || l.value().isBoolean(), where),
            NODES.stringNode(how % 2 == 0 ? marker : "12" + marker));
      case MARKER_AS_DATE:
        return set(
            pickAny(locations.values(), l -> DATE_FIELDS.contains(l.field), where),
            NODES.stringNode(how % 2 == 0 ? marker : LocalDate.of(2026, 1, 1) + marker));
      default:
        throw new AssertionError(damage);
    }
  }

  private static boolean set(@Nullable Location at, JsonNode value) {
    if (at == null) {
      return false;
    }
    at.set(value);
    return true;
  }

  private static Document damageText(ObjectNode tree, Damage damage, int where, int how) {
    JsonLocations locations = new JsonLocations(tree);
    String marker = FreeText.marker(damage.name().toLowerCase(Locale.ROOT));
    String replacement;
    switch (damage) {
      case TEXT_WITH_LONE_SURROGATE:
        // Escaped, so that the surrogate survives being read as UTF-8 bytes too.
        pick(locations.values(), ExceptionMessagePrivacyPropertyTest::isFreeText, where)
            .set(NODES.stringNode(PLACEHOLDER));
        replacement = "\"" + marker + (how % 2 == 0 ? "\\ud83d" : "\\ude00") + marker + "\"";
        break;
      case MARKER_UNDER_REPEATED_KEY:
        {
          ObjectAt at = pick(locations.objects(), o -> o.node.size() > 0, where);
          String repeated = at.node.propertyNames().iterator().next();
          at.node.put(PLACEHOLDER, 0);
          String text = MAPPER.writeValueAsString(tree);
          return new Document(
              text.replace("\"" + PLACEHOLDER + "\":0", "\"" + repeated + "\":\"" + marker + "\""),
              null);
        }
      case MARKER_UNQUOTED:
        pick(locations.values(), l -> true, where).set(NODES.stringNode(PLACEHOLDER));
        replacement = how % 2 == 0 ? marker : "12" + marker;
        break;
      case MARKER_BADLY_ESCAPED:
        pick(locations.values(), l -> l.value().isString(), where)
            .set(NODES.stringNode(PLACEHOLDER));
        replacement = "\"" + marker + "\\q" + marker + "\"";
        break;
      case MARKER_WITH_RAW_CONTROL_CHARACTER:
        pick(locations.values(), l -> l.value().isString(), where)
            .set(NODES.stringNode(PLACEHOLDER));
        replacement = "\"" + marker + (char) (1 + how % 31) + marker + "\"";
        if (replacement.contains("\t")
            || replacement.contains("\n")
            || replacement.contains("\r")) {
          replacement = "\"" + marker + '\u0001' + marker + "\"";
        }
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
          return new Document(text.substring(0, start + FreeText.TOKEN.length() + how % 8), null);
        }
      case MARKER_AFTER_THE_DOCUMENT:
        {
          String text = MAPPER.writeValueAsString(tree);
          return new Document(
              text
                  + List.of(" \"" + marker + "\"", " " + marker, "{\"x\":\"" + marker + "\"}")
                      .get(how % 3),
              null);
        }
      case MARKER_NOT_UTF8:
        {
          pick(locations.values(), l -> l.value().isString(), where)
              .set(NODES.stringNode(PLACEHOLDER));
          String text = MAPPER.writeValueAsString(tree);
          String[] halves = text.split(PLACEHOLDER, -1);
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          bytes.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
          bytes.writeBytes(marker.getBytes(StandardCharsets.UTF_8));
          // A lone continuation byte, a byte never used in UTF-8, or a truncated sequence.
          byte[] invalid = {(byte) 0x80, (byte) 0xFF, (byte) 0xC3};
          bytes.write(invalid[how % invalid.length]);
          bytes.writeBytes(marker.getBytes(StandardCharsets.UTF_8));
          bytes.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
          return new Document(text, bytes.toByteArray());
        }
      default:
        throw new AssertionError(damage);
    }
    String text = MAPPER.writeValueAsString(tree);
    return new Document(text.replace("\"" + PLACEHOLDER + "\"", replacement), null);
  }

  /** A value of another JSON type than {@code value}, holding markers. */
  private static JsonNode holdingMarkers(JsonNode value, String marker, int how) {
    List<JsonNode> others = new ArrayList<>();
    others.add(NODES.arrayNode().add(marker).add(marker + "-2"));
    ObjectNode object = NODES.objectNode();
    object.put("name", marker);
    object.putArray("mitigations").add(marker);
    others.add(object);
    if (!value.isString()) {
      others.add(NODES.stringNode(marker));
    }
    others.removeIf(other -> other.getNodeType() == value.getNodeType());
    return others.get(how % others.size());
  }

  private static boolean isFreeText(Location location) {
    switch (location.owner) {
      case SERVICE:
      case PLATFORM:
        return location.field.equals("name");
      case RISK:
        return location.field.equals("owner")
            || location.field.equals("description")
            || (location.field.equals("mitigations") && location.isArrayElement());
      default:
        return false;
    }
  }

  private static boolean isId(Location location) {
    return location.field.equals("id") && !location.isArrayElement();
  }

  private static <T> T pick(List<T> candidates, Predicate<T> wanted, int where) {
    T picked = pickAny(candidates, wanted, where);
    assertThat(picked).as("a place for the damage").isNotNull();
    return picked;
  }

  /** One of the wanted candidates, chosen by {@code where}; null if none is wanted. */
  private static <T> @Nullable T pickAny(List<T> candidates, Predicate<T> wanted, int where) {
    List<T> matching = candidates.stream().filter(wanted).collect(Collectors.toList());
    return matching.isEmpty() ? null : matching.get(where % matching.size());
  }
}
