package org.safeguarding.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.safeguarding.rules.rulebook.Rulebook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundled {@code uk-default} rulebook as text, and edits of it, for tests of custom rulebooks.
 */
public final class DefaultRulebookText {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private DefaultRulebookText() {}

  /** The bundled rulebook's JSON, exactly as shipped. */
  public static String ukDefaultText() {
    try (InputStream in =
        Rulebook.class.getResourceAsStream("/org/safeguarding/rules/rulebook/uk-default.json")) {
      assertThat(in).as("the bundled uk-default rulebook").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled rulebook with one piece of its text replaced, which must be there. */
  public static Rulebook rulebookWith(String from, String to) {
    String json = ukDefaultText();
    assertThat(json).contains(from);
    return Rulebook.read(json.replace(from, to));
  }

  /** The bundled rulebook's text with one edit made to its tree. */
  public static String edited(Consumer<ObjectNode> edit) {
    ObjectNode root = (ObjectNode) JSON.readTree(ukDefaultText());
    edit.accept(root);
    return JSON.writeValueAsString(root);
  }

  /** The object at a path of field names below {@code root}. */
  public static ObjectNode object(ObjectNode root, String... names) {
    JsonNode node = root;
    for (String name : names) {
      node = node.get(name);
    }
    return (ObjectNode) node;
  }
}
