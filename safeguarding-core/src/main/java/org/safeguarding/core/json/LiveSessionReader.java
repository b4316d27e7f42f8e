package org.safeguarding.core.json;

import java.util.List;
import java.util.function.Supplier;
import org.safeguarding.core.internal.json.JsonInput;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.RoomState;

/**
 * Reads the documents of a live session: the room at the door ({@code present} required, {@code
 * removed} absent when nobody has been) and an incident. Strict like the plan: unknown fields,
 * wrong types and missing values are problems, reported together with their paths.
 */
final class LiveSessionReader {

  private static final List<String> ROOM = List.of("present");
  private static final List<String> INCIDENT = List.of("id", "kind", "occurredAt");

  private LiveSessionReader() {}

  static Supplier<RoomState> room(JsonInput in) {
    RoomState.Builder room = RoomState.builder();
    boolean object =
        in.fields(
            ROOM,
            name -> {
              switch (name) {
                case "present" -> in.strings(RoomState.MAX_PEOPLE, room::present);
                case "removed" -> in.strings(RoomState.MAX_PEOPLE, room::removed);
                default -> in.unknown();
              }
            });
    return object ? in.building(room::build) : in.refused();
  }

  static Supplier<Incident> incident(JsonInput in) {
    Incident.Builder incident =
        Incident.builder()
            .id(JsonInput.placeholderText())
            .kind(IncidentKind.values()[0])
            .occurredAt(JsonInput.PLACEHOLDER_INSTANT);
    boolean object =
        in.fields(
            INCIDENT,
            name -> {
              switch (name) {
                case "id" -> in.string(incident::id);
                case "participant" -> in.string(incident::participant);
                case "kind" -> in.enumValue(IncidentKind.class, incident::kind);
                case "removed" -> in.bool(incident::removed);
                case "riskToLife" -> in.bool(incident::riskToLife);
                case "occurredAt" -> in.instant(incident::occurredAt);
                case "handledBy" -> in.string(incident::handledBy);
                default -> in.unknown();
              }
            });
    return object ? in.building(incident::build) : in.refused();
  }
}
