package org.safeguarding.examples.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Walks over a schema's tree, for the checks every shipped schema must pass: which fields a
 * document leaves without a value, where the schema lists enums, and which objects it leaves open.
 * References are followed within the schema itself, as each schema stands alone.
 */
final class SchemaTrees {

  private SchemaTrees() {}

  /**
   * The paths of the fields a schema names that a document gives no value; a field of a list's
   * entries is lacking only if every entry lacks it.
   */
  static List<String> missing(JsonNode root, JsonNode document) {
    List<String> missing = new ArrayList<>();
    collectMissing(root, root, document, "$", missing);
    return missing;
  }

  /** The JSON pointers of every {@code enum} in a schema, to the object that holds it. */
  static List<String> enums(JsonNode root) {
    List<String> found = new ArrayList<>();
    collectEnums(root, "", found);
    return found;
  }

  /**
   * The JSON pointers of the object schemas that let a field they do not name through: every {@code
   * "type": "object"} must say {@code "additionalProperties": false}.
   */
  static List<String> openObjects(JsonNode root) {
    List<String> open = new ArrayList<>();
    collectOpenObjects(root, "", open);
    return open;
  }

  private static void collectMissing(
      JsonNode root, JsonNode schema, JsonNode document, String path, List<String> missing) {
    JsonNode resolved = resolve(root, schema);
    if (resolved.has("properties")) {
      for (Map.Entry<String, JsonNode> property : resolved.get("properties").properties()) {
        String at = path + "." + property.getKey();
        if (!document.has(property.getKey())) {
          missing.add(at);
        } else {
          collectMissing(root, property.getValue(), document.get(property.getKey()), at, missing);
        }
      }
    } else if (resolved.has("items") && document.size() == 0) {
      missing.add(path + "[*]");
    } else if (resolved.has("items")) {
      List<String> lackedByAll = null;
      for (int i = 0; i < document.size(); i++) {
        List<String> lacked = new ArrayList<>();
        collectMissing(root, resolved.get("items"), document.get(i), path + "[*]", lacked);
        if (lackedByAll == null) {
          lackedByAll = lacked;
        } else {
          lackedByAll.retainAll(lacked);
        }
      }
      missing.addAll(lackedByAll);
    }
  }

  private static JsonNode resolve(JsonNode root, JsonNode schema) {
    JsonNode resolved = schema;
    while (resolved.has("$ref") && !resolved.has("properties") && !resolved.has("items")) {
      resolved = root.at(resolved.get("$ref").asString().substring(1));
    }
    return resolved;
  }

  private static void collectEnums(JsonNode node, String pointer, List<String> found) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().equals("enum")) {
          found.add(pointer);
        } else {
          collectEnums(field.getValue(), pointer + "/" + field.getKey(), found);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectEnums(node.get(i), pointer + "/" + i, found);
      }
    }
  }

  private static void collectOpenObjects(JsonNode node, String pointer, List<String> open) {
    if (!node.isObject()) {
      return;
    }
    boolean describesObject = "object".equals(node.path("type").asString());
    if (describesObject && !node.path("additionalProperties").isBoolean()
        || describesObject && node.path("additionalProperties").booleanValue()) {
      open.add(pointer);
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      collectOpenObjects(field.getValue(), pointer + "/" + field.getKey(), open);
    }
  }
}
