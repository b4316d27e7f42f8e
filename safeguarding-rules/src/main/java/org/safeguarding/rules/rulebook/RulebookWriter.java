package org.safeguarding.rules.rulebook;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.risk.BandRange;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a rulebook as canonical JSON in the format {@link RulebookReader} reads: every field the
 * reader requires, in the order of the bundled {@code uk-default.json}; objects keyed by enum names
 * and lists of enum names in declaration order; the rows of the ratio, check and risk band tables
 * in their order. Laid out like the rest of the project's JSON: two-space indent, {@code \n} line
 * ends, {@code "name": value}, empty arrays as {@code []}, and a final line break.
 *
 * <p>Deadlines are written as {@link java.time.Duration} or {@link java.time.Period} print them
 * ({@code PT15M}, {@code PT1H30M}, {@code P7D}), which the reader reads back as the same amount of
 * the same kind.
 */
final class RulebookWriter {

  private static final ObjectWriter CANONICAL =
      JsonMapper.builder().build().writer().with(canonicalPrinter());

  private final JsonGenerator out;

  private RulebookWriter(JsonGenerator out) {
    this.out = out;
  }

  /** Writes the rulebook to an open generator, as {@link RulebookJson#RULEBOOK} does. */
  static void write(JsonGenerator out, Rulebook rulebook) {
    new RulebookWriter(out).rulebook(rulebook);
  }

  /** The rulebook as canonical JSON text, ending with one line break. */
  static String write(Rulebook rulebook) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = CANONICAL.createGenerator(text)) {
      new RulebookWriter(generator).rulebook(rulebook);
      generator.writeRaw('\n');
    }
    return text.toString();
  }

  private void rulebook(Rulebook rulebook) {
    out.writeStartObject();
    out.writeStringProperty("name", rulebook.id().name());
    out.writeStringProperty("version", rulebook.id().version());
    // A layer is written whole, with its base's name: read back, it is that base with every value
    // restated, so the same rulebook with the same base.
    if (rulebook.id().basedOn().isPresent()) {
      out.writeStringProperty(RulebookReader.BASED_ON, rulebook.id().basedOn().get().name());
    }
    out.writeStringProperty("timeZone", rulebook.timeZone().getId());
    out.writeNumberProperty("adultAge", rulebook.adultAge());
    consent(rulebook);
    supervision(rulebook);
    vetting(rulebook);
    policies(rulebook);
    controls(rulebook);
    inference(rulebook.inference());
    riskBands(rulebook);
    admission(rulebook);
    deadlines(rulebook);
    extensions(rulebook);
    out.writeEndObject();
  }

  /** Only when there are any, so that a rulebook without them is written as it always was. */
  private void extensions(Rulebook rulebook) {
    if (rulebook.extensions().isEmpty()) {
      return;
    }
    out.writeObjectPropertyStart("extensions");
    for (Map.Entry<String, RuleSettings> rule : rulebook.extensions().entrySet()) {
      out.writeObjectPropertyStart(rule.getKey());
      for (Map.Entry<String, Object> setting : rule.getValue().values().entrySet()) {
        out.writeName(setting.getKey());
        if (setting.getValue() instanceof List<?> list) {
          out.writeStartArray();
          list.forEach(this::setting);
          out.writeEndArray();
        } else {
          setting(setting.getValue());
        }
      }
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void setting(Object value) {
    if (value instanceof BigDecimal number) {
      out.writeNumber(number);
    } else if (value instanceof Boolean bool) {
      out.writeBoolean(bool);
    } else {
      out.writeString((String) value);
    }
  }

  private void consent(Rulebook rulebook) {
    out.writeObjectPropertyStart("consent");
    out.writeObjectPropertyStart("digitalConsentAge");
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      out.writeNumberProperty(jurisdiction.name(), rulebook.digitalConsentAge(jurisdiction));
    }
    out.writeEndObject();
    out.writeNumberProperty("capacityAge", rulebook.capacityAge());
    out.writeNumberProperty("attorneyAge", rulebook.attorneyAge());
    out.writeBooleanProperty("adultSelfConsentRequired", rulebook.adultSelfConsentRequired());
    names("verifiedParentalConsent", rulebook.verifiedParentalConsent());
    out.writeEndObject();
  }

  private void supervision(Rulebook rulebook) {
    out.writeObjectPropertyStart("supervision");
    out.writeArrayPropertyStart("ratioBands");
    for (RatioBand band : rulebook.ratioBands()) {
      out.writeStartObject();
      out.writeNumberProperty("fromAge", band.fromAge());
      out.writeNumberProperty("toAge", band.toAge());
      out.writeNumberProperty("childrenPerAdult", band.childrenPerAdult());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeNumberProperty("adultsAtRiskPerAdult", rulebook.adultsAtRiskPerAdult());
    out.writeNumberProperty("minimumAdults", rulebook.minimumAdults());
    out.writeNumberProperty("broadcastAdults", rulebook.broadcastAdults());
    out.writeNumberProperty("oneToOneAdults", rulebook.oneToOneAdults());
    out.writeNumberProperty("oneToOneColleagues", rulebook.oneToOneColleagues());
    out.writeNumberProperty("adultsWithoutVulnerable", rulebook.adultsWithoutVulnerable());
    out.writeNumberProperty("distressCoverStaff", rulebook.distressCoverStaff());
    out.writeEndObject();
  }

  private void vetting(Rulebook rulebook) {
    out.writeObjectPropertyStart("vetting");
    out.writeArrayPropertyStart("requiredChecks");
    for (RequiredCheck row : rulebook.requiredChecks()) {
      out.writeStartObject();
      out.writeStringProperty("audience", row.audience().name());
      names("frequencies", row.frequencies());
      names("roles", row.roles());
      out.writeStringProperty("level", row.level().name());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeObjectPropertyStart("acceptedSchemes");
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      names(jurisdiction.name(), rulebook.acceptedSchemes(jurisdiction));
    }
    out.writeEndObject();
    out.writeObjectPropertyStart("requiredSchemes");
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      out.writeObjectPropertyStart(jurisdiction.name());
      for (Frequency frequency : Frequency.values()) {
        names(frequency.name(), rulebook.requiredSchemes(jurisdiction, frequency));
      }
      out.writeEndObject();
    }
    out.writeEndObject();
    out.writeObjectPropertyStart("checkValidYears");
    for (CheckScheme scheme : CheckScheme.values()) {
      out.writeNumberProperty(scheme.name(), rulebook.checkValidYears(scheme));
    }
    out.writeEndObject();
    out.writeNumberProperty("trainingValidYears", rulebook.trainingValidYears());
    out.writeEndObject();
  }

  private void policies(Rulebook rulebook) {
    out.writeObjectPropertyStart("policies");
    // An enum map: its entries come in the order of Policy.
    rulebook
        .requiredPolicies()
        .forEach((policy, level) -> out.writeStringProperty(policy.name(), level.name()));
    out.writeEndObject();
  }

  private void controls(Rulebook rulebook) {
    out.writeObjectPropertyStart("controls");
    for (Interaction interaction : Interaction.values()) {
      out.writeObjectPropertyStart(interaction.name());
      names("required", rulebook.requiredControls(interaction));
      names("advised", rulebook.advisedControls(interaction));
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void inference(InferenceTable inference) {
    out.writeObjectPropertyStart("inference");
    out.writeObjectPropertyStart("sessionHijack");
    names("controls", inference.hijackControls());
    out.writeNumberProperty("likelihood", inference.hijackLikelihood());
    out.writeNumberProperty("perMissingControl", inference.hijackPerMissingControl());
    out.writeNumberProperty("severity", inference.hijackSeverity());
    out.writeNumberProperty("severityWithVulnerable", inference.hijackSeverityWithVulnerable());
    out.writeEndObject();
    out.writeObjectPropertyStart("impersonation");
    out.writeNumberProperty("likelihood", inference.impersonationLikelihood());
    out.writeNumberProperty(
        "likelihoodOnPublicAccounts", inference.impersonationLikelihoodOnPublicAccounts());
    out.writeNumberProperty("ifAnyoneUnregistered", inference.impersonationIfAnyoneUnregistered());
    out.writeNumberProperty(
        "ifChildUnverifiedOnPublicAccounts",
        inference.impersonationIfChildUnverifiedOnPublicAccounts());
    out.writeNumberProperty(
        "stepDownIfAdministered", inference.impersonationStepDownIfAdministered());
    out.writeNumberProperty("severity", inference.impersonationSeverity());
    out.writeEndObject();
    out.writeObjectPropertyStart("participantDistress");
    out.writeNumberProperty("likelihood", inference.distressLikelihood());
    out.writeNumberProperty("likelihoodWithoutCover", inference.distressLikelihoodWithoutCover());
    out.writeNumberProperty("severity", inference.distressSeverity());
    out.writeEndObject();
    out.writeEndObject();
  }

  private void riskBands(Rulebook rulebook) {
    out.writeArrayPropertyStart("riskBands");
    for (BandRange row : rulebook.riskMatrix().bands().rows()) {
      out.writeStartObject();
      out.writeNumberProperty("lowest", row.lowest());
      out.writeNumberProperty("highest", row.highest());
      out.writeStringProperty("band", row.band().name());
      out.writeEndObject();
    }
    out.writeEndArray();
  }

  private void admission(Rulebook rulebook) {
    out.writeObjectPropertyStart("admission");
    out.writeNumberProperty(
        "adultsPresentBeforeVulnerable", rulebook.adultsPresentBeforeVulnerable());
    out.writeEndObject();
  }

  private void deadlines(Rulebook rulebook) {
    out.writeObjectPropertyStart("deadlines");
    for (Map.Entry<ResponseAction, Deadline> entry : rulebook.deadlines().entrySet()) {
      out.writeObjectPropertyStart(entry.getKey().name());
      out.writeStringProperty("from", entry.getValue().from().name());
      // Duration prints as PT..H..M..S and Period (of days only) as P..D: both forms the reader
      // takes, each back as the same kind of amount.
      out.writeStringProperty("within", entry.getValue().within().toString());
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  /** A list of enum names; the sets a rulebook holds are enum sets, so in declaration order. */
  private void names(String name, Collection<? extends Enum<?>> values) {
    out.writeArrayPropertyStart(name);
    for (Enum<?> value : values) {
      out.writeString(value.name());
    }
    out.writeEndArray();
  }

  /**
   * The same layout as {@code SafeguardingJson} in safeguarding-core gives plans and assessments.
   */
  private static DefaultPrettyPrinter canonicalPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
