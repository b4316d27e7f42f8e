package org.safeguarding.core.assessment;

import java.util.Optional;
import org.immutables.value.Value;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.value.SafeguardingStyle;

/** Whose consent a participant needs to take part, and whether it is in place. */
@Value.Immutable
@SafeguardingStyle
public abstract class ConsentRequirement {

  ConsentRequirement() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the participant's id} */
  public abstract String participant();

  /**
   * {@return who must consent; absent when no consent is required} For a person of 16 or over who
   * lacks capacity this is {@link ConsentGiver#BEST_INTERESTS_DECISION}, which an attorney's
   * consent also meets.
   */
  public abstract Optional<ConsentGiver> requiredFrom();

  /** {@return whether it is in place} */
  public abstract ConsentStatus status();

  @Value.Check
  void check() {
    if (requiredFrom().isPresent() == (status() == ConsentStatus.NOT_REQUIRED)) {
      throw new IllegalStateException(
          "a consent requirement names who must consent exactly when consent is required");
    }
  }

  /** Builds a {@link ConsentRequirement}. */
  public static final class Builder extends ImmutableConsentRequirement.Builder {
    Builder() {}
  }
}
