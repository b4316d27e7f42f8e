package org.safeguarding.core.assessment;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.StructureChecks;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * One thing a rule found about a plan, explained: what it is, what to do, and the guidance it comes
 * from. Messages and actions name people by id only.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class Finding {

  Finding() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the rule's code, a stable public identifier such as {@code CONSENT_MISSING}} */
  public abstract String rule();

  /** {@return how much it weighs} */
  public abstract FindingLevel level();

  /**
   * {@return the id of the participant, staff member or risk, or the name of the policy or control,
   * that the finding is about; absent when it is about the whole session}
   */
  public abstract Optional<String> subject();

  /** {@return what was found, in one sentence} */
  public abstract String message();

  /** {@return what to do about it} */
  public abstract String action();

  /** {@return the guidance it comes from: seed file names and reference names} Never empty. */
  public abstract List<String> sources();

  @Value.Check
  void check() {
    requireText(rule(), "rule");
    requireText(message(), "message");
    requireText(action(), "action");
    subject().ifPresent(subject -> requireText(subject, "subject"));
    if (sources().isEmpty()) {
      throw new IllegalStateException("finding " + rule() + " must cite at least one source");
    }
    sources().forEach(source -> requireText(source, "source"));
  }

  private void requireText(String text, String name) {
    if (text.isBlank()) {
      throw new IllegalStateException("finding " + rule() + " must have a non-blank " + name);
    }
  }

  /**
   * Builds a {@link Finding}; {@code build()} throws {@code InvalidPlanException} listing every
   * required value left unset.
   */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}

    /**
     * Builds the finding.
     *
     * @return the finding
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.level: is required})
     * @throws IllegalStateException if the values break the finding's invariants
     */
    @Override
    public Finding build() {
      return StructureChecks.build(SafeguardingJson.ASSESSMENT, "finding", super::build);
    }
  }
}
