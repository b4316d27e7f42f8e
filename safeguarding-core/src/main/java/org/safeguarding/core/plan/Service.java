package org.safeguarding.core.plan;

import java.util.Set;
import org.immutables.value.Value;
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
  public static final class Builder extends ImmutableService.Builder {
    Builder() {}

    /**
     * Builds the service.
     *
     * @return the service
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.name: is required})
     */
    @Override
    public Service build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "service", super::build);
    }
  }
}
