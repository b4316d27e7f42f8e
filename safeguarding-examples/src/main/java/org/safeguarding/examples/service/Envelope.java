package org.safeguarding.examples.service;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.json.JsonLimits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one document a door or incident call sends, such as {@code {"plan": {...}, "room": {...},
 * "person": "p1"}}: read once, as it streams in, into its parts, each then read by its own typed
 * document. A part is held only as the text of its value, within the body limit.
 *
 * <p>The envelope is as strict as the documents: it must be one JSON object, every part is
 * required, an unknown or repeated member is a problem, and so is a text part that is not a string.
 * Every such problem is listed with its path; a fault of the text itself (not JSON, cut short, over
 * a limit) stops reading, as it does for a document.
 */
final class Envelope {

  /** The document an envelope's own problems are about. */
  static final String REQUEST = "request";

  private static final int MAX_LISTED = 100;

  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  // A part's reader finds its own repeated fields; the envelope's are found here.
                  .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(JsonLimits.MAX_NESTING_DEPTH + 1)
                          .maxStringLength(JsonLimits.MAX_STRING_LENGTH)
                          .maxNameLength(JsonLimits.MAX_NAME_LENGTH)
                          .maxNumberLength(JsonLimits.MAX_NUMBER_LENGTH)
                          .maxTokenCount(JsonLimits.MAX_TOKENS)
                          .build())
                  .build())
          .build();

  private final Map<String, byte[]> documents = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();
  private final List<Problem.InputError> problems = new ArrayList<>();

  private Envelope() {}

  /**
   * Reads an envelope.
   *
   * @param body the body
   * @param documentParts the members that hold a document (an object)
   * @param textParts the members that hold a string
   * @return the envelope, with the problems of its own shape
   * @throws Problem.Raised for a fault of the text, with that one problem
   * @throws java.io.UncheckedIOException if the body cannot be read, as when it is over the limit
   */
  static Envelope read(InputStream body, List<String> documentParts, List<String> textParts) {
    Envelope envelope = new Envelope();
    try (JsonParser in = JSON.createParser(body)) {
      JsonToken first = in.nextToken();
      if (first == null) {
        throw envelope.fault("$", "must be a JSON object, but the body is empty");
      }
      if (first != JsonToken.START_OBJECT) {
        throw envelope.fault("$", "must be a JSON object");
      }
      Set<String> seen = new HashSet<>();
      for (String name = in.nextName(); name != null; name = in.nextName()) {
        in.nextToken();
        String path = "$." + name;
        if (!seen.add(name)) {
          throw envelope.fault(path, "must appear only once in its object" + at(in));
        }
        if (documentParts.contains(name)) {
          envelope.document(name, in);
        } else if (textParts.contains(name)) {
          envelope.text(name, in);
        } else {
          // The member's name is not repeated in the message: it is the path's last step.
          envelope.problem(path, "unknown field");
          in.skipChildren();
        }
      }
      if (in.nextToken() != null) {
        throw envelope.fault("$", "must be one JSON value, but more follows" + at(in));
      }
      for (String name : documentParts) {
        if (!seen.contains(name)) {
          envelope.problem("$." + name, "is required");
        }
      }
      for (String name : textParts) {
        if (!seen.contains(name)) {
          envelope.problem("$." + name, "is required");
        }
      }
    } catch (StreamConstraintsException e) {
      throw envelope.fault("$", "exceeds the reader's limits" + at(e.getLocation()));
    } catch (JacksonException e) {
      if (e.getCause() instanceof java.io.IOException io) {
        if (io instanceof java.nio.charset.CharacterCodingException) {
          throw envelope.fault("$", "must be UTF-8, but holds bytes that are not");
        }
        throw new java.io.UncheckedIOException(io);
      }
      @Nullable String original = e.getOriginalMessage();
      if (original != null && original.startsWith("Unexpected end-of-input")) {
        throw envelope.fault("$", "is not complete: the input ends too soon");
      }
      if (original != null && original.contains("UTF-8")) {
        throw envelope.fault("$", "must be UTF-8, but holds bytes that are not");
      }
      throw envelope.fault("$", "is not well-formed JSON" + at(e.getLocation()));
    }
    return envelope;
  }

  private void document(String name, JsonParser in) {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      problem("$." + name, "must be an object");
      in.skipChildren();
      return;
    }
    ByteArrayOutputStream text = new ByteArrayOutputStream(8192);
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.copyCurrentStructure(in);
    }
    documents.put(name, text.toByteArray());
  }

  private void text(String name, JsonParser in) {
    if (in.currentToken() != JsonToken.VALUE_STRING) {
      problem("$." + name, "must be a string");
      in.skipChildren();
      return;
    }
    texts.put(name, in.getString());
  }

  private void problem(String path, String message) {
    // Bounded like a document's problems: a body of a million unknown members lists a hundred.
    if (problems.size() < MAX_LISTED) {
      problems.add(new Problem.InputError(REQUEST, path, message));
    } else if (problems.size() == MAX_LISTED) {
      problems.add(
          new Problem.InputError(
              REQUEST, "$", "has more problems; only the first " + MAX_LISTED + " are listed"));
    }
  }

  private Problem.Raised fault(String path, String message) {
    return new Problem.Raised(
        Problem.invalid(List.of(new Problem.InputError(REQUEST, path, message))));
  }

  private static String at(JsonParser in) {
    return at(in.currentTokenLocation());
  }

  private static String at(@Nullable TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }

  /** {@return the text of a document part, or null when it was missing or not an object} */
  byte @Nullable [] document(String name) {
    return documents.get(name);
  }

  /** {@return a text part, or null when it was missing or not a string} */
  @Nullable String text(String name) {
    return texts.get(name);
  }

  /** {@return the problems of the envelope's own shape} */
  List<Problem.InputError> problems() {
    return problems;
  }
}
