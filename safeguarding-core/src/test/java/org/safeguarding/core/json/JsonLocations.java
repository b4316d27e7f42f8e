package org.safeguarding.core.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every value in a plan's JSON tree with its path and what the contract says it is, written out
 * independently of the reader so that the mutation tests check the reader against the contract, not
 * against itself.
 */
final class JsonLocations {

  /** What kind of object a location sits in, by the contract. */
  enum Owner {
    PLAN,
    SERVICE,
    PLATFORM,
    STAFF,
    CHECK,
    PARTICIPANT,
    CONSENT,
    RISK
  }

  static final Map<Owner, Set<String>> REQUIRED =
      Map.of(
          Owner.PLAN,
          Set.of(
              "schemaVersion",
              "id",
              "service",
              "platform",
              "start",
              "durationMinutes",
              "format",
              "interaction",
              "recording",
              "chat",
              "staff",
              "participants"),
          Owner.SERVICE,
          Set.of("name", "jurisdiction"),
          Owner.PLATFORM,
          Set.of("name", "accounts"),
          Owner.STAFF,
          Set.of("id"),
          Owner.CHECK,
          Set.of("scheme", "level", "issued"),
          Owner.PARTICIPANT,
          Set.of("id"),
          Owner.CONSENT,
          Set.of("givenBy", "verification", "given"),
          Owner.RISK,
          Set.of("id", "hazard", "area", "likelihood", "severity"));

  static final Set<String> ENUM_FIELDS =
      Set.of(
          "jurisdiction",
          "frequency",
          "accounts",
          "family",
          "format",
          "interaction",
          "recording",
          "chat",
          "capacity",
          "location",
          "givenBy",
          "verification",
          "scheme",
          "level",
          "hazard",
          "area");

  static final Set<String> ENUM_ARRAYS = Set.of("policies", "controls", "roles", "needs", "covers");

  /** Number fields and their valid ranges. */
  static final Map<String, int[]> RANGES =
      Map.of(
          "durationMinutes", new int[] {1, 1440},
          "age", new int[] {0, 120},
          "likelihood", new int[] {1, 5},
          "severity", new int[] {1, 5},
          "residualLikelihood", new int[] {1, 5},
          "residualSeverity", new int[] {1, 5});

  /** A value at a path: a field of an object, or an element of an array. */
  static final class Location {
    final String path;
    final JsonNode parent;
    final String field;
    final int index;
    final Owner owner;

    Location(String path, JsonNode parent, String field, int index, Owner owner) {
      this.path = path;
      this.parent = parent;
      this.field = field;
      this.index = index;
      this.owner = owner;
    }

    /** The field name, or for an array element the array's field name. */
    String name() {
      return field;
    }

    boolean isArrayElement() {
      return index >= 0;
    }

    JsonNode value() {
      return isArrayElement() ? parent.get(index) : parent.get(field);
    }

    void set(JsonNode value) {
      if (isArrayElement()) {
        ((ArrayNode) parent).set(index, value);
      } else {
        ((ObjectNode) parent).set(field, value);
      }
    }

    void remove() {
      ((ObjectNode) parent).remove(field);
    }

    @Override
    public String toString() {
      return path;
    }
  }

  /** The objects in the tree, with their paths and owners. */
  static final class ObjectAt {
    final String path;
    final ObjectNode node;
    final Owner owner;

    ObjectAt(String path, ObjectNode node, Owner owner) {
      this.path = path;
      this.node = node;
      this.owner = owner;
    }
  }

  private final List<Location> values = new ArrayList<>();
  private final List<ObjectAt> objects = new ArrayList<>();

  JsonLocations(ObjectNode root) {
    object("$", root, Owner.PLAN);
  }

  List<Location> values() {
    return values;
  }

  List<ObjectAt> objects() {
    return objects;
  }

  private void object(String path, ObjectNode node, Owner owner) {
    objects.add(new ObjectAt(path, node, owner));
    for (String name : new ArrayList<>(node.propertyNames())) {
      String at = path + "." + name;
      JsonNode value = node.get(name);
      values.add(new Location(at, node, name, -1, owner));
      if (value.isObject()) {
        object(at, (ObjectNode) value, childOwner(name));
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          String element = at + "[" + i + "]";
          values.add(new Location(element, value, name, i, owner));
          if (value.get(i).isObject()) {
            object(element, (ObjectNode) value.get(i), childOwner(name));
          }
        }
      }
    }
  }

  private static Owner childOwner(String field) {
    switch (field) {
      case "service":
        return Owner.SERVICE;
      case "platform":
        return Owner.PLATFORM;
      case "staff":
        return Owner.STAFF;
      case "check":
        return Owner.CHECK;
      case "participants":
        return Owner.PARTICIPANT;
      case "consents":
        return Owner.CONSENT;
      case "risks":
        return Owner.RISK;
      default:
        throw new IllegalArgumentException("no object expected at " + field);
    }
  }
}
