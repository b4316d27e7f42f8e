package org.safeguarding.core.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * One thing a rule found about a plan, explained: what it is, what to do, and the guidance it comes
 * from. Messages and actions name people by id only.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class Finding {

  Finding() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the rule's code, a stable public identifier such as {@code CONSENT_MISSING}} */
  public abstract String rule();

  /** {@return how much it weighs} */
  public abstract FindingLevel level();

  /**
   * {@return the id of the participant, staff member or risk, or the name of the policy or control,
   * that the finding is about; absent when it is about the whole session}
   */
  public abstract Optional<String> subject();

  /** {@return what was found, in one sentence} */
  public abstract String message();

  /** {@return what to do about it} */
  public abstract String action();

  /**
   * {@return the key stem of the catalogue template the message and action were written from, such
   * as {@code PLATFORM_CONTROL_MISSING} or {@code PLATFORM_CONTROL_MISSING.advised}: the finding's
   * code, then a variant after a dot; absent when the rule wrote its own words}
   */
  public abstract Optional<String> template();

  /**
   * {@return the values the message and action were written with, by name, in the order given:
   * names are identifiers ({@code participant}, {@code requiredLevel}), values are ids, enum
   * constant names, numbers or dates, never free text from the plan} Empty when there are none.
   */
  public abstract Map<String, String> parameters();

  /** {@return the guidance it comes from: seed file names and reference names} Never empty. */
  public abstract List<String> sources();

  /** The most parameters a finding may carry. */
  public static final int MAX_PARAMETERS = 32;

  /** A template's key stem: a code, then optionally a variant after a dot. */
  public static final Pattern TEMPLATE =
      Pattern.compile("[A-Z][A-Z0-9_]{0,63}(?:\\.[a-z][A-Za-z0-9]{0,63})?");

  /** A parameter's name: an identifier starting with a lower-case letter. */
  public static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

  @Value.Check
  final void checkStructure() {
    StructureChecks checks = new StructureChecks();
    checks.notBlank("$.rule", rule());
    subject().ifPresent(subject -> checks.notBlank("$.subject", subject));
    checks.notBlank("$.message", message());
    checks.notBlank("$.action", action());
    template()
        .filter(template -> !TEMPLATE.matcher(template).matches())
        .ifPresent(
            template ->
                checks.add(
                    "$.template",
                    "must be a code, optionally followed by a dot and a variant such as advised"));
    if (parameters().size() > MAX_PARAMETERS) {
      checks.add("$.parameters", "must hold at most " + MAX_PARAMETERS + " entries");
    } else {
      for (Map.Entry<String, String> parameter : parameters().entrySet()) {
        if (!PARAMETER_NAME.matcher(parameter.getKey()).matches()) {
          checks.add(
              "$.parameters",
              "must name each parameter with letters and digits, starting with a lower-case"
                  + " letter");
        } else {
          checks.id("$.parameters." + parameter.getKey(), parameter.getValue());
        }
      }
    }
    if (sources().isEmpty()) {
      checks.add("$.sources", "must cite at least one source");
    }
    for (int i = 0; i < sources().size(); i++) {
      checks.notBlank("$.sources[" + i + "]", sources().get(i));
    }
    checks.throwIfAny(SafeguardingJson.ASSESSMENT, "finding");
  }

  /**
   * Builds a {@link Finding}; {@code build()} throws {@code InvalidPlanException} listing every
   * required value left unset, or every structural problem.
   */
  public static final class Builder {
    private final ImmutableFinding.Builder generated = new ImmutableFinding.Builder();

    Builder() {}

    /**
     * Copies every value of another finding: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the finding to copy
     * @return this builder
     */
    public Builder from(Finding instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the rule's code, a stable public identifier such as {@code CONSENT_MISSING}: not blank;
     * required.
     *
     * @param rule the code
     * @return this builder
     */
    public Builder rule(String rule) {
      generated.rule(rule);
      return this;
    }

    /**
     * Sets how much the finding weighs; required.
     *
     * @param level the level
     * @return this builder
     */
    public Builder level(FindingLevel level) {
      generated.level(level);
      return this;
    }

    /**
     * Sets the id of the participant, staff member or risk, or the name of the policy or control,
     * that the finding is about: not blank; absent when it is about the whole session.
     *
     * @param subject the subject
     * @return this builder
     */
    public Builder subject(String subject) {
      generated.subject(subject);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the id of the participant, staff member or risk,
     * or the name of the policy or control, that the finding is about: not blank; absent when it is
     * about the whole session.
     *
     * @param subject the subject, or empty
     * @return this builder
     */
    public Builder subject(Optional<String> subject) {
      generated.subject(subject);
      return this;
    }

    /**
     * Sets what was found, in one sentence naming people by id only: not blank; required.
     *
     * @param message the message
     * @return this builder
     */
    public Builder message(String message) {
      generated.message(message);
      return this;
    }

    /**
     * Sets what to do about it, naming people by id only: not blank; required.
     *
     * @param action the action
     * @return this builder
     */
    public Builder action(String action) {
      generated.action(action);
      return this;
    }

    /**
     * Sets the key stem of the catalogue template the message and action were written from: the
     * finding's code, then optionally a dot and a variant ({@code
     * PLATFORM_CONTROL_MISSING.advised}); absent when the rule wrote its own words.
     *
     * @param template the key stem
     * @return this builder
     */
    public Builder template(String template) {
      generated.template(template);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the key stem of the catalogue template the
     * message and action were written from.
     *
     * @param template the key stem, or empty
     * @return this builder
     */
    public Builder template(Optional<String> template) {
      generated.template(template);
      return this;
    }

    /**
     * Adds one value the message and action were written with, after those already added: a name of
     * letters and digits starting with a lower-case letter, and a value that is an id, an enum
     * constant's name, a number or a date (not blank); at most {@value Finding#MAX_PARAMETERS}.
     *
     * @param name the parameter's name
     * @param value its value
     * @return this builder
     */
    public Builder putParameter(String name, String value) {
      generated.putParameter(name, value);
      return this;
    }

    /**
     * Adds one value the message and action were written with, after those already added; name and
     * value as for {@link #putParameter(String, String)}.
     *
     * @param entry the parameter's name and value
     * @return this builder
     */
    public Builder putParameter(Map.Entry<String, String> entry) {
      generated.putParameter(entry);
      return this;
    }

    /**
     * Adds, in their order, values the message and action were written with, after those already
     * added; names and values as for {@link #putParameter(String, String)}.
     *
     * @param parameters the values by name
     * @return this builder
     */
    public Builder putAllParameters(Map<String, String> parameters) {
      generated.putAllParameters(parameters);
      return this;
    }

    /**
     * Replaces, with those given in their order, the values the message and action were written
     * with; names and values as for {@link #putParameter(String, String)}.
     *
     * @param parameters the values by name
     * @return this builder
     */
    public Builder parameters(Map<String, String> parameters) {
      generated.parameters(parameters);
      return this;
    }

    /**
     * Adds one to the guidance the finding comes from, seed file names and reference names; at
     * least one, each not blank.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addSource(String element) {
      generated.addSource(element);
      return this;
    }

    /**
     * Adds each given to the guidance the finding comes from, seed file names and reference names;
     * at least one, each not blank.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addSources(String... elements) {
      generated.addSources(elements);
      return this;
    }

    /**
     * Replaces, with those given, the guidance the finding comes from, seed file names and
     * reference names; at least one, each not blank.
     *
     * @param elements the sources
     * @return this builder
     */
    public Builder sources(Iterable<String> elements) {
      generated.sources(elements);
      return this;
    }

    /**
     * Adds every one given to the guidance the finding comes from, seed file names and reference
     * names; at least one, each not blank.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllSources(Iterable<String> elements) {
      generated.addAllSources(elements);
      return this;
    }

    /**
     * Builds the finding.
     *
     * @return the finding
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.level: is required}), or a text is blank or no
     *     source is cited, listing every problem at its path in the finding's JSON
     */
    public Finding build() {
      return StructureChecks.build(SafeguardingJson.ASSESSMENT, "finding", generated::build);
    }
  }
}
