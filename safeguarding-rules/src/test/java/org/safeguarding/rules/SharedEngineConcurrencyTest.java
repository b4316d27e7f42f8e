package org.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.core.testing.PlanGenerators;
import org.safeguarding.rules.rulebook.Rulebook;
import org.safeguarding.rules.testing.DefaultRulebookText;
import org.safeguarding.rules.testing.SafePlans;

/**
 * One engine shared by eight threads gives exactly the answers it gives on one thread: the same
 * value (by {@code equals}) and the same canonical JSON bytes, for each of 10,000 assessments,
 * admissions and incident responses.
 *
 * <p>The workload is drawn once from a fixed seed: 1,000 plans (half of every shape, half close to
 * a safe plan, so that every decision, verdict, reason and action occurs), each with ten tasks, and
 * each with ids of its own, so that an answer mixed up with another plan's shows. The threads start
 * together and take the tasks from one shared queue, in an order unlike the single-thread run's:
 * shuffled, or plan by plan so that several threads work on one plan at once. An answer of {@link
 * InvalidPlanException} (a room naming someone not on the plan) is compared by its problems and
 * message; any other exception on a worker fails the test.
 *
 * <p>A stress test: a race that shares working state between calls shows within one run, but one
 * whose window is a few instructions wide may slip through a run, which is why each engine is run
 * concurrently several times, in differing orders.
 */
class SharedEngineConcurrencyTest {

  private static final long SEED = 0x5AFE_C0DEL;
  private static final int PLANS = 1_000;
  private static final int TASKS_PER_PLAN = 10;
  private static final int TASKS = PLANS * TASKS_PER_PLAN;
  private static final int THREADS = 8;

  /** Each concurrent run takes the tasks in another order. */
  private static final int CONCURRENT_RUNS = 3;

  /** The latest instant a plan or incident may name. */
  private static final Instant LAST_INSTANT = Instant.parse("2999-12-31T23:59:59Z");

  /** The same questions for every test, drawn once. */
  private static final class Workload {
    static final List<Task> ALL = draw();

    /**
     * Draws each plan and its tasks as one example, as a property test would, so that every plan is
     * drawn from the generators' whole range; QuickTheories skips a draw it has seen before, so a
     * few more are asked for than are kept.
     */
    private static List<Task> draw() {
      List<List<Task>> drawn = new ArrayList<>();
      qt().withFixedSeed(SEED)
          .withExamples(PLANS + PLANS / 10)
          .forAll(planWithTasks())
          .checkAssert(drawn::add);
      assertThat(drawn).as("plans drawn").hasSizeGreaterThanOrEqualTo(PLANS);
      List<Task> tasks = new ArrayList<>(TASKS);
      drawn.subList(0, PLANS).forEach(tasks::addAll);
      return List.copyOf(tasks);
    }
  }

  /** What the built-in engine answers on one thread, worked out once. */
  private static final class UkDefaultAnswers {
    static final Answer[] ANSWERS = singleThread(SafeguardingEngine.builder().build());
  }

  @Test
  void ukDefault_sharedByEightThreads_givesExactlyTheSingleThreadAnswers() throws Exception {
    // Given: the single-thread answers, from an engine of its own, to a workload that reaches
    // every outcome
    List<Task> tasks = Workload.ALL;
    Answer[] expected = UkDefaultAnswers.ANSWERS;
    Distribution distribution = Distribution.of(tasks, expected);
    assertThat(tasks).hasSize(TASKS);
    assertThat(distribution.kinds.values())
        .as("assessments, admissions and responses, of %s tasks", TASKS)
        .allSatisfy(count -> assertThat(count).isGreaterThan(TASKS / 4));
    assertThat(distribution.decisions)
        .as("decisions")
        .containsOnlyKeys(Decision.values())
        .allSatisfy((decision, count) -> assertThat(count).isGreaterThanOrEqualTo(25));
    assertThat(distribution.verdicts)
        .as("verdicts")
        .containsOnlyKeys(Verdict.values())
        .allSatisfy((verdict, count) -> assertThat(count).isGreaterThanOrEqualTo(200));
    assertThat(distribution.reasons.keySet())
        .as("admission reason codes")
        .containsExactlyInAnyOrderElementsOf(
            SafeguardingEngine.ukDefault().admissionRules().stream()
                .map(AdmissionRule::code)
                .toList());
    assertThat(distribution.actions)
        .as("response actions")
        .containsOnlyKeys(ResponseAction.values());
    assertThat(distribution.findings.keySet())
        .as("finding codes: every code but RULE_FAILED")
        .containsExactlyInAnyOrderElementsOf(
            SafeguardingEngine.ukDefault().rules().stream()
                .map(RuleDescription::code)
                .filter(code -> !code.equals(SafeguardingEngine.RULE_FAILED.code()))
                .toList());
    assertThat(distribution.invalid).as("tasks refused as invalid").isGreaterThanOrEqualTo(25);
    assertThat(distribution.noted).as("responses with notes").isGreaterThanOrEqualTo(50);

    // When / then: eight threads share the one engine, several times over
    for (int run = 0; run < CONCURRENT_RUNS; run++) {
      assertSameAnswers(SafeguardingEngine.ukDefault(), tasks, expected, SEED + run);
    }
  }

  @Test
  void customRulebookAndRule_sharedByEightThreads_givesExactlyTheSingleThreadAnswers()
      throws Exception {
    // Given: an engine with a rulebook of its own and a rule added through the builder, whose
    // single-thread answers come from a second engine built the same way
    Supplier<SafeguardingEngine> custom =
        () ->
            SafeguardingEngine.builder()
                .rulebook(customRulebook())
                .addRule(new LargeGroupRule())
                .build();
    List<Task> tasks = Workload.ALL;
    Answer[] expected = singleThread(custom.get());
    Distribution distribution = Distribution.of(tasks, expected);
    // The custom rule and rulebook are in force: the rule reports, and answers change.
    assertThat(distribution.findings.getOrDefault(LargeGroupRule.LARGE_GROUP.code(), 0))
        .as("findings of the added rule")
        .isGreaterThanOrEqualTo(500);
    assertThat(distribution.decisions).as("decisions").containsOnlyKeys(Decision.values());
    assertThat(distribution.verdicts).as("verdicts").containsOnlyKeys(Verdict.values());
    Map<String, Integer> changed = new TreeMap<>();
    for (int i = 0; i < TASKS; i++) {
      Object own = expected[i].value;
      Object builtIn = UkDefaultAnswers.ANSWERS[i].value;
      if (own instanceof Assessment a
          && builtIn instanceof Assessment b
          && a.decision() != b.decision()) {
        changed.merge("decisions", 1, Integer::sum);
      } else if (own instanceof Admission a
          && builtIn instanceof Admission b
          && a.verdict() != b.verdict()) {
        changed.merge("verdicts", 1, Integer::sum);
      } else if (own instanceof ResponsePlan && !own.equals(builtIn)) {
        changed.merge("responses", 1, Integer::sum);
      }
    }
    assertThat(changed)
        .as("answers the custom rulebook and rule change")
        .hasEntrySatisfying("decisions", count -> assertThat(count).isGreaterThanOrEqualTo(40))
        .hasEntrySatisfying("verdicts", count -> assertThat(count).isGreaterThanOrEqualTo(100))
        .hasEntrySatisfying("responses", count -> assertThat(count).isGreaterThanOrEqualTo(200));

    // When / then
    SafeguardingEngine shared = custom.get();
    for (int run = 0; run < CONCURRENT_RUNS; run++) {
      assertSameAnswers(shared, tasks, expected, SEED - run);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Running

  private static Answer[] singleThread(SafeguardingEngine engine) {
    Answer[] answers = new Answer[TASKS];
    for (int i = 0; i < TASKS; i++) {
      answers[i] = Workload.ALL.get(i).answer(engine);
    }
    return answers;
  }

  /**
   * Runs every task on {@link #THREADS} threads sharing one engine, started together and taking
   * tasks from one queue in a shuffled order, and checks each answer against the expected one.
   */
  private static void assertSameAnswers(
      SafeguardingEngine engine, List<Task> tasks, Answer[] expected, long orderSeed)
      throws InterruptedException {
    List<Integer> order = order(orderSeed);
    Answer[] answers = new Answer[TASKS];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    Queue<Throwable> thrown = new ConcurrentLinkedQueue<>();
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Integer>> workers = new ArrayList<>(THREADS);
    try {
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  int answered = 0;
                  for (int k = next.getAndIncrement(); k < TASKS; k = next.getAndIncrement()) {
                    int task = order.get(k);
                    mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                      answers[task] = tasks.get(task).answer(engine);
                      answered++;
                    } catch (RuntimeException | Error e) {
                      // Kept, not lost: the test fails on it once every worker has finished.
                      thrown.add(new AssertionError("task " + task + " threw", e));
                    } finally {
                      inFlight.decrementAndGet();
                    }
                  }
                  return answered;
                }));
      }
      ready.await();
      start.countDown();
      List<Integer> answeredPerThread = new ArrayList<>(THREADS);
      for (Future<Integer> worker : workers) {
        try {
          // No time limit: a test here never judges by the clock, and a hang shows as one.
          answeredPerThread.add(worker.get());
        } catch (ExecutionException e) {
          thrown.add(e);
        }
      }
      if (!thrown.isEmpty()) {
        AssertionError failure =
            new AssertionError(thrown.size() + " tasks or workers threw", thrown.peek());
        thrown.stream().skip(1).limit(20).forEach(failure::addSuppressed);
        throw failure;
      }
      // The run was concurrent: several threads answered, and tasks overlapped.
      assertThat(answeredPerThread.stream().filter(count -> count > 0).count())
          .as("threads that answered tasks: %s", answeredPerThread)
          .isGreaterThanOrEqualTo(2);
      assertThat(mostInFlight.get()).as("most tasks in flight at once").isGreaterThanOrEqualTo(2);
    } finally {
      pool.shutdownNow();
    }

    List<String> differences = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      Answer answer = answers[i];
      Answer single = expected[i];
      if (!single.value.equals(answer.value)) {
        differences.add("task " + i + " (" + tasks.get(i) + "): the answer differs");
      } else if (!Arrays.equals(single.json, answer.json)) {
        differences.add("task " + i + " (" + tasks.get(i) + "): the JSON bytes differ");
      }
    }
    assertThat(differences)
        .as(
            "%s of %s tasks answered differently on %s threads (order seed %s); the first: %s",
            differences.size(),
            TASKS,
            THREADS,
            orderSeed,
            differences.subList(0, Math.min(5, differences.size())))
        .isEmpty();
  }

  /**
   * The order the threads take the tasks in: on an even seed, all shuffled, so that tasks of every
   * kind and plan meet; on an odd one, plan by plan (the plans and each plan's tasks shuffled), so
   * that the threads mostly work on one plan at once. The schedule, not an input: it need not
   * shrink.
   */
  private static List<Integer> order(long seed) {
    Random random = new Random(seed);
    List<Integer> order = new ArrayList<>(TASKS);
    if (seed % 2 == 0) {
      for (int i = 0; i < TASKS; i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      return order;
    }
    List<Integer> plans = new ArrayList<>(PLANS);
    for (int p = 0; p < PLANS; p++) {
      plans.add(p);
    }
    Collections.shuffle(plans, random);
    for (int plan : plans) {
      List<Integer> tasks = new ArrayList<>(TASKS_PER_PLAN);
      for (int t = 0; t < TASKS_PER_PLAN; t++) {
        tasks.add(plan * TASKS_PER_PLAN + t);
      }
      Collections.shuffle(tasks, random);
      order.addAll(tasks);
    }
    return order;
  }

  // ---------------------------------------------------------------------------------------------
  // Tasks and answers

  /** One call on the engine. */
  private abstract static class Task {
    final SessionPlan plan;

    Task(SessionPlan plan) {
      this.plan = plan;
    }

    abstract String kind();

    /** The value the engine returns, with its canonical JSON. */
    abstract Answer call(SafeguardingEngine engine);

    /** The engine's answer, or the problems it found in the input. */
    final Answer answer(SafeguardingEngine engine) {
      try {
        return call(engine);
      } catch (InvalidPlanException e) {
        return new Answer(
            List.of(e.subject(), e.problems()), e.getMessage().getBytes(StandardCharsets.UTF_8));
      }
    }

    @Override
    public String toString() {
      return kind() + " of plan " + plan.id();
    }
  }

  private static final class Assess extends Task {
    Assess(SessionPlan plan) {
      super(plan);
    }

    @Override
    String kind() {
      return "assess";
    }

    @Override
    Answer call(SafeguardingEngine engine) {
      Assessment assessment = engine.assess(plan);
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      SafeguardingJson.ASSESSMENT.write(assessment, json);
      return new Answer(assessment, json.toByteArray());
    }
  }

  private static final class Admit extends Task {
    final RoomState room;
    final String person;

    Admit(SessionPlan plan, RoomState room, String person) {
      super(plan);
      this.room = room;
      this.person = person;
    }

    @Override
    String kind() {
      return "admit";
    }

    @Override
    Answer call(SafeguardingEngine engine) {
      Admission admission = engine.admit(plan, room, person);
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      SafeguardingJson.ADMISSION.write(admission, json);
      return new Answer(admission, json.toByteArray());
    }

    @Override
    public String toString() {
      return super.toString() + ", " + person + " at " + room;
    }
  }

  private static final class Respond extends Task {
    final Incident incident;

    Respond(SessionPlan plan, Incident incident) {
      super(plan);
      this.incident = incident;
    }

    @Override
    String kind() {
      return "respond";
    }

    @Override
    Answer call(SafeguardingEngine engine) {
      ResponsePlan response = engine.respond(plan, incident);
      ByteArrayOutputStream json = new ByteArrayOutputStream();
      SafeguardingJson.RESPONSE_PLAN.write(response, json);
      return new Answer(response, json.toByteArray());
    }

    @Override
    public String toString() {
      return super.toString() + ", " + incident;
    }
  }

  /** An assessment, admission or response plan (or an input's problems) and its JSON bytes. */
  private static final class Answer {
    final Object value;
    final byte[] json;

    Answer(Object value, byte[] json) {
      this.value = value;
      this.json = json;
    }
  }

  /**
   * How the answers spread over the outcomes, so that the test cannot pass on a narrow workload.
   */
  private static final class Distribution {
    final Map<String, Integer> kinds = new TreeMap<>();
    final Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
    final Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
    final Map<ResponseAction, Integer> actions = new EnumMap<>(ResponseAction.class);
    final Map<String, Integer> findings = new TreeMap<>();
    final Map<String, Integer> reasons = new TreeMap<>();
    int invalid;
    int noted;

    static Distribution of(List<Task> tasks, Answer[] answers) {
      Distribution distribution = new Distribution();
      for (int i = 0; i < tasks.size(); i++) {
        distribution.kinds.merge(tasks.get(i).kind(), 1, Integer::sum);
        Object value = answers[i].value;
        if (value instanceof Assessment assessment) {
          distribution.decisions.merge(assessment.decision(), 1, Integer::sum);
          for (Finding finding : assessment.findings()) {
            distribution.findings.merge(finding.rule(), 1, Integer::sum);
          }
        } else if (value instanceof Admission admission) {
          distribution.verdicts.merge(admission.verdict(), 1, Integer::sum);
          for (AdmissionReason reason : admission.reasons()) {
            distribution.reasons.merge(reason.rule(), 1, Integer::sum);
          }
        } else if (value instanceof ResponsePlan response) {
          for (PlannedAction action : response.actions()) {
            distribution.actions.merge(action.action(), 1, Integer::sum);
          }
          distribution.noted += response.notes().isEmpty() ? 0 : 1;
        } else {
          distribution.invalid++;
        }
      }
      return distribution;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The custom engine

  /** The bundled rulebook renamed, in another time zone, asking for three adults, not two. */
  private static Rulebook customRulebook() {
    return Rulebook.read(
        DefaultRulebookText.edited(
            root -> {
              root.put("name", "concurrency-test");
              root.put("timeZone", "America/New_York");
              DefaultRulebookText.object(root, "supervision")
                  .put("minimumAdults", 3)
                  .put("broadcastAdults", 3);
              DefaultRulebookText.object(root, "admission").put("adultsPresentBeforeVulnerable", 3);
            }));
  }

  /**
   * A rule added through the builder, stateless as rules must be: a warning per vulnerable
   * participant past four.
   */
  private static final class LargeGroupRule implements Rule {
    static final RuleDescription LARGE_GROUP =
        RuleDescription.of(
            "LARGE_GROUP",
            FindingLevel.WARNING,
            "A group has more than four vulnerable participants.",
            "Add a co-facilitator for the group.",
            "test source");

    @Override
    public String name() {
      return "large-group";
    }

    @Override
    public List<RuleDescription> descriptions() {
      return List.of(LARGE_GROUP);
    }

    @Override
    public void evaluate(Evaluation evaluation) {
      List<Participant> vulnerable =
          evaluation.plan().participants().stream()
              .filter(evaluation.facts()::isVulnerable)
              .toList();
      // Each participant beyond the fourth is its own finding, so the findings need sorting.
      for (Participant participant :
          vulnerable.subList(Math.min(4, vulnerable.size()), vulnerable.size())) {
        evaluation
            .report(LARGE_GROUP)
            .about(participant.id())
            .message(participant.id() + " makes the group larger than four vulnerable participants")
            .action("Add a co-facilitator before " + participant.id() + " joins");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Generators

  /** A plan with {@link #TASKS_PER_PLAN} tasks on it, each an assessment, admission or response. */
  private static Gen<List<Task>> planWithTasks() {
    Gen<SessionPlan> plans = PlanGenerators.plans().mix(nearlySafePlans());
    return in -> {
      SessionPlan plan = renamed(plans.generate(in), integers().between(0, 999_999).generate(in));
      List<Task> tasks = new ArrayList<>(TASKS_PER_PLAN);
      for (int t = 0; t < TASKS_PER_PLAN; t++) {
        int kind = integers().between(0, 2).generate(in);
        tasks.add(
            kind == 0 ? new Assess(plan) : kind == 1 ? admission(plan, in) : response(plan, in));
      }
      return tasks;
    };
  }

  /**
   * The plan with its id and everyone's ids made its own, so that an answer that borrows anything
   * from another plan's working (generated plans all call their people s0, p0 and so on) differs
   * from the right one.
   */
  private static SessionPlan renamed(SessionPlan plan, int number) {
    String prefix = "n" + number + "-";
    return SessionPlan.builder()
        .from(plan)
        .id(prefix + plan.id())
        .staff(
            plan.staff().stream()
                .map(member -> StaffMember.builder().from(member).id(prefix + member.id()).build())
                .toList())
        .participants(
            plan.participants().stream()
                .map(
                    participant ->
                        Participant.builder()
                            .from(participant)
                            .id(prefix + participant.id())
                            .build())
                .toList())
        .build();
  }

  /**
   * Someone at the door of a room holding about two thirds of the staff and a third of the
   * participants, with a few participants removed; now and then someone not on the plan, at the
   * door (refused) or in the room (an invalid room).
   */
  private static Task admission(SessionPlan plan, RandomnessSource in) {
    List<String> present = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (StaffMember member : plan.staff()) {
      if (integers().between(0, 2).generate(in) > 0) {
        present.add(member.id());
      }
    }
    for (Participant participant : plan.participants()) {
      int roll = integers().between(0, 9).generate(in);
      if (roll < 3) {
        present.add(participant.id());
      } else if (roll == 9) {
        removed.add(participant.id());
      }
    }
    if (integers().between(0, 49).generate(in) == 0) {
      present.add("ghost");
    }
    int who = integers().between(0, 19).generate(in);
    String person =
        who == 0
            ? "visitor"
            : who < 7 ? pick(plan.staff(), in).id() : pick(plan.participants(), in).id();
    return new Admit(plan, RoomState.builder().present(present).removed(removed).build(), person);
  }

  /**
   * An incident of any kind during the session, mostly about a participant (sometimes removed),
   * sometimes a risk to life, handled by a member of staff or by nobody named; now and then naming
   * a participant or a handler not on the plan (answered, with notes).
   */
  private static Task response(SessionPlan plan, RandomnessSource in) {
    Incident.Builder incident =
        Incident.builder()
            .id("i" + integers().between(1, 999).generate(in))
            .kind(arbitrary().enumValues(IncidentKind.class).generate(in))
            .riskToLife(integers().between(0, 9).generate(in) == 0);
    Instant occurred =
        plan.start().plusSeconds(integers().between(0, 60 * plan.durationMinutes()).generate(in));
    incident.occurredAt(occurred.isAfter(LAST_INSTANT) ? plan.start() : occurred);
    int about = integers().between(0, 3).generate(in);
    if (about > 0) {
      incident.participant(pick(plan.participants(), in).id());
      incident.removed(about == 3);
    }
    int handler = integers().between(0, 49).generate(in);
    if (handler == 0) {
      incident.handledBy("ghost");
    } else if (handler == 1) {
      incident.participant("stranger");
    } else if (handler < 30) {
      incident.handledBy(pick(plan.staff(), in).id());
    }
    return new Respond(plan, incident.build());
  }

  /**
   * The safe children's group with, now and then, a safeguard switched off, more staff (some with
   * too weak a check or none), and one to seven participants of any age, mostly with the consent
   * they need.
   */
  private static Gen<SessionPlan> nearlySafePlans() {
    return in -> {
      SessionPlan.Builder plan = SafePlans.childrensGroup();
      if (rarely(in)) {
        plan.safeguardingLeadAvailable(false);
      }
      if (rarely(in)) {
        plan.holdingScreen(false);
      }
      if (rarely(in)) {
        plan.interaction(Interaction.BROADCAST);
      }
      if (rarely(in)) {
        plan.recording(Recording.AUDIO_VISUAL);
      }
      if (rarely(in)) {
        plan.platform(
            SafePlans.interactivePlatform().accounts(AccountType.PERSISTENT_PUBLIC).build());
      }
      int extraStaff = integers().between(0, 3).generate(in);
      for (int i = 0; i < extraStaff; i++) {
        StaffRole role =
            arbitrary()
                .pick(StaffRole.CO_FACILITATOR, StaffRole.VOLUNTEER, StaffRole.EXTERNAL_TUTOR)
                .generate(in);
        StaffMember.Builder member = SafePlans.staff("s" + (3 + i), role);
        if (rarely(in)) {
          member.check(SafePlans.check(CheckScheme.DBS, CheckLevel.BASIC, SafePlans.CHECK_ISSUED));
        } else if (rarely(in)) {
          member.check(Optional.empty());
        }
        plan.addStaff(member.build());
      }
      boolean oneToOne = rarely(in);
      int count = oneToOne ? 1 : integers().between(1, 7).generate(in);
      List<Participant> participants = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        participants.add(nearlySafeParticipant("p" + (i + 1), in));
      }
      if (oneToOne) {
        plan.format(SessionFormat.ONE_TO_ONE);
      }
      return plan.participants(participants).build();
    };
  }

  private static Participant nearlySafeParticipant(String id, RandomnessSource in) {
    int band = integers().between(0, 9).generate(in);
    OptionalInt age =
        band < 6
            ? OptionalInt.of(integers().between(4, 12).generate(in))
            : band < 8
                ? OptionalInt.of(integers().between(13, 17).generate(in))
                : band < 9
                    ? OptionalInt.of(integers().between(18, 80).generate(in))
                    : OptionalInt.empty();
    boolean parent = age.isEmpty() || age.getAsInt() < 13;
    Participant.Builder participant =
        Participant.builder()
            .id(id)
            .age(age)
            .atRisk(rarely(in))
            .capacity(Capacity.HAS_CAPACITY)
            .registered(!rarely(in))
            .identityVerified(!rarely(in))
            .responsibleAdultAtHome(!rarely(in))
            .location(Location.SHARED_SPACE);
    if (!rarely(in)) {
      Consent.Builder consent =
          SafePlans.consent(
              parent ? ConsentGiver.PARENT_OR_CARER : ConsentGiver.SELF,
              ConsentScope.PARTICIPATION,
              ConsentScope.RECORDING);
      if (rarely(in)) {
        consent.verification(ConsentVerification.UNVERIFIED);
      }
      if (rarely(in)) {
        consent.withdrawn(SafePlans.CONSENT_GIVEN.plusDays(1));
      }
      participant.addConsent(consent.build());
    }
    return participant.build();
  }

  /** True about one time in ten. */
  private static boolean rarely(RandomnessSource in) {
    return integers().between(0, 9).generate(in) == 9;
  }

  private static <T> T pick(List<T> values, RandomnessSource in) {
    return values.get(integers().between(0, values.size() - 1).generate(in));
  }
}
