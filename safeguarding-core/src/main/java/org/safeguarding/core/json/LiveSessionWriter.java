package org.safeguarding.core.json;

import java.util.List;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.RoomState;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the room and incidents canonically: fields in the contract's order, instants in UTC,
 * optional values and false booleans left out, and the room's {@code present} list always written
 * (reading requires it).
 */
final class LiveSessionWriter {

  private final JsonGenerator out;

  LiveSessionWriter(JsonGenerator out) {
    this.out = out;
  }

  void write(RoomState room) {
    out.writeStartObject();
    ids("present", room.present());
    if (!room.removed().isEmpty()) {
      ids("removed", room.removed());
    }
    out.writeEndObject();
  }

  void write(Incident incident) {
    out.writeStartObject();
    out.writeStringProperty("id", incident.id());
    if (incident.participant().isPresent()) {
      out.writeStringProperty("participant", incident.participant().get());
    }
    out.writeStringProperty("kind", incident.kind().name());
    if (incident.removed()) {
      out.writeBooleanProperty("removed", true);
    }
    if (incident.riskToLife()) {
      out.writeBooleanProperty("riskToLife", true);
    }
    out.writeStringProperty("occurredAt", incident.occurredAt().toString());
    if (incident.handledBy().isPresent()) {
      out.writeStringProperty("handledBy", incident.handledBy().get());
    }
    out.writeEndObject();
  }

  private void ids(String name, List<String> ids) {
    out.writeArrayPropertyStart(name);
    for (String id : ids) {
      out.writeString(id);
    }
    out.writeEndArray();
  }
}
