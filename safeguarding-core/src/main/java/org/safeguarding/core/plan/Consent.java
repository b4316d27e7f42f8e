package org.safeguarding.core.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
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
  public static final class Builder {
    private final ImmutableConsent.Builder generated = new ImmutableConsent.Builder();

    Builder() {}

    /**
     * Copies every value of another consent: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the consent to copy
     * @return this builder
     */
    public Builder from(Consent instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets who gave the consent; required.
     *
     * @param givenBy the giver
     * @return this builder
     */
    public Builder givenBy(ConsentGiver givenBy) {
      generated.givenBy(givenBy);
      return this;
    }

    /**
     * Sets how the consent was confirmed; required.
     *
     * @param verification the verification
     * @return this builder
     */
    public Builder verification(ConsentVerification verification) {
      generated.verification(verification);
      return this;
    }

    /**
     * Adds one to what the consent covers; a consent that covers nothing counts for nothing.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addCover(ConsentScope element) {
      generated.addCover(element);
      return this;
    }

    /**
     * Adds each given to what the consent covers; a consent that covers nothing counts for nothing.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addCovers(ConsentScope... elements) {
      generated.addCovers(elements);
      return this;
    }

    /**
     * Replaces, with those given, what the consent covers; a consent that covers nothing counts for
     * nothing.
     *
     * @param elements the scopes
     * @return this builder
     */
    public Builder covers(Iterable<ConsentScope> elements) {
      generated.covers(elements);
      return this;
    }

    /**
     * Adds every one given to what the consent covers; a consent that covers nothing counts for
     * nothing.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllCovers(Iterable<ConsentScope> elements) {
      generated.addAllCovers(elements);
      return this;
    }

    /**
     * Sets the date the consent was given, in the years 1900 to 2999 (checked when the session plan
     * is built); required.
     *
     * @param given the date
     * @return this builder
     */
    public Builder given(LocalDate given) {
      generated.given(given);
      return this;
    }

    /**
     * Sets the date the consent was withdrawn, not before it was given (checked when the session
     * plan is built); absent when it was not withdrawn.
     *
     * @param withdrawn the date
     * @return this builder
     */
    public Builder withdrawn(LocalDate withdrawn) {
      generated.withdrawn(withdrawn);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the date the consent was withdrawn, not before it
     * was given (checked when the session plan is built); absent when it was not withdrawn.
     *
     * @param withdrawn the date, or empty
     * @return this builder
     */
    public Builder withdrawn(Optional<? extends LocalDate> withdrawn) {
      generated.withdrawn(withdrawn);
      return this;
    }

    /**
     * Builds the consent. Its ids, texts, ranges and dates are checked when the session plan that
     * holds it is built, at their paths in that document.
     *
     * @return the consent
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.given: is required}), listing every one left unset at its path in the consent's
     *     JSON
     */
    public Consent build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "consent", generated::build);
    }
  }
}
