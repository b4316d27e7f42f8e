package org.safeguarding.examples.schema;

import com.networknt.schema.Schema;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.safeguarding.core.json.JsonSchemas;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.examples.schema.PlanSchema.Violation;
import org.safeguarding.rules.rulebook.InvalidRulebookException;
import org.safeguarding.rules.rulebook.Rulebook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The library's documents besides the session plan: each one's shipped schema, loaded into the same
 * draft 2020-12 validator as the plan's, its reader's verdict as a list of problem paths, and a
 * valid document that gives every field of its contract a value, to damage one value at a time. An
 * assessment has no reader yet.
 */
enum ContractDocument {
  ROOM("room", JsonSchemas::room, json -> SafeguardingJson.ROOM.read(json), FullDocuments.ROOM),
  INCIDENT(
      "incident",
      JsonSchemas::incident,
      json -> SafeguardingJson.INCIDENT.read(json),
      FullDocuments.INCIDENT),
  ADMISSION(
      "admission",
      JsonSchemas::admission,
      json -> SafeguardingJson.ADMISSION.read(json),
      FullDocuments.ADMISSION),
  RESPONSE_PLAN(
      "response-plan",
      JsonSchemas::responsePlan,
      json -> SafeguardingJson.RESPONSE_PLAN.read(json),
      FullDocuments.RESPONSE_PLAN),
  ASSESSMENT("assessment", JsonSchemas::assessment, null, FullDocuments.ASSESSMENT),
  RULEBOOK("rulebook", Rulebook::schema, json -> Rulebook.read(json), FullDocuments.RULEBOOK);

  /** The document's name, as the command line and the schema's id give it. */
  final String id;

  private final Supplier<String> schemaText;
  private final Consumer<String> reader;
  private final String full;
  private final Schema schema;

  ContractDocument(String id, Supplier<String> schemaText, Consumer<String> reader, String full) {
    this.id = id;
    this.schemaText = schemaText;
    this.reader = reader;
    this.full = full;
    this.schema = PlanSchema.load(schemaText.get());
  }

  /** The shipped schema's JSON text. */
  String schemaText() {
    return schemaText.get();
  }

  /** The shipped schema as a tree. */
  JsonNode schemaTree() {
    return PlanDocuments.MAPPER.readTree(schemaText.get());
  }

  /** The schema's verdict on a document: every violation, none if it passes. */
  List<Violation> violations(String json) {
    return PlanSchema.violations(schema, json);
  }

  boolean hasReader() {
    return reader != null;
  }

  /** The distinct paths of the reader's problems with a document; empty if it reads it. */
  List<String> readerProblems(String json) {
    if (reader == null) {
      throw new IllegalStateException("no reader of " + id + " documents yet");
    }
    try {
      reader.accept(json);
      return List.of();
    } catch (InvalidPlanException e) {
      return paths(e.problems());
    } catch (InvalidRulebookException e) {
      return paths(e.problems());
    }
  }

  /** A valid document that gives every field of the contract a value. */
  String fullText() {
    return full;
  }

  /** A fresh copy of {@link #fullText()}, to change. */
  ObjectNode full() {
    return (ObjectNode) PlanDocuments.MAPPER.readTree(full);
  }

  private static List<String> paths(List<PlanProblem> problems) {
    return problems.stream().map(PlanProblem::path).distinct().collect(Collectors.toList());
  }
}
