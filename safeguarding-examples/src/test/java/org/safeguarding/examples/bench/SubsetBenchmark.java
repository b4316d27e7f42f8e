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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * The common rule subset in each engine, on the same 30-participant plans, with one thread and with
 * two sharing the engine. Each engine is built once in set-up (Drools compiles its DRL there), so
 * only answering is timed.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class SubsetBenchmark {

  /** The plans all engines answer, cycled through so no single plan is cached. */
  static final int PLANS = 64;

  /** One engine, shared by every benchmark thread, as a host application would share it. */
  @State(Scope.Benchmark)
  public static class Engine {

    @Param({"ours", "easy-rules", "drools", "drools-executable-model"})
    public String engine;

    RuleSubset subset;
    List<SessionPlan> plans;

    @Setup(Level.Trial)
    public void build() {
      subset = RuleSubset.named(engine, Rulebook.ukDefault());
      plans = BenchPlans.plans(30L, PLANS, 30);
    }
  }

  /** Where each thread is in the list of plans. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    SessionPlan next(List<SessionPlan> plans) {
      SessionPlan plan = plans.get(next);
      next = (next + 1) % plans.size();
      return plan;
    }
  }

  @Benchmark
  @Threads(1)
  public SubsetAnswer oneThread(Engine engine, Cursor cursor) {
    return engine.subset.answer(cursor.next(engine.plans));
  }

  @Benchmark
  @Threads(2)
  public SubsetAnswer twoThreads(Engine engine, Cursor cursor) {
    return engine.subset.answer(cursor.next(engine.plans));
  }
}
