package org.safeguarding.examples.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.internal.json.StreamingDocument;
import org.safeguarding.core.json.JsonSchemas;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.core.risk.BandRange;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskBandTable;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.core.testing.ClassFiles;
import org.safeguarding.core.testing.ClassFiles.ClassFile;
import org.safeguarding.core.testing.MarkedPlans;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.internal.report.Reports;
import org.safeguarding.rules.report.ReportFormat;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * The library writes nothing to standard output or standard error and logs nothing, whatever it is
 * given. Shown twice: by running a broad workload through the library's API (not the CLI) with the
 * standard streams and the platform's logging captured, and by reading the constant pool of every
 * class of the core and the rules for any reference to the standard streams, a stack-trace print or
 * a logging API, which finds a print on a path no workload reaches.
 */
class NoOutputPrivacyTest {

  /**
   * The names whose mere presence in a class's constant pool means it can print or log: the logging
   * APIs of the JDK and the common libraries, and the types of the standard streams.
   */
  private static final List<String> PRINTING_OR_LOGGING_TYPES =
      List.of(
          "java/util/logging/",
          "java/lang/System$Logger",
          "java/lang/System$LoggerFinder",
          "java/io/PrintStream",
          "java/io/Console",
          "org/slf4j/",
          "org/apache/logging/",
          "org/apache/log4j/",
          "org/apache/commons/logging/",
          "ch/qos/logback/",
          "org/jboss/logging/");

  /** Fields and methods, as {@code owner.name:}, that print or log. */
  private static final List<String> PRINTING_OR_LOGGING_MEMBERS =
      List.of(
          "java/lang/System.out:",
          "java/lang/System.err:",
          "java/lang/System.console:",
          "java/lang/System.getLogger:",
          "java/io/FileDescriptor.out:",
          "java/io/FileDescriptor.err:",
          "java/lang/Thread.dumpStack:");

  @Test
  void classesOfTheCoreAndTheRules_referToNoStreamPrintOrLogger() {
    Map<String, List<String>> found = new TreeMap<>();
    List<ClassFile> classes = new ArrayList<>();
    classes.addAll(ClassFiles.of(SessionPlan.class, "org.safeguarding.core"));
    classes.addAll(ClassFiles.of(SafeguardingEngine.class, "org.safeguarding.rules"));
    for (ClassFile file : classes) {
      List<String> references = printingOrLogging(ConstantPool.of(file.bytes()));
      if (!references.isEmpty()) {
        found.put(file.name(), references);
      }
    }

    assertThat(classes).hasSizeGreaterThan(100);
    assertThat(found).as("classes that can print or log").isEmpty();
  }

  /**
   * Types whose presence means a class can reach the network, write or delete a file, or start a
   * process: SECURITY.md promises the library does none of these.
   */
  private static final List<String> NETWORK_FILE_OR_PROCESS_TYPES =
      List.of(
          "java/net/",
          "java/nio/channels/",
          "java/io/FileOutputStream",
          "java/io/FileWriter",
          "java/io/RandomAccessFile",
          "java/lang/ProcessBuilder",
          "java/net/http/");

  /** Methods, as {@code owner.name:}, that write, move or delete files or start processes. */
  private static final List<String> NETWORK_FILE_OR_PROCESS_MEMBERS =
      List.of(
          "java/nio/file/Files.write:",
          "java/nio/file/Files.writeString:",
          "java/nio/file/Files.newOutputStream:",
          "java/nio/file/Files.newBufferedWriter:",
          "java/nio/file/Files.newByteChannel:",
          "java/nio/file/Files.create",
          "java/nio/file/Files.delete",
          "java/nio/file/Files.copy:",
          "java/nio/file/Files.move:",
          "java/lang/Runtime.exec:");

  @Test
  void classesOfTheCoreAndTheRules_openNoConnectionWriteNoFileStartNoProcess() {
    Map<String, List<String>> found = new TreeMap<>();
    List<ClassFile> classes = new ArrayList<>();
    classes.addAll(ClassFiles.of(SessionPlan.class, "org.safeguarding.core"));
    classes.addAll(ClassFiles.of(SafeguardingEngine.class, "org.safeguarding.rules"));
    for (ClassFile file : classes) {
      List<String> references = networkFileOrProcess(ConstantPool.of(file.bytes()));
      if (file.name().equals(StreamingDocument.class.getName())) {
        // The one file the library writes is the one a caller names: PLAN.write(plan, path).
        references.removeIf(
            reference -> reference.startsWith("java/nio/file/Files.newBufferedWriter:"));
      }
      if (!references.isEmpty()) {
        found.put(file.name(), references);
      }
    }

    assertThat(classes).hasSizeGreaterThan(100);
    assertThat(found).as("classes that can reach the network, files or processes").isEmpty();
  }

  @Test
  void networkFileOrProcess_findsEachWayOut() {
    // The scan must be able to fail: it finds each way out in a class made to use them, and the
    // command line's own write to the standard output's descriptor.
    List<String> outbound = networkFileOrProcess(ConstantPool.of(classFile(Outbound.class)));
    List<String> cli =
        networkFileOrProcess(
            ConstantPool.of(classFile(org.safeguarding.examples.cli.SafeguardingCli.class)));

    for (String expected :
        List.of(
            "java/net/Socket",
            "java/nio/file/Files.writeString:",
            "java/nio/file/Files.delete",
            "java/lang/ProcessBuilder")) {
      assertThat(outbound).as(expected).anyMatch(reference -> reference.contains(expected));
    }
    assertThat(cli).anyMatch(reference -> reference.contains("java/io/FileOutputStream"));
  }

  private static List<String> networkFileOrProcess(ConstantPool pool) {
    List<String> found = new ArrayList<>();
    for (String member : pool.members()) {
      if (NETWORK_FILE_OR_PROCESS_MEMBERS.stream().anyMatch(member::startsWith)) {
        found.add(member);
      }
    }
    for (String text : pool.texts()) {
      if (NETWORK_FILE_OR_PROCESS_TYPES.stream().anyMatch(text::contains)) {
        found.add(text);
      }
    }
    return found;
  }

  /** Reaches out every way the library must not, so that the scan is seen to find them. */
  @SuppressWarnings("unused")
  private static final class Outbound {
    static void reach(Path file) throws IOException {
      try (java.net.Socket socket = new java.net.Socket("localhost", 9)) {
        socket.getOutputStream().write(1);
      }
      java.nio.file.Files.writeString(file, "written");
      java.nio.file.Files.delete(file);
      new ProcessBuilder("true").start();
    }
  }

  @Test
  void printingOrLogging_findsEachWayToPrintOrLog() {
    // The scan must be able to fail: it finds each way in a class made to use them all, and the
    // example programs' prints to standard output.
    List<String> noisy = printingOrLogging(ConstantPool.of(classFile(Noisy.class)));
    Map<String, List<String>> examples = new TreeMap<>();
    for (ClassFile file : ClassFiles.of(ExamplePlans.class, "org.safeguarding.examples")) {
      examples.put(file.name(), printingOrLogging(ConstantPool.of(file.bytes())));
    }

    for (String expected :
        List.of(
            "java/lang/System.out:",
            "java/lang/System.err:",
            ".printStackTrace:",
            "java/util/logging/Logger",
            "java/lang/System.getLogger:",
            "java/lang/System$Logger",
            "java/lang/Thread.dumpStack:",
            "java/lang/System.console:")) {
      assertThat(noisy).as(expected).anyMatch(reference -> reference.contains(expected));
    }
    assertThat(examples.get("org.safeguarding.examples.CustomRulebook"))
        .anyMatch(reference -> reference.startsWith("java/lang/System.out:"));
    assertThat(examples.get("org.safeguarding.examples.plans.ExamplePlans")).isEmpty();
  }

  @Test
  void aBroadWorkloadThroughTheApi_writesNothingAndLogsNothing(@TempDir Path directory)
      throws IOException {
    // Only what the test's own thread writes is counted: other tests in this JVM may have left
    // threads running. The library starts no threads, and the scan above covers every thread.
    Thread self = Thread.currentThread();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (Thread.currentThread() == self) {
              records.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    Logger root = Logger.getLogger("");
    Level rootLevel = root.getLevel();
    PrintStream standardOut = System.out;
    PrintStream standardErr = System.err;
    int calls;
    root.addHandler(handler);
    root.setLevel(Level.ALL);
    System.setOut(new PrintStream(new OwnThreadOnly(self, out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new OwnThreadOnly(self, err), true, StandardCharsets.UTF_8));
    try {
      probeTheCapture(out, err, records);

      calls = new Workload(directory).run();
    } finally {
      System.setOut(standardOut);
      System.setErr(standardErr);
      root.setLevel(rootLevel);
      root.removeHandler(handler);
    }

    assertThat(calls).isGreaterThan(1_000);
    assertThat(out.toString(StandardCharsets.UTF_8)).as("standard output").isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).as("standard error").isEmpty();
    assertThat(records).extracting(LogRecord::getMessage).as("log records").isEmpty();
  }

  /** Proves each capture catches what it is there for, then clears it. */
  private static void probeTheCapture(
      ByteArrayOutputStream out, ByteArrayOutputStream err, List<LogRecord> records) {
    System.out.print("probe");
    System.err.print("probe");
    Logger.getLogger("org.safeguarding.probe").finest("probe");
    System.getLogger("org.safeguarding.probe").log(System.Logger.Level.TRACE, "probe");

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("probe");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("probe");
    assertThat(records).extracting(LogRecord::getMessage).containsExactly("probe", "probe");
    out.reset();
    err.reset();
    records.clear();
  }

  /** Everything the library is asked to do, good input and bad; counts the calls made. */
  private static final class Workload {
    private final Path directory;
    private int calls;

    Workload(Path directory) {
      this.directory = directory;
    }

    int run() throws IOException {
      Rulebook custom = customRulebook();
      List<SafeguardingEngine> engines =
          List.of(
              SafeguardingEngine.ukDefault(),
              SafeguardingEngine.builder().rulebook(custom).build(),
              SafeguardingEngine.builder().addRule(failingRule()).build());
      List<SessionPlan> plans = new ArrayList<>();
      for (String name : ExamplePlans.names()) {
        try (InputStream json = ExamplePlans.open(name)) {
          plans.add(SafeguardingJson.PLAN.read(json));
        }
      }
      plans.add(MarkedPlans.childrensGroup().build());
      for (SessionPlan plan : plans) {
        roundTrip(plan);
        for (SafeguardingEngine engine : engines) {
          Assessment assessment = engine.assess(plan);
          report(plan, assessment, engine);
          admitEveryone(engine, plan);
          respondToEveryKind(engine, plan);
        }
        call(() -> Reports.summary(plan, java.time.ZoneId.of("Europe/London")));
      }
      refuseBadInput(plans.get(0));
      call(SafeguardingJson::planSchema);
      call(
          () ->
              JsonSchemas.room()
                  + JsonSchemas.incident()
                  + JsonSchemas.admission()
                  + JsonSchemas.responsePlan()
                  + JsonSchemas.assessment()
                  + Rulebook.schema());
      call(() -> custom.toJson() + custom + custom.riskMatrix().bands());
      for (SafeguardingEngine engine : engines) {
        call(() -> engine.rules().toString() + engine.admissionRules() + engine.responseActions());
      }
      return calls;
    }

    private void roundTrip(SessionPlan plan) throws IOException {
      String json = call(() -> SafeguardingJson.PLAN.write(plan));
      call(() -> SafeguardingJson.PLAN.read(json));
      call(() -> SafeguardingJson.PLAN.read(new StringReader(json)));
      StringWriter writer = new StringWriter();
      run(() -> SafeguardingJson.PLAN.write(plan, writer));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      run(() -> SafeguardingJson.PLAN.write(plan, bytes));
      call(() -> SafeguardingJson.PLAN.read(new ByteArrayInputStream(bytes.toByteArray())));
      Path file = Files.createTempFile(directory, "plan", ".json");
      run(() -> SafeguardingJson.PLAN.write(plan, file));
      call(() -> SafeguardingJson.PLAN.read(file));
      call(plan::toString);
    }

    private void report(SessionPlan plan, Assessment assessment, SafeguardingEngine engine) {
      for (ReportFormat format : ReportFormat.values()) {
        call(() -> Reports.render(format, plan, assessment, engine.rulebook(), null));
        call(() -> engine.report(plan, assessment, format, Instant.EPOCH));
      }
      String json = call(() -> SafeguardingJson.ASSESSMENT.write(assessment));
      run(() -> SafeguardingJson.ASSESSMENT.write(assessment, new StringWriter()));
      run(() -> SafeguardingJson.ASSESSMENT.write(assessment, new ByteArrayOutputStream()));
      call(() -> json + assessment);
    }

    private void admitEveryone(SafeguardingEngine engine, SessionPlan plan) {
      List<String> staff = plan.staff().stream().map(StaffMember::id).toList();
      List<String> people = new ArrayList<>(staff);
      plan.participants().stream().map(Participant::id).forEach(people::add);
      people.add("not-on-the-plan");
      List<RoomState> rooms =
          List.of(
              RoomState.builder().build(),
              RoomState.builder().addAllPresent(staff).build(),
              RoomState.builder()
                  .addAllPresent(staff)
                  .addRemoved(plan.participants().get(0).id())
                  .build());
      for (RoomState room : rooms) {
        RoomState read = call(() -> SafeguardingJson.ROOM.read(SafeguardingJson.ROOM.write(room)));
        for (String person : people) {
          Admission admission = call(() -> engine.admit(plan, read, person));
          call(() -> SafeguardingJson.ADMISSION.read(SafeguardingJson.ADMISSION.write(admission)));
        }
      }
    }

    private void respondToEveryKind(SafeguardingEngine engine, SessionPlan plan) {
      for (IncidentKind kind : IncidentKind.values()) {
        Incident incident =
            Incident.builder()
                .id("i-" + kind)
                .participant(plan.participants().get(0).id())
                .kind(kind)
                .removed(kind != IncidentKind.OTHER)
                .riskToLife(kind == IncidentKind.ABUSE_SUSPECTED)
                .occurredAt(plan.start().plusSeconds(600))
                .handledBy(plan.staff().get(0).id())
                .build();
        Incident read =
            call(() -> SafeguardingJson.INCIDENT.read(SafeguardingJson.INCIDENT.write(incident)));
        ResponsePlan response = call(() -> engine.respond(plan, read));
        call(
            () ->
                SafeguardingJson.RESPONSE_PLAN.read(
                    SafeguardingJson.RESPONSE_PLAN.write(response)));
        // Ids not on the plan are answered too, with notes.
        Incident unknown =
            Incident.builder()
                .from(incident)
                .participant("not-on-the-plan")
                .handledBy("cover-staff")
                .build();
        ResponsePlan noted = call(() -> engine.respond(plan, unknown));
        call(
            () -> SafeguardingJson.RESPONSE_PLAN.read(SafeguardingJson.RESPONSE_PLAN.write(noted)));
      }
    }

    /** Bad input of every kind: each must fail with an exception, and say nothing elsewhere. */
    private void refuseBadInput(SessionPlan plan) throws IOException {
      String json = SafeguardingJson.PLAN.write(plan);
      List<String> badPlans =
          List.of(
              "",
              "{",
              "[]",
              json.substring(0, json.length() / 2),
              json.replace("\"schemaVersion\": 1", "\"schemaVersion\": 1, \"extra\": \"x\""),
              json.replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""),
              json.replace("\"schemaVersion\": 1", "\"schemaVersion\": 1, \"schemaVersion\": 1"),
              json + " trailing",
              "[".repeat(100) + "]".repeat(100));
      for (String bad : badPlans) {
        refused(() -> SafeguardingJson.PLAN.read(bad));
      }
      refused(() -> SafeguardingJson.PLAN.read(new ByteArrayInputStream(new byte[] {'{', -1})));
      refused(() -> SafeguardingJson.PLAN.read(directory.resolve("missing.json")));
      refused(() -> SafeguardingJson.PLAN.read(directory));
      refused(() -> SafeguardingJson.ROOM.read("{\"present\": [\"a\", \"a\"]}"));
      refused(() -> SafeguardingJson.INCIDENT.read("{\"id\": \"\"}"));
      refused(() -> SafeguardingJson.ADMISSION.read("{\"verdict\": \"MAYBE\"}"));
      refused(() -> SafeguardingJson.RESPONSE_PLAN.read("{\"actions\": 1}"));
      refused(() -> Rulebook.read("{}"));
      refused(() -> Rulebook.read(Rulebook.ukDefault().toJson().replace("\"P7D\"", "\"P1M\"")));
      refused(() -> Rulebook.read(new ByteArrayInputStream(new byte[] {'{', -1})));
      refused(() -> Rulebook.read(directory.resolve("missing.json")));
      SafeguardingEngine engine = SafeguardingEngine.ukDefault();
      refused(
          () ->
              engine.admit(plan, RoomState.builder().addPresent("not-on-the-plan").build(), "p1"));
      refused(() -> engine.admit(plan, RoomState.builder().build(), "\u0000"));
      refused(
          () ->
              Incident.builder()
                  .id("i1")
                  .kind(IncidentKind.DISTRESS)
                  .removed(true)
                  .occurredAt(Instant.parse("2026-12-04T18:20:00Z"))
                  .build());
      RiskMatrix other =
          RiskMatrix.withBands(
              RiskBandTable.of(
                  List.of(
                      BandRange.of(1, 9, RiskBand.LOW),
                      BandRange.of(10, 10, RiskBand.MODERATE),
                      BandRange.of(12, 12, RiskBand.HIGH),
                      BandRange.of(15, 25, RiskBand.EXTREME))));
      Assessment assessment = engine.assess(plan);
      Rulebook otherBands =
          Rulebook.builder().from(engine.rulebook()).riskBands(other.bands().rows()).build();
      refused(() -> Reports.render(ReportFormat.HTML, plan, assessment, otherBands, null));
      refused(() -> RiskBandTable.of(List.of()));
      refused(() -> SessionPlan.builder().from(plan).durationMinutes(0).build());
      refused(() -> SessionPlan.builder().build());
      refused(
          () -> SafeguardingEngine.builder().addRule(failingRule()).addRule(failingRule()).build());
    }

    private <T> T call(Call<T> call) {
      calls++;
      try {
        return call.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void run(VoidCall call) {
      calls++;
      try {
        call.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void refused(Call<?> call) {
      calls++;
      try {
        call.run();
      } catch (RuntimeException | IOException expected) {
        return;
      }
      throw new AssertionError("expected the call to be refused");
    }
  }

  private interface Call<T> {
    T run() throws IOException;
  }

  private interface VoidCall {
    void run() throws IOException;
  }

  /** The default rulebook with other numbers, read as an organisation's own would be. */
  private static Rulebook customRulebook() {
    Rulebook rulebook =
        Rulebook.read(
            Rulebook.ukDefault()
                .toJson()
                .replace("\"uk-default\"", "\"three-adults-online\"")
                .replace("\"minimumAdults\": 2", "\"minimumAdults\": 3"));
    assertThat(rulebook.minimumAdults()).isEqualTo(3);
    return rulebook;
  }

  /** A rule that throws, which the engine turns into a RULE_FAILED blocker, silently. */
  private static Rule failingRule() {
    return new Rule() {
      @Override
      public String name() {
        return "failing";
      }

      @Override
      public List<RuleDescription> descriptions() {
        return List.of(
            RuleDescription.of("FAILING", FindingLevel.ADVICE, "always", "nothing", "none"));
      }

      @Override
      public void evaluate(Evaluation evaluation) {
        throw new IllegalStateException("this rule always fails");
      }
    };
  }

  /** Passes on only what one thread writes. */
  private static final class OwnThreadOnly extends OutputStream {
    private final Thread owner;
    private final OutputStream out;

    OwnThreadOnly(Thread owner, OutputStream out) {
      this.owner = owner;
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      if (Thread.currentThread() == owner) {
        out.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (Thread.currentThread() == owner) {
        out.write(b, off, len);
      }
    }
  }

  /** What a class can do to print or log, from its constant pool. */
  private static List<String> printingOrLogging(ConstantPool pool) {
    List<String> found = new ArrayList<>();
    for (String member : pool.members()) {
      if (member.contains(".printStackTrace:")
          || PRINTING_OR_LOGGING_MEMBERS.stream().anyMatch(member::startsWith)) {
        found.add(member);
      }
    }
    for (String text : pool.texts()) {
      if (PRINTING_OR_LOGGING_TYPES.stream().anyMatch(text::contains)) {
        found.add(text);
      }
    }
    return found;
  }

  private static byte[] classFile(Class<?> type) {
    String name = type.getName().substring(type.getPackageName().length() + 1) + ".class";
    try (InputStream in = type.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Does everything the library must not, so that the scan is seen to find each of them. */
  @SuppressWarnings("unused")
  private static final class Noisy {
    static void speak(Exception e) {
      System.out.println("out");
      System.err.println("err");
      e.printStackTrace();
      Logger.getLogger("noisy").info("logged");
      System.getLogger("noisy").log(System.Logger.Level.INFO, "logged");
      Thread.dumpStack();
      System.console();
    }
  }
}
