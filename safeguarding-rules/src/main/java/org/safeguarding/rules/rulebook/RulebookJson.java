package org.safeguarding.rules.rulebook;

import org.safeguarding.core.internal.json.StreamingDocument;
import org.safeguarding.core.json.JsonDocument;
import org.safeguarding.core.json.JsonLimits;

/**
 * The rulebook as a JSON document: read strictly through the library's one reader, under limits far
 * below a plan's (a rulebook is a few kilobytes), and written canonically. {@link
 * Rulebook#read(String)} and {@link Rulebook#toJson()} use it.
 */
public final class RulebookJson {

  /** The rulebook: read by {@code RULEBOOK.read(...)}, written by {@code RULEBOOK.write(...)}. */
  public static final JsonDocument<Rulebook> RULEBOOK =
      new StreamingDocument<>(
          "rulebook",
          JsonLimits.defaults()
              // The bundled rulebook is about 4,000 characters and needs four levels.
              .withMaxDocumentLength(1_000_000)
              .withMaxNestingDepth(16)
              .withMaxTokens(200_000)
              .withMaxStringLength(10_000)
              .withMaxArrayEntries(10_000),
          RulebookReader::read,
          RulebookWriter::write,
          (document, problems) -> new InvalidRulebookException(problems));

  private RulebookJson() {}
}
