package org.safeguarding.core.json;

import java.util.Map;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.RulebookId;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.risk.RiskRating;
import tools.jackson.core.JsonGenerator;

/**
 * Writes an assessment as the contract's JSON, in the contract's field order. Lists keep the
 * assessment's own order (findings most serious first, risks by priority), so the same assessment
 * always gives the same bytes. Lists are always written, even when empty, so that a reader can tell
 * "nothing found" from "not reported".
 */
final class AssessmentWriter {

  private final JsonGenerator out;

  AssessmentWriter(JsonGenerator out) {
    this.out = out;
  }

  /**
   * A rulebook's name and version and, only for a layered one, its base's (so whole ones keep their
   * bytes); a base is a whole rulebook, with no base of its own.
   */
  private void rulebook(RulebookId id) {
    out.writeStartObject();
    out.writeStringProperty("name", id.name());
    out.writeStringProperty("version", id.version());
    if (id.basedOn().isPresent()) {
      RulebookId base = id.basedOn().get();
      out.writeObjectPropertyStart("basedOn");
      out.writeStringProperty("name", base.name());
      out.writeStringProperty("version", base.version());
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  void write(Assessment assessment) {
    out.writeStartObject();
    out.writeStringProperty("planId", assessment.planId());
    out.writeName("rulebook");
    rulebook(assessment.rulebook());
    out.writeStringProperty("asOf", assessment.asOf().toString());
    out.writeStringProperty("decision", assessment.decision().name());
    out.writeArrayPropertyStart("findings");
    assessment.findings().forEach(this::finding);
    out.writeEndArray();
    out.writeArrayPropertyStart("risks");
    assessment.risks().forEach(this::risk);
    out.writeEndArray();
    out.writeArrayPropertyStart("consents");
    assessment.consents().forEach(this::consent);
    out.writeEndArray();
    if (assessment.supervision().isPresent()) {
      supervision(assessment.supervision().get());
    }
    out.writeEndObject();
  }

  private void finding(Finding finding) {
    out.writeStartObject();
    out.writeStringProperty("rule", finding.rule());
    out.writeStringProperty("level", finding.level().name());
    if (finding.subject().isPresent()) {
      out.writeStringProperty("subject", finding.subject().get());
    }
    out.writeStringProperty("message", finding.message());
    out.writeStringProperty("action", finding.action());
    if (finding.template().isPresent()) {
      out.writeStringProperty("template", finding.template().get());
    }
    if (!finding.parameters().isEmpty()) {
      out.writeName("parameters");
      out.writeStartObject();
      for (Map.Entry<String, String> parameter : finding.parameters().entrySet()) {
        out.writeStringProperty(parameter.getKey(), parameter.getValue());
      }
      out.writeEndObject();
    }
    out.writeArrayPropertyStart("sources");
    for (String source : finding.sources()) {
      out.writeString(source);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private void risk(AssessedRisk risk) {
    out.writeStartObject();
    out.writeStringProperty("id", risk.id());
    out.writeStringProperty("hazard", risk.hazard().name());
    out.writeStringProperty("origin", risk.origin().name());
    out.writeNumberProperty("priority", risk.priority());
    out.writeName("inherent");
    rating(risk.inherent());
    if (risk.residual().isPresent()) {
      out.writeName("residual");
      rating(risk.residual().get());
      out.writeBooleanProperty("residualCredited", risk.residualCredited());
    }
    if (risk.floor().isPresent()) {
      out.writeName("floor");
      rating(risk.floor().get());
    }
    out.writeName("current");
    rating(risk.current());
    out.writeStringProperty("currentFrom", risk.currentFrom().name());
    out.writeEndObject();
  }

  private void rating(RiskRating rating) {
    out.writeStartObject();
    out.writeNumberProperty("likelihood", rating.likelihood().level());
    out.writeNumberProperty("severity", rating.severity().level());
    out.writeNumberProperty("score", rating.score());
    out.writeStringProperty("band", rating.band().name());
    out.writeEndObject();
  }

  private void consent(ConsentRequirement consent) {
    out.writeStartObject();
    out.writeStringProperty("participant", consent.participant());
    if (consent.requiredFrom().isPresent()) {
      out.writeStringProperty("requiredFrom", consent.requiredFrom().get().name());
    }
    out.writeStringProperty("status", consent.status().name());
    out.writeEndObject();
  }

  private void supervision(Supervision supervision) {
    out.writeObjectPropertyStart("supervision");
    out.writeNumberProperty("requiredAdults", supervision.requiredAdults());
    out.writeNumberProperty("countedAdults", supervision.countedAdults());
    out.writeNumberProperty("shortfall", supervision.shortfall());
    out.writeEndObject();
  }
}
