package org.safeguarding.core.internal.json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
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
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.json.JsonDocument;
import org.safeguarding.core.json.JsonLimits;
import org.safeguarding.core.plan.PlanProblem;
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
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document read by streaming its text once through a {@link JsonInput}, and written canonically:
 * the one reader and writer behind every document of the library, so that every document keeps the
 * same limits, the same encoding rules and the same words for the same faults.
 *
 * <p>A fault of the text itself (not JSON, cut short, a repeated field, a broken limit, bytes that
 * are not UTF-8, more after the document) stops reading at once, and the document is refused with
 * that one problem, since what follows it was never read. Otherwise every problem of the document
 * is listed together.
 *
 * @param <T> the value the document holds
 */
public final class StreamingDocument<T> implements JsonDocument<T> {

  /** Reads a document's root value and gives the step that builds it, once the text is done. */
  @FunctionalInterface
  public interface RootReader<T> {
    Supplier<T> read(JsonInput input);
  }

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final ObjectWriter CANONICAL =
      JsonMapper.builder(
              JsonFactory.builder()
                  // Writers belong to the caller: we neither close them nor assume.
                  .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                  .build())
          .build()
          .writer()
          .with(canonicalPrinter());

  private final String name;
  private final JsonLimits limits;
  private final RootReader<T> reader;
  private final BiConsumer<JsonGenerator, T> writer;
  private final BiFunction<JsonDocument<?>, List<PlanProblem>, RuntimeException> invalid;
  private final JsonMapper parsing;

  /**
   * Creates a document.
   *
   * @param name what the document is, in words
   * @param limits the limits reading keeps
   * @param reader reads the document's root value
   * @param writer writes a value as the document's root
   * @param invalid makes the document's exception from its problems
   */
  public StreamingDocument(
      String name,
      JsonLimits limits,
      RootReader<T> reader,
      BiConsumer<JsonGenerator, T> writer,
      BiFunction<JsonDocument<?>, List<PlanProblem>, RuntimeException> invalid) {
    this.name = Objects.requireNonNull(name, "name");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.invalid = Objects.requireNonNull(invalid, "invalid");
    this.parsing =
        JsonMapper.builder(
                JsonFactory.builder()
                    // Repeated fields are found by the reader itself (FieldNames), which keeps
                    // only the names the model knows.
                    .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    // Streams belong to the caller: we neither close them nor assume.
                    .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                    .streamReadConstraints(
                        StreamReadConstraints.builder()
                            .maxDocumentLength(limits.maxDocumentLength())
                            .maxNestingDepth(limits.maxNestingDepth())
                            .maxStringLength(limits.maxStringLength())
                            .maxNameLength(limits.maxNameLength())
                            .maxNumberLength(limits.maxNumberLength())
                            .maxTokenCount(limits.maxTokens())
                            .build())
                    .build())
            .build();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public JsonLimits limits() {
    return limits;
  }

  @Override
  public JsonDocument<T> withLimits(JsonLimits limits) {
    return new StreamingDocument<>(name, limits, reader, writer, invalid);
  }

  /** The exception this document throws for {@code problems}. */
  public RuntimeException invalid(List<PlanProblem> problems) {
    return invalid.apply(this, problems);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  @Override
  public T read(String json) {
    Objects.requireNonNull(json, "json");
    return read(new StringReader(json));
  }

  @Override
  public T read(Reader json) {
    Objects.requireNonNull(json, "json");
    return parse(withoutByteOrderMark(json));
  }

  @Override
  public T read(InputStream json) {
    Objects.requireNonNull(json, "json");
    // Decoded strictly as UTF-8, the contract's encoding: Jackson would guess UTF-16 or UTF-32
    // and let some malformed sequences through.
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return read(new InputStreamReader(json, utf8));
  }

  @Override
  public T read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw cannot("read", file, e);
    } catch (UncheckedIOException e) {
      // Reading can fail after opening succeeded, as it does for a directory. An
      // UncheckedIOException always has its cause.
      throw cannot("read", file, Objects.requireNonNull(e.getCause()));
    }
  }

  /**
   * Reads one JSON value, turning every fault of the text into a problem with a path and a place,
   * in words of our own: Jackson's messages can quote the input, and the input may be free text.
   */
  private T parse(Reader text) {
    @Nullable JsonParser parser = null;
    Supplier<T> build;
    try {
      parser =
          new BoundedArrayParser(
              parsing.createParser(text), limits.maxArrayEntries(), limits.maxStringLength());
      if (parser.nextToken() == null) {
        throw one("$", "must be a JSON object, but the input is empty");
      }
      build = reader.read(new JsonInput(parser, new Problems(), this::invalid));
      if (parser.nextToken() != null) {
        throw one(
            "$", "must be one JSON value, but more follows" + at(parser.currentTokenLocation()));
      }
    } catch (TextFault e) {
      throw one(e.path, e.problem);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw one("$", "must be UTF-8, but holds bytes that are not");
      }
      throw new UncheckedIOException("cannot read " + name, ioCause(e));
    } catch (JacksonException e) {
      throw one(pathOf(parser), describe(e) + at(e.getLocation()));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw one("$", "must be UTF-8, but holds bytes that are not");
      }
      throw e;
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    return build.get();
  }

  /** A leading byte-order mark is allowed (some editors write one) and skipped. */
  private Reader withoutByteOrderMark(Reader json) {
    PushbackReader reader = new PushbackReader(json, 1);
    try {
      int first = reader.read();
      if (first >= 0 && first != BYTE_ORDER_MARK) {
        reader.unread(first);
      }
    } catch (CharacterCodingException e) {
      throw one("$", "must be UTF-8, but holds bytes that are not");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return reader;
  }

  private RuntimeException one(String path, String message) {
    return invalid(List.of(PlanProblem.of(path, message)));
  }

  private static IOException ioCause(JacksonIOException e) {
    Throwable cause = e.getCause();
    return cause instanceof IOException io ? io : new IOException(e);
  }

  private String describe(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return limitBroken(e.getOriginalMessage());
    }
    @Nullable String original = e.getOriginalMessage();
    // Jackson raises a plain StreamReadException, not UnexpectedEndOfInputException, when the
    // input ends after a comma between entries; both mean the document was cut short.
    if (e instanceof UnexpectedEndOfInputException
        || (original != null && original.startsWith("Unexpected end-of-input"))) {
      return "is not complete: the input ends too soon";
    }
    return "is not well-formed JSON";
  }

  /**
   * Names the one limit a document broke, so that its author knows what to change. Jackson's
   * message names the setting it checked (such as {@code getMaxNestingDepth()}); should a message
   * name none, every limit is listed.
   */
  private String limitBroken(@Nullable String jacksonMessage) {
    String message = String.valueOf(jacksonMessage);
    String exceeds = "exceeds the reader's limit: ";
    if (message.contains("getMaxNestingDepth")) {
      return exceeds + "nesting depth at most " + limits.maxNestingDepth();
    }
    if (message.contains("getMaxStringLength")) {
      return exceeds + "strings of at most " + limits.maxStringLength() + " characters";
    }
    if (message.contains("getMaxNameLength")) {
      return exceeds + "field names of at most " + limits.maxNameLength() + " characters";
    }
    if (message.contains("getMaxNumberLength")) {
      return exceeds + "numbers of at most " + limits.maxNumberLength() + " digits";
    }
    if (message.contains("getMaxDocumentLength")) {
      return exceeds + "documents of at most " + limits.maxDocumentLength() + " characters";
    }
    if (message.contains("getMaxTokenCount")) {
      return exceeds + "documents of at most " + limits.maxTokens() + " tokens";
    }
    return "exceeds the reader's limits (nesting depth "
        + limits.maxNestingDepth()
        + ", strings of "
        + limits.maxStringLength()
        + " characters, names of "
        + limits.maxNameLength()
        + ", numbers of "
        + limits.maxNumberLength()
        + " digits, documents of "
        + limits.maxDocumentLength()
        + " characters or "
        + limits.maxTokens()
        + " tokens)";
  }

  private static String pathOf(@Nullable JsonParser parser) {
    if (parser == null) {
      return "$";
    }
    return JsonPaths.of(parser.streamReadContext());
  }

  private static String at(@Nullable TokenStreamLocation location) {
    return TextFault.at(location);
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  @Override
  public String write(T value) {
    Objects.requireNonNull(value, "value");
    StringWriter out = new StringWriter();
    write(value, out);
    return out.toString();
  }

  @Override
  public void write(T value, Writer out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator generator = CANONICAL.createGenerator(out)) {
      writer.accept(generator, value);
      generator.writeRaw('\n');
      generator.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException("cannot write " + name, ioCause(e));
    }
  }

  @Override
  public void write(T value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(value, writer);
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name, e);
    }
  }

  @Override
  public void write(T value, Path file) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(file, "file");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(value, out);
    } catch (IOException e) {
      throw cannot("write", file, e);
    } catch (UncheckedIOException e) {
      throw cannot("write", file, Objects.requireNonNull(e.getCause()));
    }
  }

  /** Names the file and why it could not be read or written; a file name is not plan data. */
  private UncheckedIOException cannot(String verb, Path file, IOException cause) {
    String reason =
        cause instanceof NoSuchFileException
            ? "no such file"
            : cause instanceof AccessDeniedException
                ? "permission denied"
                : cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                    ? fileSystem.getReason()
                    : String.valueOf(cause.getMessage());
    return new UncheckedIOException(
        "cannot " + verb + " " + name + " file " + file + ": " + reason, cause);
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

  @Override
  public String toString() {
    return name;
  }
}
