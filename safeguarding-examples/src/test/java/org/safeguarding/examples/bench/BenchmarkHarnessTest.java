package org.safeguarding.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * The benchmarks' smoke test in the normal build: JMH generated its harness for every benchmark,
 * each engine the benchmarks name can be built and answers, and the dependency-size reading of
 * Maven's tree follows duplicates. The timed runs stay in the bench profile.
 */
class BenchmarkHarnessTest {

  @Test
  void jmhHarness_listsEveryBenchmark() throws IOException {
    String list;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
      assertThat(in).as("JMH's generated BenchmarkList").isNotNull();
      list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(list)
        .contains("SubsetBenchmark_oneThread_jmhTest")
        .contains("SubsetBenchmark_twoThreads_jmhTest")
        .contains("AssessBenchmark_assess_jmhTest")
        .contains("AssessBenchmark_parse_jmhTest")
        .contains("AssessBenchmark_tokens_jmhTest")
        .contains("AssessBenchmark_tree_jmhTest");
  }

  @Test
  void everyBenchmarkedEngine_buildsAndAnswersLikeOurs() {
    SessionPlan plan = BenchPlans.plans(30L, 1, 30).get(0);
    SubsetAnswer ours = RuleSubset.named("ours", Rulebook.ukDefault()).answer(plan);

    for (String engine : RuleSubset.ENGINES) {
      assertThat(RuleSubset.named(engine, Rulebook.ukDefault()).answer(plan))
          .as(engine)
          .isEqualTo(ours);
    }
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleSubset.named("jess", Rulebook.ukDefault()))
        .withMessageContaining("no rule subset for engine 'jess'");
  }

  @Test
  void dependencyClosure_followsDuplicatesAndStopsAtTheRootsEnd() {
    List<String> tree =
        List.of(
            "org.safeguarding:safeguarding-examples:jar:0.1.0-SNAPSHOT",
            "+- org.safeguarding:safeguarding-rules:jar:0.1.0-SNAPSHOT:compile",
            "|  +- org.safeguarding:safeguarding-core:jar:0.1.0-SNAPSHOT:compile (version managed"
                + " from 0.1.0-SNAPSHOT)",
            "|  |  \\- (org.jspecify:jspecify:jar:1.0.0:compile - version managed from 1.0.0;"
                + " omitted for duplicate)",
            "|  \\- tools.jackson.core:jackson-databind:jar:3.2.4:compile",
            "|     \\- tools.jackson.core:jackson-core:jar:3.2.4:compile",
            "+- org.jspecify:jspecify:jar:1.0.0:compile",
            "+- org.jeasy:easy-rules-core:jar:4.1.0:test",
            "|  \\- (org.slf4j:slf4j-api:jar:1.7.30:test - omitted for conflict with 2.0.20)",
            "\\- org.slf4j:slf4j-api:jar:2.0.20:test");

    assertThat(ColdStartsAndSizes.closure(tree, List.of("org.safeguarding:safeguarding-rules")))
        .containsExactly(
            "org.safeguarding:safeguarding-rules:0.1.0-SNAPSHOT",
            "org.safeguarding:safeguarding-core:0.1.0-SNAPSHOT",
            "org.jspecify:jspecify:1.0.0",
            "tools.jackson.core:jackson-databind:3.2.4",
            "tools.jackson.core:jackson-core:3.2.4");
    assertThat(ColdStartsAndSizes.closure(tree, List.of("org.jeasy:easy-rules-core")))
        .containsExactly("org.jeasy:easy-rules-core:4.1.0", "org.slf4j:slf4j-api:2.0.20");
  }
}
