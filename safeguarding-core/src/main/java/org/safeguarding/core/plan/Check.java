package org.safeguarding.core.plan;

import java.time.LocalDate;
import org.immutables.value.Value;
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
  public static final class Builder extends ImmutableCheck.Builder {
    Builder() {}

    /**
     * Builds the check.
     *
     * @return the check
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.issued: is required})
     */
    @Override
    public Check build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "check", super::build);
    }
  }
}
