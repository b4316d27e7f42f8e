package org.safeguarding.core.plan;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * Something that happened in a session and needs a response: what kind, who it concerns, whether
 * they were removed, whether a life is at risk, when, and which member of staff handled it.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class Incident {

  Incident() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the incident's id} */
  public abstract String id();

  /** {@return the id of the participant it concerns, if any} */
  public abstract Optional<String> participant();

  /** {@return what happened} */
  public abstract IncidentKind kind();

  /**
   * {@return whether the participant was removed from the session} A removal must name the
   * participant removed.
   */
  @Value.Default
  public boolean removed() {
    return false;
  }

  /** {@return whether anyone's life is at risk} */
  @Value.Default
  public boolean riskToLife() {
    return false;
  }

  /** {@return when it happened} */
  public abstract Instant occurredAt();

  /** {@return the id of the member of staff who handled it, if any} */
  public abstract Optional<String> handledBy();

  @Value.Check
  final void checkStructure() {
    StructureChecks checks = new StructureChecks();
    checks.id("$.id", id());
    participant().ifPresent(id -> checks.id("$.participant", id));
    if (removed() && participant().isEmpty()) {
      checks.add("$.participant", "is required when removed is true: name who was removed");
    }
    checks.instant("$.occurredAt", occurredAt());
    handledBy().ifPresent(id -> checks.id("$.handledBy", id));
    checks.throwIfAny(SafeguardingJson.INCIDENT);
  }

  /**
   * Builds an {@link Incident}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset, or every structural problem.
   */
  public static final class Builder {
    private final ImmutableIncident.Builder generated = new ImmutableIncident.Builder();

    Builder() {}

    /**
     * Copies every value of another incident: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the incident to copy
     * @return this builder
     */
    public Builder from(Incident instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the incident's id: not blank, at most 128 characters; required.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      generated.id(id);
      return this;
    }

    /**
     * Sets the id of the participant the incident concerns; required when {@code removed} is true,
     * absent when it concerns no one participant.
     *
     * @param participant the participant id
     * @return this builder
     */
    public Builder participant(String participant) {
      generated.participant(participant);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the id of the participant the incident concerns;
     * required when {@code removed} is true, absent when it concerns no one participant.
     *
     * @param participant the participant id, or empty
     * @return this builder
     */
    public Builder participant(Optional<String> participant) {
      generated.participant(participant);
      return this;
    }

    /**
     * Sets what happened; required.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(IncidentKind kind) {
      generated.kind(kind);
      return this;
    }

    /**
     * Sets whether the participant was removed from the session, which then requires {@code
     * participant}; false unless set.
     *
     * @param removed whether the participant was removed
     * @return this builder
     */
    public Builder removed(boolean removed) {
      generated.removed(removed);
      return this;
    }

    /**
     * Sets whether anyone's life is at risk; false unless set.
     *
     * @param riskToLife whether a life is at risk
     * @return this builder
     */
    public Builder riskToLife(boolean riskToLife) {
      generated.riskToLife(riskToLife);
      return this;
    }

    /**
     * Sets when it happened, in the years 1900 to 2999; required.
     *
     * @param occurredAt the instant
     * @return this builder
     */
    public Builder occurredAt(Instant occurredAt) {
      generated.occurredAt(occurredAt);
      return this;
    }

    /**
     * Sets the id of the member of staff who handled it; absent when none did.
     *
     * @param handledBy the staff id
     * @return this builder
     */
    public Builder handledBy(String handledBy) {
      generated.handledBy(handledBy);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the id of the member of staff who handled it;
     * absent when none did.
     *
     * @param handledBy the staff id, or empty
     * @return this builder
     */
    public Builder handledBy(Optional<String> handledBy) {
      generated.handledBy(handledBy);
      return this;
    }

    /**
     * Builds the incident.
     *
     * @return the incident
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.kind: is required}), or an id or the instant is invalid, or the participant
     *     removed is not named, listing every problem at its path in the incident's JSON
     */
    public Incident build() {
      return StructureChecks.build(SafeguardingJson.INCIDENT, "incident", generated::build);
    }
  }
}
