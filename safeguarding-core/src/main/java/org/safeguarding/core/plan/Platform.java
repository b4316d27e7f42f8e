package org.safeguarding.core.plan;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
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

  /**
   * {@return which product the platform is, when the plan says; reports then name its settings in
   * its own words} It changes no judgement.
   */
  public abstract Optional<PlatformFamily> family();

  /** {@return the controls switched on; any not listed are taken as off} */
  public abstract Set<PlatformControl> controls();

  /**
   * Builds a {@link Platform}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset.
   */
  public static final class Builder {
    private final ImmutablePlatform.Builder generated = new ImmutablePlatform.Builder();

    Builder() {}

    /**
     * Copies every value of another platform: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the platform to copy
     * @return this builder
     */
    public Builder from(Platform instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the platform's name, for reports: free text, not blank, at most 10,000 characters
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
     * Sets what kind of accounts participants join with; required.
     *
     * @param accounts the account type
     * @return this builder
     */
    public Builder accounts(AccountType accounts) {
      generated.accounts(accounts);
      return this;
    }

    /**
     * Sets which product the platform is, so that reports name its settings in its own words;
     * absent means neutral words. It changes no judgement.
     *
     * @param family the family
     * @return this builder
     */
    public Builder family(PlatformFamily family) {
      generated.family(family);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, which product the platform is; absent means
     * neutral words in reports.
     *
     * @param family the family, or empty
     * @return this builder
     */
    public Builder family(Optional<? extends PlatformFamily> family) {
      generated.family(family);
      return this;
    }

    /**
     * Adds one to the security controls switched on; any not listed are taken as off.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addControl(PlatformControl element) {
      generated.addControl(element);
      return this;
    }

    /**
     * Adds each given to the security controls switched on; any not listed are taken as off.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addControls(PlatformControl... elements) {
      generated.addControls(elements);
      return this;
    }

    /**
     * Replaces, with those given, the security controls switched on; any not listed are taken as
     * off.
     *
     * @param elements the controls
     * @return this builder
     */
    public Builder controls(Iterable<PlatformControl> elements) {
      generated.controls(elements);
      return this;
    }

    /**
     * Adds every one given to the security controls switched on; any not listed are taken as off.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllControls(Iterable<PlatformControl> elements) {
      generated.addAllControls(elements);
      return this;
    }

    /**
     * Builds the platform. Its ids, texts, ranges and dates are checked when the session plan that
     * holds it is built, at their paths in that document.
     *
     * @return the platform
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.accounts: is required}), listing every one left unset at its path in the
     *     platform's JSON
     */
    public Platform build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "platform", generated::build);
    }
  }
}
