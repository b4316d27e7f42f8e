package org.safeguarding.core.plan;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
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
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}

    /**
     * Builds the participant.
     *
     * @return the participant
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.id: is required})
     */
    @Override
    public Participant build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "participant", super::build);
    }
  }
}
