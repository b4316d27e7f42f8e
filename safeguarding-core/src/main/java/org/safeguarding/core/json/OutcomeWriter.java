package org.safeguarding.core.json;

import java.util.List;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponsePlan;
import tools.jackson.core.JsonGenerator;

/**
 * Writes admissions and response plans as the contract's JSON, in the contract's field order,
 * keeping the value's own order of reasons and actions. Lists are always written, even when empty.
 */
final class OutcomeWriter {

  private final JsonGenerator out;

  OutcomeWriter(JsonGenerator out) {
    this.out = out;
  }

  void write(Admission admission) {
    out.writeStartObject();
    out.writeStringProperty("person", admission.person());
    out.writeStringProperty("verdict", admission.verdict().name());
    out.writeArrayPropertyStart("reasons");
    for (AdmissionReason reason : admission.reasons()) {
      out.writeStartObject();
      out.writeStringProperty("rule", reason.rule());
      out.writeStringProperty("message", reason.message());
      sources(reason.sources());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  void write(ResponsePlan response) {
    out.writeStartObject();
    out.writeStringProperty("incident", response.incident());
    out.writeArrayPropertyStart("actions");
    for (PlannedAction action : response.actions()) {
      out.writeStartObject();
      out.writeStringProperty("action", action.action().name());
      out.writeStringProperty("owner", action.owner());
      out.writeStringProperty("ownerType", action.ownerType().name());
      out.writeStringProperty("due", action.due().toString());
      out.writeStringProperty("message", action.message());
      sources(action.sources());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayPropertyStart("notes");
    for (String note : response.notes()) {
      out.writeString(note);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private void sources(List<String> sources) {
    out.writeArrayPropertyStart("sources");
    for (String source : sources) {
      out.writeString(source);
    }
    out.writeEndArray();
  }
}
