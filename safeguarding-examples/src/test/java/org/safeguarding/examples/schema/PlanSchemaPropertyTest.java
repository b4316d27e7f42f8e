package org.safeguarding.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.testing.PlanGenerators;
import org.safeguarding.examples.schema.PlanSchema.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema against the reader over generated plans. Every plan the generators make, written by
 * the library, passes the schema: the schema is no stricter than the reader. And every kind of
 * damage to such a plan fails the schema and the reader alike, at the damaged path: the schema is
 * no looser where it can speak.
 *
 * <p>The damages know the contract from the README, not from the schema, so that a mistake in the
 * schema cannot hide itself.
 */
class PlanSchemaPropertyTest {

  private static final int CASES = 1_000;

  /** Counts the cases each property ran, to prove the property did not pass vacuously. */
  private final AtomicInteger cases = new AtomicInteger();

  @AfterEach
  void everyPropertyRanItsCases() {
    assertThat(cases.get()).isGreaterThanOrEqualTo(CASES);
  }

  @Test
  void generatedPlans_writtenByTheLibrary_allPassTheSchema() {
    qt().withExamples(CASES)
        .forAll(PlanGenerators.plans())
        .checkAssert(
            plan -> {
              cases.incrementAndGet();
              String json = SafeguardingJson.PLAN.write(plan);

              assertThat(PlanSchema.violations(json)).as(json).isEmpty();
            });
  }

  enum Damage {
    UNKNOWN_FIELD,
    DROP_REQUIRED,
    WRONG_TYPE,
    NULL,
    OUT_OF_RANGE,
    UNKNOWN_ENUM,
    BAD_ID,
    BAD_TEXT,
    BAD_DATE,
    BAD_INSTANT
  }

  @Test
  void damagedGeneratedPlans_failTheSchemaAndTheReader_atTheDamagedPath() {
    qt().withExamples(CASES)
        .forAll(
            PlanGenerators.plans(),
            arbitrary().enumValues(Damage.class),
            integers().allPositive(),
            integers().allPositive())
        .checkAssert(
            (plan, damage, where, how) -> {
              cases.incrementAndGet();
              ObjectNode document =
                  (ObjectNode) PlanDocuments.MAPPER.readTree(SafeguardingJson.PLAN.write(plan));
              String path = damage(document, damage, where, how);
              String json = PlanDocuments.text(document);

              List<Violation> violations = PlanSchema.violations(json);
              assertThat(violations).as("%s at %s", damage, path).isNotEmpty();
              assertThat(violations)
                  .as("%s at %s", damage, path)
                  .extracting(violation -> violation.path)
                  .containsOnly(path);
              assertThat(PlanDocuments.readerProblems(json))
                  .as("%s at %s", damage, path)
                  .isNotEmpty()
                  .containsOnly(path);
            });
  }

  // The contract as the README states it

  private static final Map<String, List<String>> REQUIRED =
      Map.of(
          "plan",
          List.of(
              "schemaVersion",
              "id",
              "service",
              "platform",
              "start",
              "durationMinutes",
              "format",
              "interaction",
              "recording",
              "chat",
              "staff",
              "participants"),
          "service",
          List.of("name", "jurisdiction"),
          "platform",
          List.of("name", "accounts"),
          "staff",
          List.of("id"),
          "check",
          List.of("scheme", "level", "issued"),
          "participants",
          List.of("id"),
          "consents",
          List.of("givenBy", "verification", "given"),
          "risks",
          List.of("id", "hazard", "area", "likelihood", "severity"));

  /** Each number's field, and values just outside its range. */
  private static final Map<String, List<String>> OUT_OF_RANGE =
      Map.of(
          "schemaVersion", List.of("0", "2"),
          "durationMinutes", List.of("0", "1441"),
          "age", List.of("-1", "121"),
          "likelihood", List.of("0", "6"),
          "severity", List.of("0", "6"),
          "residualLikelihood", List.of("0", "6"),
          "residualSeverity", List.of("0", "6"));

  private static final Set<String> ENUMS =
      Set.of(
          "jurisdiction",
          "frequency",
          "policies",
          "accounts",
          "family",
          "controls",
          "format",
          "interaction",
          "recording",
          "chat",
          "roles",
          "scheme",
          "level",
          "needs",
          "capacity",
          "location",
          "givenBy",
          "verification",
          "covers",
          "hazard",
          "area");

  private static final Set<String> TEXTS = Set.of("name", "mitigations", "owner", "description");

  private static final Set<String> DATES =
      Set.of("issued", "trainingCompleted", "given", "withdrawn", "reviewBy");

  private static final List<String> BAD_IDS =
      List.of(
          "\"\"",
          "\"  \"",
          "\"\\u00a0\"",
          "\"a\\u0000b\"",
          "\"" + "x".repeat(129) + "\"",
          "\"a\\n\"",
          "\"a\\u200bb\"",
          "\"\\u202ea\"",
          "\"\\ufeffa\"",
          "\"a\\u2028\"");

  private static final List<String> BAD_TEXTS =
      List.of("\"\"", "\" \\n\\t \"", "\"bell\\u0007\"", "\"" + "t".repeat(10_001) + "\"");

  /** Dates the reader refuses; the last refused only for its year. */
  private static final List<String> BAD_DATES =
      List.of("\"2026-02-30\"", "\"2026-1-01\"", "\"1899-12-31\"", "\"3000-01-01\"");

  private static final List<String> BAD_INSTANTS =
      List.of(
          "\"2026-12-04T18:00\"",
          "\"2026-12-04\"",
          "\"2026-12-04T18:00:00\"",
          "\"1899-01-01T00:00:00Z\"");

  /** Damages one value of a plan's document, chosen by {@code where}, and returns its path. */
  private static String damage(ObjectNode document, Damage damage, int where, int how) {
    List<Slot> slots = slots(document);
    switch (damage) {
      case UNKNOWN_FIELD:
        {
          Slot object = pick(slots, slot -> slot.value.isObject(), where);
          ((ObjectNode) object.value).put("unexpected", true);
          return object.path + ".unexpected";
        }
      case DROP_REQUIRED:
        {
          Slot field =
              pick(
                  slots,
                  slot ->
                      !slot.inArray
                          && REQUIRED.getOrDefault(slot.kind, List.of()).contains(slot.field),
                  where);
          PlanDocuments.remove(document, field.pointer);
          return field.path;
        }
      case WRONG_TYPE:
        {
          Slot value = pick(slots, slot -> !slot.path.equals("$"), where);
          return replace(document, value, otherType(value.value));
        }
      case NULL:
        {
          Slot value = pick(slots, slot -> !slot.path.equals("$"), where);
          return replace(document, value, "null");
        }
      case OUT_OF_RANGE:
        {
          Slot number = pick(slots, slot -> OUT_OF_RANGE.containsKey(slot.field), where);
          List<String> values = OUT_OF_RANGE.get(number.field);
          return replace(document, number, values.get(how % values.size()));
        }
      case UNKNOWN_ENUM:
        {
          Slot value =
              pick(slots, slot -> ENUMS.contains(slot.field) && slot.value.isString(), where);
          return replace(document, value, "\"NOT_IN_THE_CONTRACT\"");
        }
      case BAD_ID:
        {
          Slot id = pick(slots, slot -> slot.field.equals("id"), where);
          String bad =
              id.kind.equals("risks") && how % 2 == 0
                  ? "\"inferred-" + id.value.asString() + "\""
                  : BAD_IDS.get(how % BAD_IDS.size());
          return replace(document, id, bad);
        }
      case BAD_TEXT:
        {
          Slot text =
              pick(slots, slot -> TEXTS.contains(slot.field) && slot.value.isString(), where);
          return replace(document, text, BAD_TEXTS.get(how % BAD_TEXTS.size()));
        }
      case BAD_DATE:
        {
          // Every plan has a start, though not every plan has a date.
          Slot date =
              pick(slots, slot -> DATES.contains(slot.field) || slot.path.equals("$.start"), where);
          // A consent given in 3000 would also be withdrawn before it was given: a second problem.
          List<String> values =
              date.path.equals("$.start")
                  ? BAD_INSTANTS
                  : date.field.equals("given") ? BAD_DATES.subList(0, 3) : BAD_DATES;
          return replace(document, date, values.get(how % values.size()));
        }
      case BAD_INSTANT:
        {
          Slot start = pick(slots, slot -> slot.path.equals("$.start"), where);
          return replace(document, start, BAD_INSTANTS.get(how % BAD_INSTANTS.size()));
        }
      default:
        throw new AssertionError(damage);
    }
  }

  private static String replace(ObjectNode document, Slot slot, String json) {
    PlanDocuments.set(document, slot.pointer, json);
    return slot.path;
  }

  private static String otherType(JsonNode value) {
    if (value.isString()) {
      return "7";
    }
    if (value.isNumber()) {
      return "\"7\"";
    }
    if (value.isBoolean()) {
      return "\"true\"";
    }
    return value.isArray() ? "{}" : "[]";
  }

  private static Slot pick(List<Slot> slots, Predicate<Slot> fits, int where) {
    List<Slot> fitting = new ArrayList<>();
    for (Slot slot : slots) {
      if (fits.test(slot)) {
        fitting.add(slot);
      }
    }
    assertThat(fitting).as("values to damage").isNotEmpty();
    return fitting.get(where % fitting.size());
  }

  /** One value in a document: where it is, and what holds it. */
  private static final class Slot {
    final String pointer;
    final String path;

    /** The field that holds it, or holds the list it is in. */
    final String field;

    /** The kind of object that holds the field: plan, service, staff, check, risks, ... */
    final String kind;

    final boolean inArray;
    final JsonNode value;

    Slot(String pointer, String path, String field, String kind, boolean inArray, JsonNode value) {
      this.pointer = pointer;
      this.path = path;
      this.field = field;
      this.kind = kind;
      this.inArray = inArray;
      this.value = value;
    }
  }

  private static List<Slot> slots(ObjectNode document) {
    List<Slot> slots = new ArrayList<>();
    slots.add(new Slot("", "$", "", "", false, document));
    collect(document, "", "$", "plan", slots);
    return slots;
  }

  private static void collect(
      JsonNode object, String pointer, String path, String kind, List<Slot> slots) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String name = field.getKey();
      String at = pointer + "/" + name;
      String atPath = path + "." + name;
      JsonNode value = field.getValue();
      slots.add(new Slot(at, atPath, name, kind, false, value));
      if (value.isObject()) {
        collect(value, at, atPath, name, slots);
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          JsonNode element = value.get(i);
          slots.add(new Slot(at + "/" + i, atPath + "[" + i + "]", name, kind, true, element));
          if (element.isObject()) {
            collect(element, at + "/" + i, atPath + "[" + i + "]", name, slots);
          }
        }
      }
    }
  }
}
