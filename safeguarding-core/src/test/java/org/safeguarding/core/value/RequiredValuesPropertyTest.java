package org.safeguarding.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.value.ValueShapes.Shape;

/**
 * Over every value type and any choice of which values are set, building either gives the value
 * (every required value set) or throws {@link InvalidPlanException} naming exactly the required
 * values left unset, in the contract's order: no {@code IllegalStateException} or other exception
 * escapes a builder for a missing value.
 */
class RequiredValuesPropertyTest {

  private static final int CASES = 2_000;

  private static final List<Shape<?>> SHAPES = ValueShapes.all();

  private final AtomicInteger cases = new AtomicInteger();
  private final AtomicInteger built = new AtomicInteger();

  @AfterEach
  void everyPropertyRanItsCasesAndSawBothOutcomes() {
    assertThat(cases.get()).isGreaterThanOrEqualTo(CASES);
    assertThat(built.get()).as("values built").isBetween(CASES / 10, CASES - CASES / 10);
  }

  @Test
  void build_anyValuesSet_buildsOrNamesExactlyTheMissingOnes() {
    qt().withExamples(CASES)
        .forAll(
            integers().between(0, SHAPES.size() - 1),
            longs().all(),
            integers().between(0, 3),
            longs().all())
        .checkAssert(
            (index, drawn, allRequired, optionalMask) -> {
              cases.incrementAndGet();
              Shape<?> shape = SHAPES.get(index);
              // One case in four sets every required value, so that whole values are built often.
              long requiredMask = allRequired == 0 ? -1L : drawn;

              Throwable thrown = catchThrowable(() -> shape.build(requiredMask, optionalMask));

              List<String> missing = new ArrayList<>();
              for (int i = 0; i < shape.required.size(); i++) {
                if ((requiredMask & (1L << i)) == 0) {
                  missing.add("$." + shape.required.get(i).name + ": is required");
                }
              }
              if (missing.isEmpty()) {
                assertThat(thrown).as("%s with every required value", shape).isNull();
                built.incrementAndGet();
              } else {
                assertThat(thrown)
                    .as("%s without %s", shape, missing)
                    .isInstanceOf(InvalidPlanException.class);
                InvalidPlanException e = (InvalidPlanException) thrown;
                assertThat(e.getMessage()).startsWith("invalid " + shape.subject + ": ");
                assertThat(e.problems().stream().map(PlanProblem::toString))
                    .containsExactlyElementsOf(missing);
              }
            });
  }
}
