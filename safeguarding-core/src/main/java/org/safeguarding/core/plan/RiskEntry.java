package org.safeguarding.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * An entry of the session's risk register: a hazard with its likelihood and severity (1–5 each),
 * and optionally the residual pair once mitigations are in place. The free text ({@code
 * description}, {@code mitigations}, {@code owner}) is redacted from {@code toString()}.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class RiskEntry {

  RiskEntry() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the id, unique across the register} Ids starting {@code inferred-} are the engine's.
   */
  public abstract String id();

  /** {@return the kind of harm} */
  public abstract Hazard hazard();

  /** {@return the area of the assessment it belongs to} */
  public abstract RiskArea area();

  /** {@return the likelihood before mitigation, 1 (rare) to 5 (almost certain)} */
  public abstract int likelihood();

  /** {@return the severity before mitigation, 1 (negligible) to 5 (catastrophic)} */
  public abstract int severity();

  /** {@return the likelihood once mitigated; given together with {@link #residualSeverity()}} */
  public abstract OptionalInt residualLikelihood();

  /** {@return the severity once mitigated; given together with {@link #residualLikelihood()}} */
  public abstract OptionalInt residualSeverity();

  /** {@return what is done to reduce the risk} Free text. */
  @Value.Redacted
  public abstract List<String> mitigations();

  /** {@return who owns the risk} Free text. */
  @Value.Redacted
  public abstract Optional<String> owner();

  /** {@return when the entry must next be reviewed} */
  public abstract Optional<LocalDate> reviewBy();

  /** {@return a description of the risk} Free text. */
  @Value.Redacted
  public abstract Optional<String> description();

  /**
   * Builds a {@link RiskEntry}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset.
   */
  public static final class Builder {
    private final ImmutableRiskEntry.Builder generated = new ImmutableRiskEntry.Builder();

    Builder() {}

    /**
     * Copies every value of another risk: each value it has replaces the one set here, an optional
     * value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the risk to copy
     * @return this builder
     */
    public Builder from(RiskEntry instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the id, unique across the register: not blank, at most 128 characters, not starting
     * {@code inferred-} (checked when the session plan is built); required.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      generated.id(id);
      return this;
    }

    /**
     * Sets the kind of harm; required.
     *
     * @param hazard the hazard
     * @return this builder
     */
    public Builder hazard(Hazard hazard) {
      generated.hazard(hazard);
      return this;
    }

    /**
     * Sets the area of the assessment the risk belongs to; required.
     *
     * @param area the area
     * @return this builder
     */
    public Builder area(RiskArea area) {
      generated.area(area);
      return this;
    }

    /**
     * Sets the likelihood before mitigation, 1 (rare) to 5 (almost certain) (checked when the
     * session plan is built); required.
     *
     * @param likelihood the likelihood
     * @return this builder
     */
    public Builder likelihood(int likelihood) {
      generated.likelihood(likelihood);
      return this;
    }

    /**
     * Sets the severity before mitigation, 1 (negligible) to 5 (catastrophic) (checked when the
     * session plan is built); required.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(int severity) {
      generated.severity(severity);
      return this;
    }

    /**
     * Sets the likelihood once mitigated, 1 to 5, given together with the residual severity
     * (checked when the session plan is built); absent when no residual rating is given.
     *
     * @param residualLikelihood the likelihood
     * @return this builder
     */
    public Builder residualLikelihood(int residualLikelihood) {
      generated.residualLikelihood(residualLikelihood);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the likelihood once mitigated, 1 to 5, given
     * together with the residual severity (checked when the session plan is built); absent when no
     * residual rating is given.
     *
     * @param residualLikelihood the likelihood, or empty
     * @return this builder
     */
    public Builder residualLikelihood(OptionalInt residualLikelihood) {
      generated.residualLikelihood(residualLikelihood);
      return this;
    }

    /**
     * Sets the severity once mitigated, 1 to 5, given together with the residual likelihood
     * (checked when the session plan is built); absent when no residual rating is given.
     *
     * @param residualSeverity the severity
     * @return this builder
     */
    public Builder residualSeverity(int residualSeverity) {
      generated.residualSeverity(residualSeverity);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the severity once mitigated, 1 to 5, given
     * together with the residual likelihood (checked when the session plan is built); absent when
     * no residual rating is given.
     *
     * @param residualSeverity the severity, or empty
     * @return this builder
     */
    public Builder residualSeverity(OptionalInt residualSeverity) {
      generated.residualSeverity(residualSeverity);
      return this;
    }

    /**
     * Adds one to what is done to reduce the risk: free text, each not blank and at most 10,000
     * characters, at most 100 (checked when the session plan is built); redacted from {@code
     * toString()}.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addMitigation(String element) {
      generated.addMitigation(element);
      return this;
    }

    /**
     * Adds each given to what is done to reduce the risk: free text, each not blank and at most
     * 10,000 characters, at most 100 (checked when the session plan is built); redacted from {@code
     * toString()}.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addMitigations(String... elements) {
      generated.addMitigations(elements);
      return this;
    }

    /**
     * Replaces, with those given, what is done to reduce the risk: free text, each not blank and at
     * most 10,000 characters, at most 100 (checked when the session plan is built); redacted from
     * {@code toString()}.
     *
     * @param elements the mitigations
     * @return this builder
     */
    public Builder mitigations(Iterable<String> elements) {
      generated.mitigations(elements);
      return this;
    }

    /**
     * Adds every one given to what is done to reduce the risk: free text, each not blank and at
     * most 10,000 characters, at most 100 (checked when the session plan is built); redacted from
     * {@code toString()}.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllMitigations(Iterable<String> elements) {
      generated.addAllMitigations(elements);
      return this;
    }

    /**
     * Sets who owns the risk: free text, not blank, at most 10,000 characters (checked when the
     * session plan is built); redacted from {@code toString()}; absent when not named.
     *
     * @param owner the owner
     * @return this builder
     */
    public Builder owner(String owner) {
      generated.owner(owner);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, who owns the risk: free text, not blank, at most
     * 10,000 characters (checked when the session plan is built); redacted from {@code toString()};
     * absent when not named.
     *
     * @param owner the owner, or empty
     * @return this builder
     */
    public Builder owner(Optional<String> owner) {
      generated.owner(owner);
      return this;
    }

    /**
     * Sets when the entry must next be reviewed, in the years 1900 to 2999 (checked when the
     * session plan is built); absent when not set.
     *
     * @param reviewBy the date
     * @return this builder
     */
    public Builder reviewBy(LocalDate reviewBy) {
      generated.reviewBy(reviewBy);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, when the entry must next be reviewed, in the
     * years 1900 to 2999 (checked when the session plan is built); absent when not set.
     *
     * @param reviewBy the date, or empty
     * @return this builder
     */
    public Builder reviewBy(Optional<? extends LocalDate> reviewBy) {
      generated.reviewBy(reviewBy);
      return this;
    }

    /**
     * Sets a description of the risk: free text, not blank, at most 10,000 characters (checked when
     * the session plan is built); redacted from {@code toString()}; absent when not given.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      generated.description(description);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, a description of the risk: free text, not blank,
     * at most 10,000 characters (checked when the session plan is built); redacted from {@code
     * toString()}; absent when not given.
     *
     * @param description the description, or empty
     * @return this builder
     */
    public Builder description(Optional<String> description) {
      generated.description(description);
      return this;
    }

    /**
     * Builds the risk. Its ids, texts, ranges and dates are checked when the session plan that
     * holds it is built, at their paths in that document.
     *
     * @return the risk
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.hazard: is required}), listing every one left unset at its path in the risk's
     *     JSON
     */
    public RiskEntry build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "risk", generated::build);
    }
  }
}
