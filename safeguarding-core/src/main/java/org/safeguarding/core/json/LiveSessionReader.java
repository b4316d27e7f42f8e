package org.safeguarding.core.json;

import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.IncidentKind;
import org.safeguarding.core.plan.RoomState;
import tools.jackson.databind.JsonNode;

/**
 * Binds the documents of a live session to values: the room at the door ({@code present} required,
 * {@code removed} absent when nobody has been) and an incident. Strict like the plan: unknown
 * fields, wrong types and missing values are problems, reported together with their paths.
 */
final class LiveSessionReader {

  static final String ROOM = "room";
  static final String INCIDENT = "incident";

  private LiveSessionReader() {}

  static RoomState room(JsonNode root) {
    ShapeProblems problems = new ShapeProblems();
    Fields room = Fields.of(root, "$", problems);
    RoomState.Builder builder =
        RoomState.builder()
            .present(room.strings("present", true, RoomState.MAX_PEOPLE))
            .removed(room.strings("removed", RoomState.MAX_PEOPLE));
    room.rejectUnknown();
    return problems.build(ROOM, builder::build);
  }

  static Incident incident(JsonNode root) {
    ShapeProblems problems = new ShapeProblems();
    Fields incident = Fields.of(root, "$", problems);
    Incident.Builder builder =
        Incident.builder()
            .id(incident.string("id"))
            .participant(incident.optionalString("participant"))
            .kind(incident.enumValue("kind", IncidentKind.class))
            .removed(incident.bool("removed"))
            .riskToLife(incident.bool("riskToLife"))
            .occurredAt(incident.instant("occurredAt"))
            .handledBy(incident.optionalString("handledBy"));
    incident.rejectUnknown();
    return problems.build(INCIDENT, builder::build);
  }
}
