package org.safeguarding.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.rules.SafeguardingEngine;

/**
 * The golden assessments: each bundled plan's assessment, byte for byte, so that any change to a
 * rule's outcome shows as a reviewable diff of {@code src/test/resources/.../assessments}. After a
 * deliberate change, rewrite them with {@code -Dsafeguarding.updateGolden=true} and review the
 * diff.
 */
class ExampleAssessmentsTest {

  private static final Path GOLDEN =
      Path.of("src/test/resources/org/safeguarding/examples/assessments");

  private final SafeguardingEngine engine = SafeguardingEngine.ukDefault();

  static Stream<String> names() {
    return ExamplePlans.names().stream();
  }

  @ParameterizedTest
  @MethodSource("names")
  void example_assessment_matchesItsGoldenFile(String name) throws IOException {
    String actual = SafeguardingJson.ASSESSMENT.write(engine.assess(ExamplePlans.load(name)));
    Path golden = GOLDEN.resolve(name + ".json");
    if (Boolean.getBoolean("safeguarding.updateGolden")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }

    assertThat(golden).exists();
    assertThat(actual)
        .as(
            "assessment of %s; if the change is deliberate, rerun with"
                + " -Dsafeguarding.updateGolden=true and review the diff",
            name)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void youthClub_isSafeToRunAsPlanned() {
    Assessment assessment = engine.assess(ExamplePlans.load("youth-club"));

    assertThat(assessment.decision()).isEqualTo(Decision.GO);
    assertThat(assessment.findings()).isEmpty();
    assertThat(assessment.supervision())
        .hasValueSatisfying(
            supervision -> {
              assertThat(supervision.requiredAdults()).isEqualTo(2);
              assertThat(supervision.shortfall()).isZero();
            });
  }

  @Test
  void everyExample_hasTheDecisionItIsMeantToShow() {
    assertThat(ExamplePlans.names())
        .allSatisfy(
            name ->
                assertThat(engine.assess(ExamplePlans.load(name)).decision())
                    .as(name)
                    .isEqualTo(expectedDecision(name)));
  }

  private static Decision expectedDecision(String name) {
    // The mentoring example shows a one-to-one session that may run once its warnings are met.
    return name.equals("mentoring-one-to-one") ? Decision.GO_WITH_CONDITIONS : Decision.GO;
  }

  @Test
  void examples_citeOnlySourcesTheRuleCatalogueLists() {
    List<String> cited =
        ExamplePlans.names().stream()
            .flatMap(name -> engine.assess(ExamplePlans.load(name)).findings().stream())
            .flatMap((Finding finding) -> finding.sources().stream())
            .distinct()
            .toList();

    assertThat(cited).isNotEmpty();
    assertThat(engine.rules()).flatExtracting(rule -> rule.sources()).containsAll(cited);
  }
}
