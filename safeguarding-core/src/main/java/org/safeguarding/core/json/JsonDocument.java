package org.safeguarding.core.json;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * One kind of JSON document of the library's contract, such as {@link SafeguardingJson#PLAN}: how
 * to read it strictly and write it canonically.
 *
 * <p>Reading streams the text once, under {@link #limits()}, and reports every problem of the
 * document at once in one {@link InvalidDocumentException} (of the document's own kind, such as
 * {@link org.safeguarding.core.plan.InvalidPlanException}), each with its JSON path; no free-text
 * value is repeated in a message. Text must be UTF-8; a leading byte-order mark is skipped. Streams
 * and writers belong to the caller: they are neither closed nor buffered beyond the document.
 * Failing to read or write at all (a missing file) is an {@link UncheckedIOException}.
 *
 * <p>Writing is canonical: the same value always gives the same bytes (UTF-8, two-space indent,
 * {@code \n} line ends, a final line break). Documents are immutable and thread-safe.
 *
 * @param <T> the value the document holds
 */
public interface JsonDocument<T> {

  /** {@return what the document is, in words, such as {@code "session plan"}} */
  String name();

  /**
   * Reads the document from JSON text.
   *
   * @param json the JSON
   * @return the value
   * @throws InvalidDocumentException listing every problem
   */
  T read(String json);

  /**
   * Reads the document from a reader, which is read to the end of the document but not closed.
   *
   * @param json the JSON
   * @return the value
   * @throws InvalidDocumentException listing every problem
   * @throws UncheckedIOException if reading fails
   */
  T read(Reader json);

  /**
   * Reads the document from a UTF-8 stream, which is read but not closed.
   *
   * @param json the JSON, as UTF-8
   * @return the value
   * @throws InvalidDocumentException listing every problem
   * @throws UncheckedIOException if reading fails
   */
  T read(InputStream json);

  /**
   * Reads the document from a UTF-8 file.
   *
   * @param file the file
   * @return the value
   * @throws InvalidDocumentException listing every problem
   * @throws UncheckedIOException if the file cannot be read, naming the file and why
   */
  T read(Path file);

  /**
   * Writes a value as canonical JSON text.
   *
   * @param value the value
   * @return the JSON, ending with a line break
   */
  String write(T value);

  /**
   * Writes the value as canonical JSON; the writer is flushed, not closed.
   *
   * @param value the value
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  void write(T value, Writer out);

  /**
   * Writes the value as canonical UTF-8 JSON; the stream is flushed, not closed.
   *
   * @param value the value
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  void write(T value, OutputStream out);

  /**
   * Writes the value as canonical UTF-8 JSON to a file, replacing it.
   *
   * @param value the value
   * @param file the file
   * @throws UncheckedIOException if writing fails
   */
  void write(T value, Path file);

  /** {@return the limits reading keeps} */
  JsonLimits limits();

  /**
   * Returns this document read under other limits.
   *
   * @param limits the limits, each no higher than its default
   * @return the document, reading under {@code limits}
   */
  JsonDocument<T> withLimits(JsonLimits limits);
}
