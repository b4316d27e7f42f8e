package org.safeguarding.core.plan;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/** A criminal-records check held by a member of staff. */
@Value.Immutable
@SafeguardingStyle
public abstract class Check {

  Check() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the scheme the check was made under} */
  public abstract CheckScheme scheme();

  /** {@return the level of the check} */
  public abstract CheckLevel level();

  /** {@return the date the certificate was issued} */
  public abstract LocalDate issued();

  /**
   * Builds a {@link Check}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset.
   */
  public static final class Builder {
    private final ImmutableCheck.Builder generated = new ImmutableCheck.Builder();

    Builder() {}

    /**
     * Copies every value of another check: each value it has replaces the one set here, an optional
     * value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the check to copy
     * @return this builder
     */
    public Builder from(Check instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the scheme the check was made under; required.
     *
     * @param scheme the scheme
     * @return this builder
     */
    public Builder scheme(CheckScheme scheme) {
      generated.scheme(scheme);
      return this;
    }

    /**
     * Sets the level of the check; required.
     *
     * @param level the level
     * @return this builder
     */
    public Builder level(CheckLevel level) {
      generated.level(level);
      return this;
    }

    /**
     * Sets the date the certificate was issued, in the years 1900 to 2999 (checked when the session
     * plan is built); required.
     *
     * @param issued the date
     * @return this builder
     */
    public Builder issued(LocalDate issued) {
      generated.issued(issued);
      return this;
    }

    /**
     * Builds the check. Its ids, texts, ranges and dates are checked when the session plan that
     * holds it is built, at their paths in that document.
     *
     * @return the check
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.issued: is required}), listing every one left unset at its path in the check's
     *     JSON
     */
    public Check build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "check", generated::build);
    }
  }
}
