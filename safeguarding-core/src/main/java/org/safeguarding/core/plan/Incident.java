package org.safeguarding.core.plan;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
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
  public static final class Builder extends ImmutableIncident.Builder {
    Builder() {}

    /**
     * Builds the incident.
     *
     * @return the incident
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.kind: is required}), or the incident breaks a structural rule
     */
    @Override
    public Incident build() {
      return StructureChecks.build(SafeguardingJson.INCIDENT, "incident", super::build);
    }
  }
}
