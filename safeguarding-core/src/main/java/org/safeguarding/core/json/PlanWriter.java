package org.safeguarding.core.json;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.safeguarding.core.plan.Check;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a plan as canonical JSON: fields in the contract's order, enum sets in declaration order,
 * dates ISO-8601, instants in UTC. Optional values are left out when absent, false booleans and
 * empty lists are left out (absent means exactly that), and nothing is ever null. {@code staff} and
 * {@code participants} are always written, as reading requires them.
 */
final class PlanWriter {

  private final JsonGenerator out;

  PlanWriter(JsonGenerator out) {
    this.out = out;
  }

  void write(SessionPlan plan) {
    out.writeStartObject();
    out.writeNumberProperty("schemaVersion", SessionPlan.SCHEMA_VERSION);
    out.writeStringProperty("id", plan.id());
    out.writeName("service");
    service(plan.service());
    out.writeName("platform");
    platform(plan.platform());
    out.writeStringProperty("start", plan.start().toString());
    out.writeNumberProperty("durationMinutes", plan.durationMinutes());
    out.writeStringProperty("format", plan.format().name());
    out.writeStringProperty("interaction", plan.interaction().name());
    out.writeStringProperty("recording", plan.recording().name());
    out.writeStringProperty("chat", plan.chat().name());
    flag("attendanceRecorded", plan.attendanceRecorded());
    flag("holdingScreen", plan.holdingScreen());
    flag("safeguardingLeadAvailable", plan.safeguardingLeadAvailable());
    out.writeArrayPropertyStart("staff");
    plan.staff().forEach(this::staffMember);
    out.writeEndArray();
    out.writeArrayPropertyStart("participants");
    plan.participants().forEach(this::participant);
    out.writeEndArray();
    if (!plan.risks().isEmpty()) {
      out.writeArrayPropertyStart("risks");
      plan.risks().forEach(this::risk);
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void service(Service service) {
    out.writeStartObject();
    out.writeStringProperty("name", service.name());
    out.writeStringProperty("jurisdiction", service.jurisdiction().name());
    out.writeStringProperty("frequency", service.frequency().name());
    names("policies", service.policies());
    flag("remitApproved", service.remitApproved());
    flag("localAuthorityContactKnown", service.localAuthorityContactKnown());
    out.writeEndObject();
  }

  private void platform(Platform platform) {
    out.writeStartObject();
    out.writeStringProperty("name", platform.name());
    out.writeStringProperty("accounts", platform.accounts().name());
    platform.family().ifPresent(family -> out.writeStringProperty("family", family.name()));
    names("controls", platform.controls());
    out.writeEndObject();
  }

  private void staffMember(StaffMember staff) {
    out.writeStartObject();
    out.writeStringProperty("id", staff.id());
    number("age", staff.age());
    names("roles", staff.roles());
    flag("organisationAccount", staff.organisationAccount());
    if (staff.check().isPresent()) {
      out.writeName("check");
      check(staff.check().get());
    }
    staff
        .trainingCompleted()
        .ifPresent(date -> out.writeStringProperty("trainingCompleted", date.toString()));
    out.writeEndObject();
  }

  private void check(Check check) {
    out.writeStartObject();
    out.writeStringProperty("scheme", check.scheme().name());
    out.writeStringProperty("level", check.level().name());
    out.writeStringProperty("issued", check.issued().toString());
    out.writeEndObject();
  }

  private void participant(Participant participant) {
    out.writeStartObject();
    out.writeStringProperty("id", participant.id());
    number("age", participant.age());
    flag("atRisk", participant.atRisk());
    names("needs", participant.needs());
    out.writeStringProperty("capacity", participant.capacity().name());
    if (!participant.consents().isEmpty()) {
      out.writeArrayPropertyStart("consents");
      participant.consents().forEach(this::consent);
      out.writeEndArray();
    }
    flag("registered", participant.registered());
    flag("identityVerified", participant.identityVerified());
    flag("supervisedOffline", participant.supervisedOffline());
    flag("accompanied", participant.accompanied());
    flag("responsibleAdultAtHome", participant.responsibleAdultAtHome());
    participant
        .location()
        .ifPresent(location -> out.writeStringProperty("location", location.name()));
    flag("surnameVisible", participant.surnameVisible());
    out.writeEndObject();
  }

  private void consent(Consent consent) {
    out.writeStartObject();
    out.writeStringProperty("givenBy", consent.givenBy().name());
    out.writeStringProperty("verification", consent.verification().name());
    names("covers", consent.covers());
    out.writeStringProperty("given", consent.given().toString());
    consent.withdrawn().ifPresent(date -> out.writeStringProperty("withdrawn", date.toString()));
    out.writeEndObject();
  }

  private void risk(RiskEntry risk) {
    out.writeStartObject();
    out.writeStringProperty("id", risk.id());
    out.writeStringProperty("hazard", risk.hazard().name());
    out.writeStringProperty("area", risk.area().name());
    out.writeNumberProperty("likelihood", risk.likelihood());
    out.writeNumberProperty("severity", risk.severity());
    number("residualLikelihood", risk.residualLikelihood());
    number("residualSeverity", risk.residualSeverity());
    strings("mitigations", risk.mitigations());
    text("owner", risk.owner());
    risk.reviewBy().ifPresent(date -> out.writeStringProperty("reviewBy", date.toString()));
    text("description", risk.description());
    out.writeEndObject();
  }

  private void flag(String name, boolean value) {
    if (value) {
      out.writeBooleanProperty(name, true);
    }
  }

  private void number(String name, OptionalInt value) {
    if (value.isPresent()) {
      out.writeNumberProperty(name, value.getAsInt());
    }
  }

  private void text(String name, Optional<String> value) {
    if (value.isPresent()) {
      out.writeStringProperty(name, value.get());
    }
  }

  private void names(String name, Collection<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      out.writeArrayPropertyStart(name);
      for (Enum<?> value : values) {
        out.writeString(value.name());
      }
      out.writeEndArray();
    }
  }

  private void strings(String name, List<String> values) {
    if (!values.isEmpty()) {
      out.writeArrayPropertyStart(name);
      for (String value : values) {
        out.writeString(value);
      }
      out.writeEndArray();
    }
  }
}
