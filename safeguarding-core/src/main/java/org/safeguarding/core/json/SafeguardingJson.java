package org.safeguarding.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.response.ResponsePlan;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes session plans as JSON (schemaVersion 1), the room at the door, incidents,
 * admissions and response plans, and writes assessments: the library's public contract.
 *
 * <p>Reading is strict: unknown fields, wrong types, unknown enum values, missing required values,
 * nulls, duplicate fields, trailing content and a {@code schemaVersion} other than 1 are all
 * problems. Every problem of a document is reported at once in one {@link InvalidPlanException},
 * each with its JSON path; no Jackson exception escapes, and no free-text value is repeated in a
 * message. Failing to read the input at all (a missing file) is an {@link UncheckedIOException}.
 *
 * <p>Writing is canonical: the same plan always gives the same bytes (UTF-8, two-space indent,
 * {@code \n} line ends, a final line break). All methods are thread-safe.
 */
public final class SafeguardingJson {

  private static final String SUBJECT = "session plan";
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  // Streams and writers belong to the caller: we neither close them nor assume.
                  .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                  .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxDocumentLength(JsonLimits.MAX_DOCUMENT_LENGTH)
                          .maxNestingDepth(JsonLimits.MAX_NESTING_DEPTH)
                          .maxStringLength(JsonLimits.MAX_STRING_LENGTH)
                          .maxNameLength(JsonLimits.MAX_NAME_LENGTH)
                          .maxNumberLength(JsonLimits.MAX_NUMBER_LENGTH)
                          .maxTokenCount(JsonLimits.MAX_TOKENS)
                          .build())
                  .build())
          // Trailing content is checked by parse(), which can say so in its own words.
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final ObjectWriter CANONICAL = MAPPER.writer().with(canonicalPrinter());

  private SafeguardingJson() {}

  /**
   * Reads a plan from JSON text.
   *
   * @param json the JSON
   * @return the plan
   * @throws InvalidPlanException listing every problem, with its path
   */
  public static SessionPlan readPlan(String json) {
    return readText(SUBJECT, json, PlanReader::read);
  }

  /**
   * Reads a plan from a reader, which is read to its end but not closed.
   *
   * @param json the JSON
   * @return the plan
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the reader fails
   */
  public static SessionPlan readPlan(Reader json) {
    return readReader(SUBJECT, json, PlanReader::read);
  }

  /**
   * Reads a plan from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param json the JSON
   * @return the plan
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the stream fails
   */
  public static SessionPlan readPlan(InputStream json) {
    return readStream(SUBJECT, json, PlanReader::read);
  }

  /**
   * Reads a plan from a UTF-8 file.
   *
   * @param file the file
   * @return the plan
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static SessionPlan readPlan(Path file) {
    return readFile(SUBJECT, file, PlanReader::read);
  }

  /**
   * Writes a plan as canonical JSON.
   *
   * @param plan the plan
   * @return the JSON, ending with a line break
   */
  public static String writePlan(SessionPlan plan) {
    Objects.requireNonNull(plan, "plan");
    return writeToString(generator -> new PlanWriter(generator).write(plan));
  }

  /**
   * Writes a plan as canonical JSON to a writer, which is flushed but not closed.
   *
   * @param plan the plan
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writePlan(SessionPlan plan, Writer out) {
    Objects.requireNonNull(plan, "plan");
    write(generator -> new PlanWriter(generator).write(plan), out, "plan");
  }

  /**
   * Writes a plan as canonical UTF-8 JSON to a stream, which is flushed but not closed.
   *
   * @param plan the plan
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writePlan(SessionPlan plan, OutputStream out) {
    Objects.requireNonNull(plan, "plan");
    write(generator -> new PlanWriter(generator).write(plan), out, "plan");
  }

  /**
   * Writes a plan as canonical UTF-8 JSON to a file, replacing it.
   *
   * @param plan the plan
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void writePlan(SessionPlan plan, Path file) {
    Objects.requireNonNull(file, "file");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writePlan(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write plan file " + file, e);
    }
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the session plan, schemaVersion 1, as shipped with
   * the library, for tools in other languages. The reader checks more than a schema can say, such
   * as ids unique across staff and participants; the schema's description lists what.
   *
   * @return the schema's JSON text, read from the library's resources as UTF-8
   * @throws IllegalStateException if the schema is missing from the jar
   * @throws UncheckedIOException if the schema cannot be read
   */
  public static String planSchema() {
    try (InputStream schema =
        SafeguardingJson.class.getResourceAsStream("session-plan.schema.json")) {
      if (schema == null) {
        throw new IllegalStateException("the session plan schema is missing from the jar");
      }
      return new String(schema.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the session plan schema", e);
    }
  }

  /**
   * Writes an assessment as the contract's JSON. The same assessment always gives the same bytes.
   *
   * @param assessment the assessment
   * @return the JSON, ending with a line break
   */
  public static String writeAssessment(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return writeToString(generator -> new AssessmentWriter(generator).write(assessment));
  }

  /**
   * Writes an assessment as the contract's JSON to a writer, which is flushed but not closed.
   *
   * @param assessment the assessment
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeAssessment(Assessment assessment, Writer out) {
    Objects.requireNonNull(assessment, "assessment");
    write(generator -> new AssessmentWriter(generator).write(assessment), out, "assessment");
  }

  /**
   * Writes an assessment as the contract's UTF-8 JSON to a stream, which is flushed but not closed.
   *
   * @param assessment the assessment
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeAssessment(Assessment assessment, OutputStream out) {
    Objects.requireNonNull(assessment, "assessment");
    write(generator -> new AssessmentWriter(generator).write(assessment), out, "assessment");
  }

  // The room at the door

  /**
   * Reads a room (who is present and who was removed) from JSON text.
   *
   * @param json the JSON
   * @return the room
   * @throws InvalidPlanException listing every problem, with its path
   */
  public static RoomState readRoomState(String json) {
    return readText(LiveSessionReader.ROOM, json, LiveSessionReader::room);
  }

  /**
   * Reads a room (who is present and who was removed) from a reader, which is read to its end but
   * not closed.
   *
   * @param json the JSON
   * @return the room
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the reader fails
   */
  public static RoomState readRoomState(Reader json) {
    return readReader(LiveSessionReader.ROOM, json, LiveSessionReader::room);
  }

  /**
   * Reads a room (who is present and who was removed) from a UTF-8 stream, which is read to its end
   * but not closed.
   *
   * @param json the JSON
   * @return the room
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the stream fails
   */
  public static RoomState readRoomState(InputStream json) {
    return readStream(LiveSessionReader.ROOM, json, LiveSessionReader::room);
  }

  /**
   * Reads a room (who is present and who was removed) from a UTF-8 file.
   *
   * @param file the file
   * @return the room
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RoomState readRoomState(Path file) {
    return readFile(LiveSessionReader.ROOM, file, LiveSessionReader::room);
  }

  /**
   * Writes a room (who is present and who was removed) as canonical JSON.
   *
   * @param room the room
   * @return the JSON, ending with a line break
   */
  public static String writeRoomState(RoomState room) {
    Objects.requireNonNull(room, "room");
    return writeToString(generator -> new LiveSessionWriter(generator).write(room));
  }

  /**
   * Writes a room (who is present and who was removed) as canonical JSON to a writer, which is
   * flushed but not closed.
   *
   * @param room the room
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeRoomState(RoomState room, Writer out) {
    Objects.requireNonNull(room, "room");
    write(generator -> new LiveSessionWriter(generator).write(room), out, LiveSessionReader.ROOM);
  }

  /**
   * Writes a room (who is present and who was removed) as canonical UTF-8 JSON to a stream, which
   * is flushed but not closed.
   *
   * @param room the room
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeRoomState(RoomState room, OutputStream out) {
    Objects.requireNonNull(room, "room");
    write(generator -> new LiveSessionWriter(generator).write(room), out, LiveSessionReader.ROOM);
  }

  // Incidents

  /**
   * Reads an incident from JSON text.
   *
   * @param json the JSON
   * @return the incident
   * @throws InvalidPlanException listing every problem, with its path
   */
  public static Incident readIncident(String json) {
    return readText(LiveSessionReader.INCIDENT, json, LiveSessionReader::incident);
  }

  /**
   * Reads an incident from a reader, which is read to its end but not closed.
   *
   * @param json the JSON
   * @return the incident
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the reader fails
   */
  public static Incident readIncident(Reader json) {
    return readReader(LiveSessionReader.INCIDENT, json, LiveSessionReader::incident);
  }

  /**
   * Reads an incident from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param json the JSON
   * @return the incident
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the stream fails
   */
  public static Incident readIncident(InputStream json) {
    return readStream(LiveSessionReader.INCIDENT, json, LiveSessionReader::incident);
  }

  /**
   * Reads an incident from a UTF-8 file.
   *
   * @param file the file
   * @return the incident
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Incident readIncident(Path file) {
    return readFile(LiveSessionReader.INCIDENT, file, LiveSessionReader::incident);
  }

  /**
   * Writes an incident as canonical JSON.
   *
   * @param incident the incident
   * @return the JSON, ending with a line break
   */
  public static String writeIncident(Incident incident) {
    Objects.requireNonNull(incident, "incident");
    return writeToString(generator -> new LiveSessionWriter(generator).write(incident));
  }

  /**
   * Writes an incident as canonical JSON to a writer, which is flushed but not closed.
   *
   * @param incident the incident
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeIncident(Incident incident, Writer out) {
    Objects.requireNonNull(incident, "incident");
    write(
        generator -> new LiveSessionWriter(generator).write(incident),
        out,
        LiveSessionReader.INCIDENT);
  }

  /**
   * Writes an incident as canonical UTF-8 JSON to a stream, which is flushed but not closed.
   *
   * @param incident the incident
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeIncident(Incident incident, OutputStream out) {
    Objects.requireNonNull(incident, "incident");
    write(
        generator -> new LiveSessionWriter(generator).write(incident),
        out,
        LiveSessionReader.INCIDENT);
  }

  // Admissions

  /**
   * Reads an admission (the answer at the door) from JSON text.
   *
   * @param json the JSON
   * @return the admission
   * @throws InvalidPlanException listing every problem, with its path
   */
  public static Admission readAdmission(String json) {
    return readText(OutcomeReader.ADMISSION, json, OutcomeReader::admission);
  }

  /**
   * Reads an admission (the answer at the door) from a reader, which is read to its end but not
   * closed.
   *
   * @param json the JSON
   * @return the admission
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the reader fails
   */
  public static Admission readAdmission(Reader json) {
    return readReader(OutcomeReader.ADMISSION, json, OutcomeReader::admission);
  }

  /**
   * Reads an admission (the answer at the door) from a UTF-8 stream, which is read to its end but
   * not closed.
   *
   * @param json the JSON
   * @return the admission
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the stream fails
   */
  public static Admission readAdmission(InputStream json) {
    return readStream(OutcomeReader.ADMISSION, json, OutcomeReader::admission);
  }

  /**
   * Reads an admission (the answer at the door) from a UTF-8 file.
   *
   * @param file the file
   * @return the admission
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Admission readAdmission(Path file) {
    return readFile(OutcomeReader.ADMISSION, file, OutcomeReader::admission);
  }

  /**
   * Writes an admission (the answer at the door) as canonical JSON.
   *
   * @param admission the admission
   * @return the JSON, ending with a line break
   */
  public static String writeAdmission(Admission admission) {
    Objects.requireNonNull(admission, "admission");
    return writeToString(generator -> new OutcomeWriter(generator).write(admission));
  }

  /**
   * Writes an admission (the answer at the door) as canonical JSON to a writer, which is flushed
   * but not closed.
   *
   * @param admission the admission
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeAdmission(Admission admission, Writer out) {
    Objects.requireNonNull(admission, "admission");
    write(generator -> new OutcomeWriter(generator).write(admission), out, OutcomeReader.ADMISSION);
  }

  /**
   * Writes an admission (the answer at the door) as canonical UTF-8 JSON to a stream, which is
   * flushed but not closed.
   *
   * @param admission the admission
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeAdmission(Admission admission, OutputStream out) {
    Objects.requireNonNull(admission, "admission");
    write(generator -> new OutcomeWriter(generator).write(admission), out, OutcomeReader.ADMISSION);
  }

  // Response plans

  /**
   * Reads a response plan (what must happen after an incident) from JSON text.
   *
   * @param json the JSON
   * @return the response plan
   * @throws InvalidPlanException listing every problem, with its path
   */
  public static ResponsePlan readResponsePlan(String json) {
    return readText(OutcomeReader.RESPONSE_PLAN, json, OutcomeReader::responsePlan);
  }

  /**
   * Reads a response plan (what must happen after an incident) from a reader, which is read to its
   * end but not closed.
   *
   * @param json the JSON
   * @return the response plan
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the reader fails
   */
  public static ResponsePlan readResponsePlan(Reader json) {
    return readReader(OutcomeReader.RESPONSE_PLAN, json, OutcomeReader::responsePlan);
  }

  /**
   * Reads a response plan (what must happen after an incident) from a UTF-8 stream, which is read
   * to its end but not closed.
   *
   * @param json the JSON
   * @return the response plan
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the stream fails
   */
  public static ResponsePlan readResponsePlan(InputStream json) {
    return readStream(OutcomeReader.RESPONSE_PLAN, json, OutcomeReader::responsePlan);
  }

  /**
   * Reads a response plan (what must happen after an incident) from a UTF-8 file.
   *
   * @param file the file
   * @return the response plan
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static ResponsePlan readResponsePlan(Path file) {
    return readFile(OutcomeReader.RESPONSE_PLAN, file, OutcomeReader::responsePlan);
  }

  /**
   * Writes a response plan (what must happen after an incident) as canonical JSON.
   *
   * @param responsePlan the response plan
   * @return the JSON, ending with a line break
   */
  public static String writeResponsePlan(ResponsePlan responsePlan) {
    Objects.requireNonNull(responsePlan, "responsePlan");
    return writeToString(generator -> new OutcomeWriter(generator).write(responsePlan));
  }

  /**
   * Writes a response plan (what must happen after an incident) as canonical JSON to a writer,
   * which is flushed but not closed.
   *
   * @param responsePlan the response plan
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeResponsePlan(ResponsePlan responsePlan, Writer out) {
    Objects.requireNonNull(responsePlan, "responsePlan");
    write(
        generator -> new OutcomeWriter(generator).write(responsePlan),
        out,
        OutcomeReader.RESPONSE_PLAN);
  }

  /**
   * Writes a response plan (what must happen after an incident) as canonical UTF-8 JSON to a
   * stream, which is flushed but not closed.
   *
   * @param responsePlan the response plan
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void writeResponsePlan(ResponsePlan responsePlan, OutputStream out) {
    Objects.requireNonNull(responsePlan, "responsePlan");
    write(
        generator -> new OutcomeWriter(generator).write(responsePlan),
        out,
        OutcomeReader.RESPONSE_PLAN);
  }

  // Shared working

  private static <T> T readText(String subject, String json, Function<JsonNode, T> binder) {
    Objects.requireNonNull(json, "json");
    String text = json.startsWith(BYTE_ORDER_MARK) ? json.substring(1) : json;
    return binder.apply(parse(subject, () -> MAPPER.createParser(text)));
  }

  private static <T> T readReader(String subject, Reader json, Function<JsonNode, T> binder) {
    Objects.requireNonNull(json, "json");
    return binder.apply(
        parse(subject, () -> MAPPER.createParser(withoutByteOrderMark(subject, json))));
  }

  private static <T> T readStream(String subject, InputStream json, Function<JsonNode, T> binder) {
    Objects.requireNonNull(json, "json");
    // Decoded strictly as UTF-8, the contract's encoding: Jackson would guess UTF-16 or UTF-32
    // and let some malformed sequences through.
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return readReader(subject, new InputStreamReader(json, utf8), binder);
  }

  private static <T> T readFile(String subject, Path file, Function<JsonNode, T> binder) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readStream(subject, in, binder);
    } catch (IOException e) {
      throw cannotRead(subject, file, e);
    } catch (UncheckedIOException e) {
      // Reading can fail after opening succeeded, as it does for a directory. An
      // UncheckedIOException always has its cause.
      throw cannotRead(subject, file, Objects.requireNonNull(e.getCause()));
    }
  }

  /** Names the file and why it could not be read; a file name is not plan data. */
  private static UncheckedIOException cannotRead(String subject, Path file, IOException cause) {
    String reason =
        cause instanceof NoSuchFileException
            ? "no such file"
            : cause instanceof AccessDeniedException
                ? "permission denied"
                : cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                    ? fileSystem.getReason()
                    : String.valueOf(cause.getMessage());
    return new UncheckedIOException(
        "cannot read " + subject + " file " + file + ": " + reason, cause);
  }

  /** Writes one document's content to an open generator. */
  private interface Content {
    void writeTo(JsonGenerator generator);
  }

  private static String writeToString(Content content) {
    StringWriter out = new StringWriter();
    write(content, out, "document");
    return out.toString();
  }

  private static void write(Content content, OutputStream out, String what) {
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(content, writer, what);
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + what, e);
    }
  }

  private static void write(Content content, Writer out, String what) {
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = CANONICAL.createGenerator(out)) {
      content.writeTo(generator);
      generator.writeRaw('\n');
      generator.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException("cannot write " + what, ioCause(e));
    }
  }

  /** Opens a parser; kept as a supplier so that opening failures are handled like parsing ones. */
  private interface ParserSource {
    JsonParser open();
  }

  /**
   * Parses one JSON value, turning every parse failure into a problem with a path and a place, in
   * words of our own: Jackson's messages can quote the input, and the input may be free text.
   */
  private static JsonNode parse(String subject, ParserSource source) {
    @Nullable JsonParser parser = null;
    try {
      parser = new BoundedArrayParser(source.open(), subject);
      JsonNode root = MAPPER.readTree(parser);
      if (root == null || root.isMissingNode()) {
        throw invalid(subject, "$", "must be a JSON object, but the input is empty");
      }
      if (parser.nextToken() != null) {
        throw invalid(
            subject,
            "$",
            "must be one JSON value, but more follows" + at(parser.currentTokenLocation()));
      }
      return root;
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw invalid(subject, "$", "must be UTF-8, but holds bytes that are not");
      }
      throw new UncheckedIOException("cannot read " + subject, ioCause(e));
    } catch (JacksonException e) {
      throw invalid(subject, pathOf(parser), describe(e) + at(e.getLocation()));
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /** A leading byte-order mark is allowed (some editors write one) and skipped. */
  private static Reader withoutByteOrderMark(String subject, Reader json) {
    PushbackReader reader = new PushbackReader(json, 1);
    try {
      int first = reader.read();
      if (first >= 0 && first != BYTE_ORDER_MARK.charAt(0)) {
        reader.unread(first);
      }
    } catch (CharacterCodingException e) {
      throw invalid(subject, "$", "must be UTF-8, but holds bytes that are not");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + subject, e);
    }
    return reader;
  }

  private static IOException ioCause(JacksonIOException e) {
    return e.getCause() != null ? e.getCause() : new IOException(e);
  }

  private static String describe(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return limitExceeded(e.getOriginalMessage());
    }
    String original = e.getOriginalMessage();
    // Jackson raises a plain StreamReadException, not UnexpectedEndOfInputException, when the
    // input ends after a comma between entries; both mean the document was cut short.
    if (e instanceof UnexpectedEndOfInputException
        || (original != null && original.startsWith("Unexpected end-of-input"))) {
      return "is not complete: the input ends too soon";
    }
    if (original != null && original.startsWith("Duplicate Object property")) {
      return "must appear only once in its object";
    }
    return "is not well-formed JSON";
  }

  /**
   * Names the one limit a document broke, so that its author knows what to change. Jackson's
   * message names the setting it checked (such as {@code getMaxNestingDepth()}); should a message
   * name none, every limit is listed.
   */
  private static String limitExceeded(@Nullable String jacksonMessage) {
    String message = String.valueOf(jacksonMessage);
    String exceeds = "exceeds the reader's limit: ";
    if (message.contains("getMaxNestingDepth")) {
      return exceeds + "nesting depth at most " + JsonLimits.MAX_NESTING_DEPTH;
    }
    if (message.contains("getMaxStringLength")) {
      return exceeds + "strings of at most " + JsonLimits.MAX_STRING_LENGTH + " characters";
    }
    if (message.contains("getMaxNameLength")) {
      return exceeds + "field names of at most " + JsonLimits.MAX_NAME_LENGTH + " characters";
    }
    if (message.contains("getMaxNumberLength")) {
      return exceeds + "numbers of at most " + JsonLimits.MAX_NUMBER_LENGTH + " digits";
    }
    if (message.contains("getMaxDocumentLength")) {
      return exceeds + "documents of at most " + JsonLimits.MAX_DOCUMENT_LENGTH + " characters";
    }
    if (message.contains("getMaxTokenCount")) {
      return exceeds + "documents of at most " + JsonLimits.MAX_TOKENS + " tokens";
    }
    return "exceeds the reader's limits (nesting depth "
        + JsonLimits.MAX_NESTING_DEPTH
        + ", strings of "
        + JsonLimits.MAX_STRING_LENGTH
        + " characters, names of "
        + JsonLimits.MAX_NAME_LENGTH
        + ", numbers of "
        + JsonLimits.MAX_NUMBER_LENGTH
        + " digits, documents of "
        + JsonLimits.MAX_DOCUMENT_LENGTH
        + " characters or "
        + JsonLimits.MAX_TOKENS
        + " tokens)";
  }

  private static String pathOf(@Nullable JsonParser parser) {
    if (parser == null) {
      return "$";
    }
    return JsonPaths.of(parser.streamReadContext());
  }

  private static String at(@Nullable TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  private static InvalidPlanException invalid(String subject, String path, String message) {
    return new InvalidPlanException(subject, List.of(PlanProblem.of(path, message)));
  }

  private static DefaultPrettyPrinter canonicalPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
