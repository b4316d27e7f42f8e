package org.safeguarding.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.SafeguardingEngine;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full uk-default assessment by plan size, and reading the same plan's JSON, so that the cost's
 * growth with participants and the share of parsing can be read off one run. Beside our reader run
 * two floors from Jackson on the same text: a bare pass over its tokens, which no reader of the
 * text can beat, and {@code readTree}, what a reader that builds a tree first starts from.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class AssessBenchmark {

  @Param({"10", "30", "100", "1000", "10000"})
  public int participants;

  private final SafeguardingEngine engine = SafeguardingEngine.ukDefault();
  private final JsonFactory factory = new JsonFactory();
  private final JsonMapper mapper = JsonMapper.builder().build();
  private List<SessionPlan> plans;
  private List<String> json;
  private int next;

  @Setup(Level.Trial)
  public void generate() {
    // Fewer distinct plans as they grow, to keep set-up and memory modest.
    int count = participants >= 1_000 ? 4 : 16;
    plans = BenchPlans.plans(participants, count, participants);
    json = plans.stream().map(SafeguardingJson.PLAN::write).toList();
  }

  private int advance() {
    int at = next;
    next = (next + 1) % plans.size();
    return at;
  }

  @Benchmark
  public Assessment assess() {
    return engine.assess(plans.get(advance()));
  }

  @Benchmark
  public SessionPlan parse() {
    return SafeguardingJson.PLAN.read(json.get(advance()));
  }

  /** Jackson's tokens, none of them read: the floor of any reader of the text. */
  @Benchmark
  public long tokens() {
    long count = 0;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json.get(advance()))) {
      while (parser.nextToken() != null) {
        count++;
      }
    }
    return count;
  }

  /** Jackson's tree of the text, as a reader that builds one first would start. */
  @Benchmark
  public JsonNode tree() {
    return mapper.readTree(json.get(advance()));
  }
}
