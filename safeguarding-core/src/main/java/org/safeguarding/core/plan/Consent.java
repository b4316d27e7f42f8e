package org.safeguarding.core.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/** A consent given for a participant, and what it covers. */
@Value.Immutable
@SafeguardingStyle
public abstract class Consent {

  Consent() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return who gave it} */
  public abstract ConsentGiver givenBy();

  /** {@return how it was confirmed} */
  public abstract ConsentVerification verification();

  /** {@return what it covers; a consent that covers nothing counts for nothing} */
  public abstract Set<ConsentScope> covers();

  /** {@return the date it was given} */
  public abstract LocalDate given();

  /** {@return the date it was withdrawn, if it was} */
  public abstract Optional<LocalDate> withdrawn();

  /**
   * Builds a {@link Consent}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset.
   */
  public static final class Builder extends ImmutableConsent.Builder {
    Builder() {}

    /**
     * Builds the consent.
     *
     * @return the consent
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.given: is required})
     */
    @Override
    public Consent build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "consent", super::build);
    }
  }
}
