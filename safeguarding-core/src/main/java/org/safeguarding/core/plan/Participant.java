package org.safeguarding.core.plan;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * A person taking part in the session. Identified by an id only: the model holds no names. Absent
 * safeguards ({@code registered}, {@code identityVerified}, ...) are false, which means "not in
 * place".
 */
@Value.Immutable
@SafeguardingStyle
public abstract class Participant {

  Participant() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, unique across the plan's staff and participants} */
  public abstract String id();

  /**
   * {@return the age in years, when known} An unknown age is judged the most protective way, as a
   * young child.
   */
  public abstract OptionalInt age();

  /** {@return whether they are an adult at risk (Care Act 2014 s42)} */
  @Value.Default
  public boolean atRisk() {
    return false;
  }

  /** {@return their needs that the session must take into account} */
  public abstract Set<Need> needs();

  /** {@return whether they have been assessed as able to decide to take part} */
  @Value.Default
  public Capacity capacity() {
    return Capacity.NOT_ASSESSED;
  }

  /** {@return the consents given for them, in the order given in the plan} */
  public abstract List<Consent> consents();

  /** {@return whether they registered before the session} */
  @Value.Default
  public boolean registered() {
    return false;
  }

  /** {@return whether their identity has been checked} */
  @Value.Default
  public boolean identityVerified() {
    return false;
  }

  /** {@return whether they would be supervised or accompanied at an offline session} */
  @Value.Default
  public boolean supervisedOffline() {
    return false;
  }

  /** {@return whether they are supervised or accompanied online} */
  @Value.Default
  public boolean accompanied() {
    return false;
  }

  /** {@return whether a responsible adult who knows about the session is nearby at home} */
  @Value.Default
  public boolean responsibleAdultAtHome() {
    return false;
  }

  /** {@return where they join from, when known} */
  public abstract Optional<Location> location();

  /** {@return whether their surname shows in their display name} */
  @Value.Default
  public boolean surnameVisible() {
    return false;
  }

  /**
   * Builds a {@link Participant}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset.
   */
  public static final class Builder {
    private final ImmutableParticipant.Builder generated = new ImmutableParticipant.Builder();

    Builder() {}

    /**
     * Copies every value of another participant: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the participant to copy
     * @return this builder
     */
    public Builder from(Participant instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the id, unique across the plan's staff and participants: not blank, at most 128
     * characters (checked when the session plan is built); required.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      generated.id(id);
      return this;
    }

    /**
     * Sets the age in whole years, 0 to 120 (checked when the session plan is built); absent when
     * not known, which is judged the most protective way, as a young child.
     *
     * @param age the age
     * @return this builder
     */
    public Builder age(int age) {
      generated.age(age);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the age in whole years, 0 to 120 (checked when
     * the session plan is built); absent when not known, which is judged the most protective way,
     * as a young child.
     *
     * @param age the age, or empty
     * @return this builder
     */
    public Builder age(OptionalInt age) {
      generated.age(age);
      return this;
    }

    /**
     * Sets whether they are an adult at risk (Care Act 2014 s42); false unless set.
     *
     * @param atRisk whether they are an adult at risk
     * @return this builder
     */
    public Builder atRisk(boolean atRisk) {
      generated.atRisk(atRisk);
      return this;
    }

    /**
     * Adds one to the needs that the session must take into account.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addNeed(Need element) {
      generated.addNeed(element);
      return this;
    }

    /**
     * Adds each given to the needs that the session must take into account.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addNeeds(Need... elements) {
      generated.addNeeds(elements);
      return this;
    }

    /**
     * Replaces, with those given, the needs that the session must take into account.
     *
     * @param elements the needs
     * @return this builder
     */
    public Builder needs(Iterable<Need> elements) {
      generated.needs(elements);
      return this;
    }

    /**
     * Adds every one given to the needs that the session must take into account.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllNeeds(Iterable<Need> elements) {
      generated.addAllNeeds(elements);
      return this;
    }

    /**
     * Sets whether they have been assessed as able to decide to take part; {@link
     * Capacity#NOT_ASSESSED} unless set.
     *
     * @param capacity the capacity
     * @return this builder
     */
    public Builder capacity(Capacity capacity) {
      generated.capacity(capacity);
      return this;
    }

    /**
     * Adds one to the consents given for them ({@link Consent}), in plan order; at most 100
     * (checked when the session plan is built).
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addConsent(Consent element) {
      generated.addConsent(element);
      return this;
    }

    /**
     * Adds each given to the consents given for them ({@link Consent}), in plan order; at most 100
     * (checked when the session plan is built).
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addConsents(Consent... elements) {
      generated.addConsents(elements);
      return this;
    }

    /**
     * Replaces, with those given, the consents given for them ({@link Consent}), in plan order; at
     * most 100 (checked when the session plan is built).
     *
     * @param elements the consents
     * @return this builder
     */
    public Builder consents(Iterable<? extends Consent> elements) {
      generated.consents(elements);
      return this;
    }

    /**
     * Adds every one given to the consents given for them ({@link Consent}), in plan order; at most
     * 100 (checked when the session plan is built).
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllConsents(Iterable<? extends Consent> elements) {
      generated.addAllConsents(elements);
      return this;
    }

    /**
     * Sets whether they registered before the session; false, meaning not in place, unless set.
     *
     * @param registered whether they registered
     * @return this builder
     */
    public Builder registered(boolean registered) {
      generated.registered(registered);
      return this;
    }

    /**
     * Sets whether their identity has been checked; false, meaning not in place, unless set.
     *
     * @param identityVerified whether their identity is checked
     * @return this builder
     */
    public Builder identityVerified(boolean identityVerified) {
      generated.identityVerified(identityVerified);
      return this;
    }

    /**
     * Sets whether they would be supervised or accompanied at an offline session; false unless set.
     *
     * @param supervisedOffline whether they would be supervised offline
     * @return this builder
     */
    public Builder supervisedOffline(boolean supervisedOffline) {
      generated.supervisedOffline(supervisedOffline);
      return this;
    }

    /**
     * Sets whether they are supervised or accompanied online; false, meaning not in place, unless
     * set.
     *
     * @param accompanied whether they are accompanied
     * @return this builder
     */
    public Builder accompanied(boolean accompanied) {
      generated.accompanied(accompanied);
      return this;
    }

    /**
     * Sets whether a responsible adult who knows about the session is nearby at home; false,
     * meaning not in place, unless set.
     *
     * @param responsibleAdultAtHome whether an adult is at home
     * @return this builder
     */
    public Builder responsibleAdultAtHome(boolean responsibleAdultAtHome) {
      generated.responsibleAdultAtHome(responsibleAdultAtHome);
      return this;
    }

    /**
     * Sets where they join from; absent when not known.
     *
     * @param location the location
     * @return this builder
     */
    public Builder location(Location location) {
      generated.location(location);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, where they join from; absent when not known.
     *
     * @param location the location, or empty
     * @return this builder
     */
    public Builder location(Optional<? extends Location> location) {
      generated.location(location);
      return this;
    }

    /**
     * Sets whether their surname shows in their display name; false unless set.
     *
     * @param surnameVisible whether their surname shows
     * @return this builder
     */
    public Builder surnameVisible(boolean surnameVisible) {
      generated.surnameVisible(surnameVisible);
      return this;
    }

    /**
     * Builds the participant. Its ids, texts, ranges and dates are checked when the session plan
     * that holds it is built, at their paths in that document.
     *
     * @return the participant
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.id: is required}), listing every one left unset at its path in the participant's
     *     JSON
     */
    public Participant build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "participant", generated::build);
    }
  }
}
