package org.safeguarding.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.internal.json.StreamingDocument;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.response.ResponsePlan;

/**
 * The library's JSON documents: the session plan (schemaVersion 1), the room at the door, the
 * incident, and the engine's answers (the assessment, the admission and the response plan). Each is
 * a {@link JsonDocument} that reads strictly and writes canonically:
 *
 * <pre>{@code
 * SessionPlan plan = SafeguardingJson.PLAN.read(Path.of("plan.json"));
 * String json = SafeguardingJson.ASSESSMENT.write(engine.assess(plan));
 * }</pre>
 *
 * <p>Reading is strict: unknown fields, wrong types, unknown enum values, missing required values,
 * nulls, duplicate fields, trailing content and a {@code schemaVersion} other than 1 are all
 * problems. Every problem of a document is reported at once in one {@link InvalidPlanException},
 * each with its JSON path; no Jackson exception escapes, and no free-text value is repeated in a
 * message. Reading streams the text once and holds no tree of it, within {@link JsonLimits}.
 *
 * <p>Writing is canonical: the same value always gives the same bytes (UTF-8, two-space indent,
 * {@code \n} line ends, a final line break). All documents are thread-safe.
 */
public final class SafeguardingJson {

  /** The session plan, schemaVersion 1. */
  public static final JsonDocument<SessionPlan> PLAN =
      document("session plan", PlanReader::read, (out, plan) -> new PlanWriter(out).write(plan));

  /** The room at the door: who is present, and who has been removed. */
  public static final JsonDocument<RoomState> ROOM =
      document(
          "room", LiveSessionReader::room, (out, room) -> new LiveSessionWriter(out).write(room));

  /** An incident in a session. */
  public static final JsonDocument<Incident> INCIDENT =
      document(
          "incident",
          LiveSessionReader::incident,
          (out, incident) -> new LiveSessionWriter(out).write(incident));

  /** The engine's assessment of a plan. */
  public static final JsonDocument<Assessment> ASSESSMENT =
      document(
          "assessment",
          AssessmentReader::read,
          (out, assessment) -> new AssessmentWriter(out).write(assessment));

  /** The engine's answer at the door. */
  public static final JsonDocument<Admission> ADMISSION =
      document(
          "admission",
          OutcomeReader::admission,
          (out, admission) -> new OutcomeWriter(out).write(admission));

  /** What must happen after an incident. */
  public static final JsonDocument<ResponsePlan> RESPONSE_PLAN =
      document(
          "response plan",
          OutcomeReader::responsePlan,
          (out, response) -> new OutcomeWriter(out).write(response));

  private SafeguardingJson() {}

  private static <T> JsonDocument<T> document(
      String name,
      StreamingDocument.RootReader<T> reader,
      java.util.function.BiConsumer<tools.jackson.core.JsonGenerator, T> writer) {
    return new StreamingDocument<>(
        name, JsonLimits.defaults(), reader, writer, InvalidPlanException::new);
  }

  /**
   * Reads a plan from a UTF-8 file: {@code PLAN.read(file)}, the one convenience kept beside the
   * documents.
   *
   * @param file the file
   * @return the plan
   * @throws InvalidPlanException listing every problem, with its path
   * @throws UncheckedIOException if the file cannot be read, naming the file and why
   */
  public static SessionPlan readPlan(Path file) {
    return PLAN.read(file);
  }

  /**
   * Writes a plan as canonical JSON: {@code PLAN.write(plan)}.
   *
   * @param plan the plan
   * @return the JSON, ending with a line break
   */
  public static String writePlan(SessionPlan plan) {
    return PLAN.write(plan);
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
}
