package org.safeguarding.examples.cli;

import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.safeguarding.core.json.JsonSchemas;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.rules.rulebook.Rulebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code safeguarding schema [DOCUMENT]}: the JSON Schema of one of the library's documents, the
 * session plan by default, for tools in any language.
 */
@Command(
    name = "schema",
    description = {
      "Print the JSON Schema (draft 2020-12) of one of the library's JSON documents: the session "
          + "plan (schemaVersion 1) unless another is named. The readers also check what a schema "
          + "cannot say, such as ids unique across staff and participants; each schema's "
          + "description lists what, and 'validate' and 'assess' apply every check to a plan."
    },
    footer = {"", "Exit codes: 0 done; 1 anything else, including a DOCUMENT not listed above."})
final class SchemaCommand implements Callable<Integer> {

  /** The documents with a schema, by the name the command line gives each. */
  enum Document {
    PLAN("plan", SafeguardingJson::planSchema),
    ROOM("room", JsonSchemas::room),
    INCIDENT("incident", JsonSchemas::incident),
    ADMISSION("admission", JsonSchemas::admission),
    RESPONSE_PLAN("response-plan", JsonSchemas::responsePlan),
    ASSESSMENT("assessment", JsonSchemas::assessment),
    RULEBOOK("rulebook", Rulebook::schema);

    final String name;
    private final Supplier<String> schema;

    Document(String name, Supplier<String> schema) {
      this.name = name;
      this.schema = schema;
    }

    String schema() {
      return schema.get();
    }

    static String names() {
      return Stream.of(values()).map(document -> document.name).collect(Collectors.joining(", "));
    }
  }

  /** Reads a document's name, in any case; an unknown one is refused with every name listed. */
  static final class DocumentName implements ITypeConverter<Document> {
    @Override
    public Document convert(String value) {
      for (Document document : Document.values()) {
        if (document.name.equals(value.toLowerCase(Locale.ROOT))) {
          return document;
        }
      }
      throw new TypeConversionException("expected one of " + Document.names());
    }
  }

  /** The names, for the usage help. */
  static final class DocumentNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.of(Document.values()).map(document -> document.name).iterator();
    }
  }

  @Mixin HelpOption help;

  @Parameters(
      arity = "0..1",
      paramLabel = "DOCUMENT",
      converter = DocumentName.class,
      completionCandidates = DocumentNames.class,
      description = "Which document: ${COMPLETION-CANDIDATES}. The session plan when left out.")
  Document document = Document.PLAN;

  private final Terminal terminal;

  SchemaCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    terminal.out().print(document.schema());
    return SafeguardingCli.OK;
  }
}
