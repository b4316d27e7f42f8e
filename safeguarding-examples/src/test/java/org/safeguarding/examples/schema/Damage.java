package org.safeguarding.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.safeguarding.examples.schema.PlanSchema.Violation;
import tools.jackson.databind.node.ObjectNode;

/**
 * One document that breaks its contract, one change away from its {@linkplain
 * ContractDocument#full() full valid document}, and where the schema and the reader should say so.
 * The vocabulary of the documents' rejection tables.
 */
final class Damage {

  final String name;
  final Supplier<String> document;
  final String schemaPath;
  final String readerPath;

  private Damage(String name, Supplier<String> document, String schemaPath, String readerPath) {
    this.name = name;
    this.document = document;
    this.schemaPath = schemaPath;
    this.readerPath = readerPath;
  }

  /** Sets the value at a JSON pointer, given as JSON text. */
  static Damage change(ContractDocument of, String name, String pointer, String json, String path) {
    return change(of, name, pointer, json, path, path);
  }

  /** Where the schema and the reader name different places: the list and the entry, say. */
  static Damage change(
      ContractDocument of,
      String name,
      String pointer,
      String json,
      String schemaPath,
      String readerPath) {
    return edit(
        of, name, document -> PlanDocuments.set(document, pointer, json), schemaPath, readerPath);
  }

  /** Removes the field at a JSON pointer. */
  static Damage without(ContractDocument of, String name, String pointer, String path) {
    return without(of, name, pointer, path, path);
  }

  /** Removes a field, where the schema names the field and the reader the object holding it. */
  static Damage without(
      ContractDocument of, String name, String pointer, String schemaPath, String readerPath) {
    return edit(
        of, name, document -> PlanDocuments.remove(document, pointer), schemaPath, readerPath);
  }

  static Damage edit(
      ContractDocument of,
      String name,
      UnaryOperator<ObjectNode> edit,
      String schemaPath,
      String readerPath) {
    return new Damage(
        name, () -> PlanDocuments.text(edit.apply(of.full())), schemaPath, readerPath);
  }

  /** A whole document of its own. */
  static Damage raw(String name, String document, String path) {
    return new Damage(name, () -> document, path, path);
  }

  /** A string as JSON text, escaped. */
  static String str(String value) {
    return PlanDocuments.MAPPER.writeValueAsString(value);
  }

  /**
   * The schema refuses the document, every violation at {@link #schemaPath}; and, when the document
   * has a reader, the reader refuses it with every problem at {@link #readerPath}.
   */
  void assertRefusedBy(ContractDocument of) {
    String json = document.get();

    List<Violation> violations = of.violations(json);
    assertThat(violations).as("the schema's violations").isNotEmpty();
    assertThat(violations)
        .as("the schema's violations")
        .extracting(violation -> violation.path)
        .containsOnly(schemaPath);
    if (of.hasReader()) {
      assertThat(of.readerProblems(json)).as("the reader's problems").containsExactly(readerPath);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
