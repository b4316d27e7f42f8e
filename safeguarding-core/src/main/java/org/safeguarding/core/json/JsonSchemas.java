package org.safeguarding.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the documents {@link SafeguardingJson} reads and writes
 * besides the session plan, as shipped with the library, for tools in other languages. Each stands
 * alone, with no reference to another. The session plan's is {@link SafeguardingJson#planSchema()};
 * the rulebook's is in safeguarding-rules.
 *
 * <p>The readers check more than a schema can say, such as an id appearing once in a room; each
 * schema's description lists what. No assessment reader is offered yet: its schema describes what
 * {@link SafeguardingJson#ASSESSMENT} writes for every assessment the engine makes.
 *
 * <p>Each method reads its schema from the library's resources as UTF-8, afresh on every call.
 */
public final class JsonSchemas {

  private JsonSchemas() {}

  /**
   * Returns the schema of a room: who is present and who was removed, as {@link
   * SafeguardingJson#ROOM} reads it.
   *
   * @return the schema's JSON text
   * @throws IllegalStateException if the schema is missing from the jar
   * @throws UncheckedIOException if the schema cannot be read
   */
  public static String room() {
    return load("room.schema.json", "room");
  }

  /**
   * Returns the schema of an incident, as {@link SafeguardingJson#INCIDENT} reads it.
   *
   * @return the schema's JSON text
   * @throws IllegalStateException if the schema is missing from the jar
   * @throws UncheckedIOException if the schema cannot be read
   */
  public static String incident() {
    return load("incident.schema.json", "incident");
  }

  /**
   * Returns the schema of an admission, the answer at the door, as {@link
   * SafeguardingJson#ADMISSION} writes and reads it.
   *
   * @return the schema's JSON text
   * @throws IllegalStateException if the schema is missing from the jar
   * @throws UncheckedIOException if the schema cannot be read
   */
  public static String admission() {
    return load("admission.schema.json", "admission");
  }

  /**
   * Returns the schema of a response plan, what must happen after an incident, as {@link
   * SafeguardingJson#RESPONSE_PLAN} writes and reads it.
   *
   * @return the schema's JSON text
   * @throws IllegalStateException if the schema is missing from the jar
   * @throws UncheckedIOException if the schema cannot be read
   */
  public static String responsePlan() {
    return load("response-plan.schema.json", "response plan");
  }

  /**
   * Returns the schema of an assessment, as {@link SafeguardingJson#ASSESSMENT} writes it.
   *
   * @return the schema's JSON text
   * @throws IllegalStateException if the schema is missing from the jar
   * @throws UncheckedIOException if the schema cannot be read
   */
  public static String assessment() {
    return load("assessment.schema.json", "assessment");
  }

  private static String load(String resource, String document) {
    try (InputStream schema = JsonSchemas.class.getResourceAsStream(resource)) {
      if (schema == null) {
        throw new IllegalStateException("the " + document + " schema is missing from the jar");
      }
      return new String(schema.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + document + " schema", e);
    }
  }
}
