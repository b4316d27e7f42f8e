package org.safeguarding.core.assessment;

import java.util.List;
import java.util.Optional;
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

  /** {@return the guidance it comes from: seed file names and reference names} Never empty. */
  public abstract List<String> sources();

  @Value.Check
  final void checkStructure() {
    StructureChecks checks = new StructureChecks();
    checks.notBlank("$.rule", rule());
    subject().ifPresent(subject -> checks.notBlank("$.subject", subject));
    checks.notBlank("$.message", message());
    checks.notBlank("$.action", action());
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
