package org.safeguarding.core.admission;

import java.util.List;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * One reason for a verdict at the door: the rule's code, what it means for this person, and the
 * guidance it comes from. Messages name people by id only. It is checked as part of the {@link
 * Admission} that holds it.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class AdmissionReason {

  AdmissionReason() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the rule's code, a stable public identifier such as {@code ADMIT_AWAIT_ADULTS}} */
  public abstract String rule();

  /** {@return what it means for this person, in one sentence} */
  public abstract String message();

  /** {@return the guidance it comes from: seed file names and reference names} Never empty. */
  public abstract List<String> sources();

  /**
   * Builds an {@link AdmissionReason}; {@code build()} throws {@code InvalidPlanException} listing
   * every required value left unset.
   */
  public static final class Builder {
    private final ImmutableAdmissionReason.Builder generated =
        new ImmutableAdmissionReason.Builder();

    Builder() {}

    /**
     * Copies every value of another admission reason: each value it has replaces the one set here,
     * an optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the admission reason to copy
     * @return this builder
     */
    public Builder from(AdmissionReason instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the rule's code, such as {@code ADMIT_AWAIT_ADULTS}: a valid id, once per admission
     * (checked when the admission is built); required.
     *
     * @param rule the code
     * @return this builder
     */
    public Builder rule(String rule) {
      generated.rule(rule);
      return this;
    }

    /**
     * Sets what the reason means for this person, in one sentence naming people by id only: not
     * blank, at most 10,000 characters (checked when the admission is built); required.
     *
     * @param message the message
     * @return this builder
     */
    public Builder message(String message) {
      generated.message(message);
      return this;
    }

    /**
     * Adds one to the guidance the reason comes from, seed file names and reference names; at least
     * one, each not blank (checked when the admission is built).
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addSource(String element) {
      generated.addSource(element);
      return this;
    }

    /**
     * Adds each given to the guidance the reason comes from, seed file names and reference names;
     * at least one, each not blank (checked when the admission is built).
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addSources(String... elements) {
      generated.addSources(elements);
      return this;
    }

    /**
     * Replaces, with those given, the guidance the reason comes from, seed file names and reference
     * names; at least one, each not blank (checked when the admission is built).
     *
     * @param elements the sources
     * @return this builder
     */
    public Builder sources(Iterable<String> elements) {
      generated.sources(elements);
      return this;
    }

    /**
     * Adds every one given to the guidance the reason comes from, seed file names and reference
     * names; at least one, each not blank (checked when the admission is built).
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllSources(Iterable<String> elements) {
      generated.addAllSources(elements);
      return this;
    }

    /**
     * Builds the admission reason. Its ids, texts, ranges and dates are checked when the admission
     * that holds it is built, at their paths in that document.
     *
     * @return the admission reason
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.rule: is required}), listing every one left unset
     *     at its path in the admission reason's JSON
     */
    public AdmissionReason build() {
      return StructureChecks.build(
          SafeguardingJson.ADMISSION, "admission reason", generated::build);
    }
  }
}
