package org.safeguarding.core.plan;

import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/** The service a session belongs to, and the organisation's arrangements behind it. */
@Value.Immutable
@SafeguardingStyle
public abstract class Service {

  Service() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the service's name, for reports} Free text: redacted from {@code toString()}. */
  @Value.Redacted
  public abstract String name();

  /** {@return the nation whose law and vetting scheme apply} */
  public abstract Jurisdiction jurisdiction();

  /** {@return how often the session runs; {@link Frequency#REGULAR} unless given} */
  @Value.Default
  public Frequency frequency() {
    return Frequency.REGULAR;
  }

  /** {@return the written policies in place; any not listed are taken as missing} */
  public abstract Set<Policy> policies();

  /** {@return whether the organisation has approved the sessions' remit} */
  @Value.Default
  public boolean remitApproved() {
    return false;
  }

  /** {@return whether the local authority's safeguarding contact is known} */
  @Value.Default
  public boolean localAuthorityContactKnown() {
    return false;
  }

  /**
   * Builds a {@link Service}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset.
   */
  public static final class Builder {
    private final ImmutableService.Builder generated = new ImmutableService.Builder();

    Builder() {}

    /**
     * Copies every value of another service: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the service to copy
     * @return this builder
     */
    public Builder from(Service instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the service's name, for reports: free text, not blank, at most 10,000 characters
     * (checked when the session plan is built); redacted from {@code toString()}; required.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      generated.name(name);
      return this;
    }

    /**
     * Sets the nation whose law and vetting scheme apply; required.
     *
     * @param jurisdiction the jurisdiction
     * @return this builder
     */
    public Builder jurisdiction(Jurisdiction jurisdiction) {
      generated.jurisdiction(jurisdiction);
      return this;
    }

    /**
     * Sets how often the session runs; {@link Frequency#REGULAR} unless set.
     *
     * @param frequency the frequency
     * @return this builder
     */
    public Builder frequency(Frequency frequency) {
      generated.frequency(frequency);
      return this;
    }

    /**
     * Adds one to the written policies in place; any not listed are taken as missing.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addPolicy(Policy element) {
      generated.addPolicy(element);
      return this;
    }

    /**
     * Adds each given to the written policies in place; any not listed are taken as missing.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addPolicies(Policy... elements) {
      generated.addPolicies(elements);
      return this;
    }

    /**
     * Replaces, with those given, the written policies in place; any not listed are taken as
     * missing.
     *
     * @param elements the policies
     * @return this builder
     */
    public Builder policies(Iterable<Policy> elements) {
      generated.policies(elements);
      return this;
    }

    /**
     * Adds every one given to the written policies in place; any not listed are taken as missing.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllPolicies(Iterable<Policy> elements) {
      generated.addAllPolicies(elements);
      return this;
    }

    /**
     * Sets whether the organisation has approved the sessions' remit; false unless set.
     *
     * @param remitApproved whether the remit is approved
     * @return this builder
     */
    public Builder remitApproved(boolean remitApproved) {
      generated.remitApproved(remitApproved);
      return this;
    }

    /**
     * Sets whether the local authority's safeguarding contact is known; false unless set.
     *
     * @param localAuthorityContactKnown whether the contact is known
     * @return this builder
     */
    public Builder localAuthorityContactKnown(boolean localAuthorityContactKnown) {
      generated.localAuthorityContactKnown(localAuthorityContactKnown);
      return this;
    }

    /**
     * Builds the service. Its ids, texts, ranges and dates are checked when the session plan that
     * holds it is built, at their paths in that document.
     *
     * @return the service
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.name: is required}), listing every one left unset at its path in the service's
     *     JSON
     */
    public Service build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "service", generated::build);
    }
  }
}
