package org.safeguarding.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.json.JsonLocations.Location;
import org.safeguarding.core.json.JsonLocations.ObjectAt;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.testing.PlanGenerators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of the JSON contract over generated plans: every valid plan survives a round trip, and
 * every kind of damage to a valid plan's JSON is reported as an {@link InvalidPlanException} naming
 * the damaged path, never as another exception.
 */
class PlanJsonPropertyTest {

  private static final int CASES = 1_000;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Counts the cases each property ran, to prove the property did not pass vacuously. */
  private final AtomicInteger cases = new AtomicInteger();

  @AfterEach
  void everyPropertyRanItsCases() {
    assertThat(cases.get()).isGreaterThanOrEqualTo(CASES);
  }

  @Test
  void writeThenRead_anyValidPlan_givesAnEqualPlanAndTheSameBytes() {
    qt().withExamples(CASES)
        .forAll(PlanGenerators.plans())
        .checkAssert(
            plan -> {
              cases.incrementAndGet();
              String json = SafeguardingJson.PLAN.write(plan);
              SessionPlan read = SafeguardingJson.PLAN.read(json);
              assertThat(read).isEqualTo(plan);
              assertThat(SafeguardingJson.PLAN.write(read)).isEqualTo(json);
            });
  }

  enum Damage {
    DROP_REQUIRED,
    CHANGE_TYPE,
    OUT_OF_RANGE,
    UNKNOWN_FIELD,
    UNKNOWN_ENUM,
    DUPLICATE_ID
  }

  @Test
  void read_anyDamageToAValidPlan_isReportedAtItsPathAndOnlyAsInvalidPlan() {
    qt().withExamples(CASES)
        .forAll(
            PlanGenerators.plans(),
            arbitrary().enumValues(Damage.class),
            integers().allPositive(),
            integers().allPositive())
        .checkAssert(
            (plan, damage, where, how) -> {
              cases.incrementAndGet();
              ObjectNode tree = (ObjectNode) MAPPER.readTree(SafeguardingJson.PLAN.write(plan));
              Expected expected = damage(tree, damage, where, how, true);
              Throwable thrown =
                  catchThrowable(() -> SafeguardingJson.PLAN.read(MAPPER.writeValueAsString(tree)));
              assertThat(thrown)
                  .as("%s at %s", damage, expected.path)
                  .isExactlyInstanceOf(InvalidPlanException.class);
              List<PlanProblem> problems = ((InvalidPlanException) thrown).problems();
              // Exactly one: a placeholder standing in for the damaged value must not cause more.
              assertThat(problems)
                  .as("%s at %s", damage, expected.path)
                  .singleElement()
                  .satisfies(
                      problem -> {
                        assertThat(problem.path()).isEqualTo(expected.path);
                        assertThat(problem.message()).contains(expected.message);
                      });
            });
  }

  /** The damages that leave every other value in place, so that two of them never overlap. */
  private static final List<Damage> INDEPENDENT =
      List.of(Damage.OUT_OF_RANGE, Damage.UNKNOWN_FIELD, Damage.UNKNOWN_ENUM, Damage.DUPLICATE_ID);

  @Test
  void read_twoDamagesToAValidPlan_areBothReported() {
    qt().withExamples(CASES)
        .forAll(
            PlanGenerators.plans(),
            integers().between(0, 11),
            integers().allPositive(),
            integers().allPositive())
        .checkAssert(
            (plan, pair, where, how) -> {
              cases.incrementAndGet();
              Damage first = INDEPENDENT.get(pair / 3);
              Damage second =
                  INDEPENDENT.stream()
                      .filter(d -> d != first)
                      .collect(Collectors.toList())
                      .get(pair % 3);
              ObjectNode tree = (ObjectNode) MAPPER.readTree(SafeguardingJson.PLAN.write(plan));
              Expected one = damage(tree, first, where, how, false);
              Expected two = damage(tree, second, how, where, false);
              InvalidPlanException thrown =
                  org.assertj.core.api.Assertions.catchThrowableOfType(
                      InvalidPlanException.class,
                      () -> SafeguardingJson.PLAN.read(MAPPER.writeValueAsString(tree)));
              assertThat(thrown).as("%s and %s", first, second).isNotNull();
              assertThat(thrown.problems())
                  .as("%s at %s and %s at %s", first, one.path, second, two.path)
                  .extracting(PlanProblem::path)
                  .containsExactlyInAnyOrder(one.path, two.path);
            });
  }

  @Test
  void read_anyTruncationOfAValidPlan_isReportedOnlyAsInvalidPlan() {
    qt().withExamples(CASES)
        .forAll(PlanGenerators.plans(), integers().allPositive())
        .checkAssert(
            (plan, where) -> {
              cases.incrementAndGet();
              String json = SafeguardingJson.PLAN.write(plan).strip();
              String truncated = json.substring(0, where % json.length());
              Throwable thrown = catchThrowable(() -> SafeguardingJson.PLAN.read(truncated));
              assertThat(thrown).isExactlyInstanceOf(InvalidPlanException.class);
              assertThat(((InvalidPlanException) thrown).problems()).isNotEmpty();
            });
  }

  private static final class Expected {
    final String path;
    final String message;

    Expected(String path, String message) {
      this.path = path;
      this.message = message;
    }
  }

  /** Damages the tree in place and says which problem the reader must report. */
  private static Expected damage(
      ObjectNode tree, Damage damage, int where, int how, boolean alone) {
    JsonLocations locations = new JsonLocations(tree);
    switch (damage) {
      case DROP_REQUIRED:
        {
          Location at =
              pick(
                  locations.values(),
                  l -> !l.isArrayElement() && JsonLocations.REQUIRED.get(l.owner).contains(l.field),
                  where);
          at.remove();
          return new Expected(at.path, "is required");
        }
      case CHANGE_TYPE:
        {
          Location at = pick(locations.values(), l -> true, where);
          at.set(otherType(at.value(), how));
          return new Expected(at.path, "must");
        }
      case OUT_OF_RANGE:
        {
          // Another schemaVersion is reported alone (its fields may differ), so only a lone damage
          // uses it.
          Location at =
              pick(
                  locations.values(),
                  l ->
                      !l.isArrayElement()
                          && (JsonLocations.RANGES.containsKey(l.field)
                              || (alone && l.field.equals("schemaVersion"))),
                  where);
          if (at.field.equals("schemaVersion")) {
            at.set(NODES.numberNode(2 + how % 100));
            return new Expected(at.path, "must be 1");
          }
          int[] range = JsonLocations.RANGES.get(at.field);
          int outside = how % 2 == 0 ? range[0] - 1 - how % 1000 : range[1] + 1 + how % 1000;
          at.set(NODES.numberNode(outside));
          return new Expected(at.path, "must be between " + range[0] + " and " + range[1]);
        }
      case UNKNOWN_FIELD:
        {
          ObjectAt at = pick(locations.objects(), o -> true, where);
          String name =
              List.of("agee", "registerd", "participant", "Id", "extra", "notes").get(how % 6);
          if (at.node.has(name)) {
            name = name + "X";
          }
          at.node.put(name, how % 3 == 0 ? "x" : "true");
          return new Expected(at.path + "." + name, "unknown field");
        }
      case UNKNOWN_ENUM:
        {
          Location at =
              pick(
                  locations.values(),
                  l ->
                      l.isArrayElement()
                          ? JsonLocations.ENUM_ARRAYS.contains(l.field)
                          : JsonLocations.ENUM_FIELDS.contains(l.field),
                  where);
          String value = at.value().stringValue();
          at.set(
              NODES.stringNode(
                  how % 2 == 0 ? value.toLowerCase(java.util.Locale.ROOT) : value + "_X"));
          return new Expected(at.path, "must be one of");
        }
      case DUPLICATE_ID:
        {
          List<Location> ids =
              locations.values().stream()
                  .filter(
                      l ->
                          l.field.equals("id")
                              && (l.owner == JsonLocations.Owner.STAFF
                                  || l.owner == JsonLocations.Owner.PARTICIPANT))
                  .collect(Collectors.toList());
          int first = where % (ids.size() - 1);
          int second = first + 1 + how % (ids.size() - 1 - first);
          ids.get(second).set(ids.get(first).value());
          return new Expected(ids.get(second).path, "must be unique");
        }
      default:
        throw new AssertionError(damage);
    }
  }

  private static <T> T pick(List<T> candidates, Predicate<T> wanted, int where) {
    List<T> matching = candidates.stream().filter(wanted).collect(Collectors.toList());
    assertThat(matching).as("candidates").isNotEmpty();
    return matching.get(where % matching.size());
  }

  /** A value of another JSON type than {@code value}. */
  private static JsonNode otherType(JsonNode value, int how) {
    List<JsonNode> others =
        new java.util.ArrayList<>(
            List.of(
                NODES.nullNode(),
                NODES.booleanNode(true),
                NODES.numberNode(7),
                NODES.numberNode(1.5),
                NODES.stringNode("7"),
                NODES.arrayNode(),
                NODES.objectNode()));
    others.removeIf(
        other ->
            other.getNodeType() == value.getNodeType()
                && !(value.isNumber() && value.isIntegralNumber() != other.isIntegralNumber()));
    return others.get(how % others.size());
  }
}
