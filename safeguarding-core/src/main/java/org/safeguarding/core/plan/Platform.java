package org.safeguarding.core.plan;

import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/** The platform the session runs on and the security controls switched on for it. */
@Value.Immutable
@SafeguardingStyle
public abstract class Platform {

  Platform() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the platform's name, for reports} Free text: redacted from {@code toString()}. */
  @Value.Redacted
  public abstract String name();

  /** {@return what kind of accounts participants join with} */
  public abstract AccountType accounts();

  /** {@return the controls switched on; any not listed are taken as off} */
  public abstract Set<PlatformControl> controls();

  /**
   * Builds a {@link Platform}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset.
   */
  public static final class Builder extends ImmutablePlatform.Builder {
    Builder() {}

    /**
     * Builds the platform.
     *
     * @return the platform
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.accounts: is required})
     */
    @Override
    public Platform build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "platform", super::build);
    }
  }
}
