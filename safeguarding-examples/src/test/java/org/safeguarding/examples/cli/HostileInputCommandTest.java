package org.safeguarding.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.examples.plans.ExamplePlans;

/**
 * Hostile documents given to the command line, on standard input and in files: one of each kind the
 * reader refuses, as a plan to {@code assess}, {@code validate}, {@code admit} and {@code respond},
 * as a room to {@code admit} and as an incident to {@code respond}. Each exits 2 with nothing on
 * standard output and only problems on standard error, each at a path, never repeating a hostile
 * value, with no character a terminal could act on. A valid document after a byte-order mark is
 * read as usual.
 */
class HostileInputCommandTest {

  /** Planted in hostile values; no line on standard error may repeat it. */
  private static final String MARKER = "Qx7Hostile";

  /** Planted in numbers too long or too big to read, which must not be echoed either. */
  private static final String NUMBER_MARKER = "73737373737";

  private static final String PLAN = SafeguardingJson.PLAN.write(ExamplePlans.load("youth-club"));
  private static final String ROOM = "{\"present\": [\"s1\", \"s2\"]}";
  private static final String INCIDENT =
      "{\"id\": \"i1\", \"participant\": \"p1\", \"kind\": \"DISTRESS\","
          + " \"occurredAt\": \"2026-12-04T18:30:00Z\", \"handledBy\": \"s1\"}";

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  /** The documents the command line reads, each valid as written here. */
  enum Subject {
    PLAN(HostileInputCommandTest.PLAN, "\"youth-club-2026-12-04\"", "schemaVersion", ""),
    ROOM(HostileInputCommandTest.ROOM, "\"s1\"", "present", "room "),
    INCIDENT(HostileInputCommandTest.INCIDENT, "\"i1\"", "id", "incident ");

    final String valid;
    final String anId;
    final String firstField;
    final String errorPrefix;

    Subject(String valid, String anId, String firstField, String errorPrefix) {
      this.valid = valid;
      this.anId = anId;
      this.firstField = firstField;
      this.errorPrefix = errorPrefix;
    }

    /** The valid document with its first id's value replaced by raw bytes. */
    byte[] withId(byte[] raw) {
      int at = valid.indexOf(anId);
      return concat(utf8(valid.substring(0, at)), raw, utf8(valid.substring(at + anId.length())));
    }

    byte[] withId(String raw) {
      return withId(utf8(raw));
    }

    /** The valid document with a raw field put first. */
    byte[] withFieldFirst(String field) {
      int brace = valid.indexOf('{') + 1;
      return utf8(valid.substring(0, brace) + field + ", " + valid.substring(brace));
    }
  }

  /** A hostile document, and words one of its problems must hold. */
  static final class Sample {
    final String name;
    final Subject subject;
    final byte[] bytes;
    final String says;

    Sample(String name, Subject subject, byte[] bytes, String says) {
      this.name = name;
      this.subject = subject;
      this.bytes = bytes;
      this.says = says;
    }

    @Override
    public String toString() {
      return subject + ": " + name;
    }
  }

  /** One of each kind of hostile document, for a subject. */
  static List<Sample> samples(Subject subject) {
    List<Sample> samples = new ArrayList<>();
    // Deep nesting, huge arrays, long strings, ids and names.
    samples.add(
        new Sample(
            "nested 1,000 deep",
            subject,
            subject.withId("[".repeat(1_000) + "]".repeat(1_000)),
            "nesting depth at most 32"));
    samples.add(
        new Sample(
            "an array of 110,001 entries",
            subject,
            subject.withId("[" + "0,".repeat(110_000) + "0]"),
            "must hold at most 110000 entries"));
    samples.add(
        new Sample(
            "a string of 1,000,010 characters",
            subject,
            subject.withId("\"" + MARKER.repeat(100_001) + "\""),
            "strings of at most 1000000 characters"));
    samples.add(
        new Sample(
            "an id of 130 characters",
            subject,
            subject.withId("\"" + MARKER.repeat(13) + "\""),
            "must be at most 128 characters"));
    samples.add(
        new Sample(
            "a field name of 1,001 characters",
            subject,
            subject.withFieldFirst("\"" + "n".repeat(1_001) + "\": 1"),
            "field names of at most 1000 characters"));
    // Numbers.
    samples.add(
        new Sample(
            "a number of 101 digits",
            subject,
            subject.withId(NUMBER_MARKER + "0".repeat(90)),
            "numbers of at most 100 digits"));
    samples.add(new Sample("NaN", subject, subject.withId("NaN"), "is not well-formed JSON"));
    if (subject == Subject.PLAN) {
      samples.add(
          new Sample(
              "a duration beyond long",
              subject,
              utf8(
                  PLAN.replace(
                      "\"durationMinutes\": 60", "\"durationMinutes\": 73737373737373737373")),
              "$.durationMinutes: must be a whole number"));
      samples.add(
          new Sample(
              "a duration of 1e400",
              subject,
              utf8(PLAN.replace("\"durationMinutes\": 60", "\"durationMinutes\": 1e400")),
              "$.durationMinutes: must be a whole number"));
    }
    // Duplicate keys.
    samples.add(
        new Sample(
            "its first field twice",
            subject,
            subject.withFieldFirst("\"" + subject.firstField + "\": \"" + MARKER + "\""),
            "must appear only once in its object"));
    // Byte-order marks and other encodings.
    samples.add(
        new Sample(
            "two byte-order marks",
            subject,
            concat(BOM, BOM, utf8(subject.valid)),
            "is not well-formed JSON"));
    samples.add(
        new Sample(
            "UTF-16 with its mark",
            subject,
            subject.valid.getBytes(StandardCharsets.UTF_16),
            "must be UTF-8"));
    samples.add(
        new Sample(
            "UTF-16LE without a mark",
            subject,
            subject.valid.getBytes(StandardCharsets.UTF_16LE),
            "is not well-formed JSON"));
    // Invalid UTF-8.
    samples.add(
        new Sample(
            "an overlong slash in a string",
            subject,
            subject.withId(
                concat(
                    utf8("\"" + MARKER),
                    new byte[] {(byte) 0xC0, (byte) 0xAF},
                    utf8(MARKER + "\""))),
            "must be UTF-8"));
    samples.add(
        new Sample(
            "a byte 0xFF first",
            subject,
            concat(new byte[] {(byte) 0xFF}, utf8(subject.valid)),
            "must be UTF-8"));
    samples.add(
        new Sample(
            "cut inside a character",
            subject,
            concat(utf8(subject.valid.substring(0, 10)), new byte[] {(byte) 0xE2, (byte) 0x82}),
            "must be UTF-8"));
    // Control characters.
    samples.add(
        new Sample(
            "a raw bell in a string",
            subject,
            subject.withId("\"" + MARKER + "\u0007" + MARKER + "\""),
            "is not well-formed JSON"));
    samples.add(
        new Sample(
            "an escaped CSI in an id",
            subject,
            subject.withId("\"" + MARKER + "\\u009b" + MARKER + "\""),
            "must not contain control characters"));
    samples.add(
        new Sample(
            "a raw CSI and a line separator in a field name",
            subject,
            subject.withFieldFirst("\"a\u009b[31mb\u2028c\": 1"),
            "['a\\u009b[31mb\\u2028c']: unknown field"));
    // Empty input.
    samples.add(new Sample("nothing", subject, new byte[0], "the input is empty"));
    samples.add(new Sample("whitespace", subject, utf8(" \n\t\r\n "), "the input is empty"));
    samples.add(new Sample("a byte-order mark alone", subject, BOM, "the input is empty"));
    // Not one object.
    samples.add(
        new Sample("an array", subject, utf8("[" + subject.valid + "]"), "must be an object"));
    samples.add(new Sample("a string", subject, utf8("\"" + MARKER + "\""), "must be an object"));
    samples.add(new Sample("a number", subject, utf8("-1.5e3"), "must be an object"));
    samples.add(new Sample("null", subject, utf8("null"), "must be an object"));
    samples.add(
        new Sample(
            "trailing garbage",
            subject,
            utf8(subject.valid + " " + MARKER),
            "is not well-formed JSON"));
    samples.add(
        new Sample(
            "two documents",
            subject,
            utf8(subject.valid + "\n" + subject.valid),
            "must be one JSON value, but more follows"));
    return samples;
  }

  static Stream<Sample> plans() {
    return samples(Subject.PLAN).stream();
  }

  static Stream<Sample> rooms() {
    return samples(Subject.ROOM).stream();
  }

  static Stream<Sample> incidents() {
    return samples(Subject.INCIDENT).stream();
  }

  @ParameterizedTest
  @MethodSource("plans")
  void everyCommand_hostilePlanOnStdinOrInAFile_exitsTwoWithOnlyProblemsOnStderr(Sample sample)
      throws IOException {
    Path plan = write("plan.json", sample.bytes);
    Path room = write("room.json", utf8(ROOM));
    Path incident = write("incident.json", utf8(INCIDENT));
    String[][] commands = {
      {"assess", "-"},
      {"validate", "-"},
      {"admit", "-", "--room", room.toString(), "--person", "p1"},
      {"respond", "-", incident.toString()},
      {"assess", plan.toString()},
      {"validate", plan.toString()},
      {"admit", plan.toString(), "--room", room.toString(), "--person", "p1"},
      {"respond", plan.toString(), incident.toString()},
    };

    for (String[] command : commands) {
      assertRefused(CommandLineRun.withStdin(sample.bytes, command), sample, command);
    }
  }

  @ParameterizedTest
  @MethodSource("rooms")
  void admit_hostileRoomOnStdinOrInAFile_exitsTwoWithOnlyProblemsOnStderr(Sample sample)
      throws IOException {
    Path room = write("room.json", sample.bytes);
    String[][] commands = {
      {"admit", "--example", "youth-club", "--room", "-", "--person", "p1"},
      {"admit", "--example", "youth-club", "--room", room.toString(), "--person", "p1"},
    };

    for (String[] command : commands) {
      assertRefused(CommandLineRun.withStdin(sample.bytes, command), sample, command);
    }
  }

  @ParameterizedTest
  @MethodSource("incidents")
  void respond_hostileIncidentOnStdinOrInAFile_exitsTwoWithOnlyProblemsOnStderr(Sample sample)
      throws IOException {
    Path incident = write("incident.json", sample.bytes);
    String[][] commands = {
      {"respond", "--example", "youth-club", "-"},
      {"respond", "--example", "youth-club", incident.toString()},
    };

    for (String[] command : commands) {
      assertRefused(CommandLineRun.withStdin(sample.bytes, command), sample, command);
    }
  }

  @ParameterizedTest
  @EnumSource(Subject.class)
  void everyCommand_validDocumentAfterAByteOrderMark_isReadAsWithout(Subject subject)
      throws IOException {
    byte[] plain = utf8(subject.valid);
    byte[] marked = concat(BOM, plain);
    Path plainFile = write("plain.json", plain);
    Path markedFile = write("marked.json", marked);
    String plan = write("plan.json", utf8(PLAN)).toString();
    String room = write("room.json", utf8(ROOM)).toString();
    String incident = write("incident.json", utf8(INCIDENT)).toString();
    List<Function<String, String[]>> commands =
        switch (subject) {
          case PLAN ->
              List.of(
                  source -> new String[] {"assess", source},
                  source -> new String[] {"validate", source},
                  source -> new String[] {"admit", source, "--room", room, "--person", "p1"},
                  source -> new String[] {"respond", source, incident});
          case ROOM ->
              List.of(source -> new String[] {"admit", plan, "--room", source, "--person", "p1"});
          case INCIDENT -> List.of(source -> new String[] {"respond", plan, source});
        };

    for (Function<String, String[]> command : commands) {
      for (boolean stdin : List.of(true, false)) {
        String[] withMark = command.apply(stdin ? "-" : markedFile.toString());
        String[] without = command.apply(stdin ? "-" : plainFile.toString());
        CommandLineRun markedRun = CommandLineRun.withStdin(marked, withMark);
        CommandLineRun plainRun = CommandLineRun.withStdin(plain, without);

        String what = String.join(" ", withMark);
        assertThat(markedRun.code).as(what + ", stderr: " + markedRun.err).isZero();
        assertThat(markedRun.err).as(what).isEmpty();
        assertThat(markedRun.out).as(what).isNotEmpty().isEqualTo(plainRun.out);
      }
    }
  }

  /** Exit 2, nothing on stdout, and on stderr only problems: at a path, safe to show. */
  private static void assertRefused(CommandLineRun run, Sample sample, String[] command) {
    String what = sample + " to " + String.join(" ", command);
    assertThat(run.code).as(what + ", stderr: " + run.err).isEqualTo(2);
    assertThat(run.out).as(what).isEmpty();
    List<String> lines = run.err.lines().toList();
    assertThat(lines).as(what).isNotEmpty();
    assertThat(lines)
        .as(what)
        .allSatisfy(
            line -> {
              assertThat(line).startsWith(sample.subject.errorPrefix + "$");
              assertThat(line).doesNotContain(MARKER);
              assertThat(line).doesNotContain(NUMBER_MARKER);
              assertThat(line.chars().filter(HostileInputCommandTest::isUnsafe)).isEmpty();
            });
    assertThat(lines).as(what).anySatisfy(line -> assertThat(line).contains(sample.says));
  }

  /** A character a terminal could act on, or that could break or disguise a line. */
  private static boolean isUnsafe(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.FORMAT;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
