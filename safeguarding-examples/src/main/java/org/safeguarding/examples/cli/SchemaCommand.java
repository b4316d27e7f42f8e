package org.safeguarding.examples.cli;

import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.safeguarding.examples.service.ContractSchema;
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

  /** Reads a document's name, in any case; an unknown one is refused with every name listed. */
  static final class DocumentName implements ITypeConverter<ContractSchema> {
    @Override
    public ContractSchema convert(String value) {
      ContractSchema document = ContractSchema.named(value);
      if (document == null) {
        throw new TypeConversionException("expected one of " + ContractSchema.names());
      }
      return document;
    }
  }

  /** The names, for the usage help. */
  static final class DocumentNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.of(ContractSchema.values()).map(ContractSchema::documentName).iterator();
    }
  }

  @Mixin HelpOption help;

  @Parameters(
      arity = "0..1",
      paramLabel = "DOCUMENT",
      converter = DocumentName.class,
      completionCandidates = DocumentNames.class,
      description = "Which document: ${COMPLETION-CANDIDATES}. The session plan when left out.")
  ContractSchema document = ContractSchema.PLAN;

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
