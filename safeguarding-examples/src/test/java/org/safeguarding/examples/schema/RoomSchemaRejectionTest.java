package org.safeguarding.examples.schema;

import static org.safeguarding.examples.schema.Damage.change;
import static org.safeguarding.examples.schema.Damage.raw;
import static org.safeguarding.examples.schema.Damage.str;
import static org.safeguarding.examples.schema.Damage.without;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rooms that break the contract, each one change away from a valid room: the schema refuses every
 * one of them, and so does the reader, and both point at the value at fault.
 */
class RoomSchemaRejectionTest {

  private static final ContractDocument ROOM = ContractDocument.ROOM;

  @ParameterizedTest(name = "{0}")
  @MethodSource("damages")
  void damagedRoom_failsTheSchemaAndTheReader_atTheSamePlace(Damage damage) {
    damage.assertRefusedBy(ROOM);
  }

  static Stream<Damage> damages() {
    return Stream.of(
        // Unknown and missing fields
        change(ROOM, "unknown field", "/colour", str("red"), "$.colour"),
        change(ROOM, "field named in another case", "/Present", "[]", "$.Present"),
        without(ROOM, "missing present", "/present", "$.present"),
        // Wrong types
        change(ROOM, "present as an object", "/present", "{}", "$.present"),
        change(ROOM, "present as one id", "/present", str("s1"), "$.present"),
        change(ROOM, "removed as an object", "/removed", "{\"p3\": true}", "$.removed"),
        change(ROOM, "id as a number", "/present/1", "7", "$.present[1]"),
        change(ROOM, "id as an object", "/removed/0", "{\"id\": \"p3\"}", "$.removed[0]"),
        // Nulls
        change(ROOM, "null present", "/present", "null", "$.present"),
        change(ROOM, "null removed", "/removed", "null", "$.removed"),
        change(ROOM, "null id", "/removed/1", "null", "$.removed[1]"),
        // Ids
        change(ROOM, "empty id", "/present/0", str(""), "$.present[0]"),
        change(ROOM, "blank id", "/present/2", str(" \u3000 "), "$.present[2]"),
        change(ROOM, "id of 129 characters", "/removed/0", str("p".repeat(129)), "$.removed[0]"),
        change(ROOM, "id with a tab", "/present/1", str("s\t2"), "$.present[1]"),
        change(ROOM, "id with a DEL", "/removed/1", str("p\u007f4"), "$.removed[1]"),
        change(ROOM, "id ending with a line break", "/present/0", str("s1\n"), "$.present[0]"),
        // Structure
        change(ROOM, "an id present twice", "/present/2", str("s1"), "$.present", "$.present[2]"),
        change(ROOM, "an id removed twice", "/removed/1", str("p3"), "$.removed", "$.removed[1]"),
        raw("a list, not an object", "[]", "$"),
        raw("null, not an object", "null", "$"),
        raw("a string, not an object", "\"room\"", "$"),
        // Sizes
        change(
            ROOM,
            "110,001 present",
            "/present",
            IntStream.range(0, 110_001)
                .mapToObj(i -> "\"p" + i + "\"")
                .collect(Collectors.joining(",", "[", "]")),
            "$.present"));
  }
}
