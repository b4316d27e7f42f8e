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
  final void checkStructure() {
    StructureChecks checks = new StructureChecks();
    checks.notBlank("$.rule", rule());
    subject().ifPresent(subject -> checks.notBlank("$.subject", subject));
    checks.notBlank("$.message", message());
    checks.notBlank("$.action", action());
    if (sources().isEmpty()) {
      checks.add("$.sources", "must cite at least one source");
    }
    for (int i = 0; i < sources().size(); i++) {
      checks.notBlank("$.sources[" + i + "]", sources().get(i));
    }
    checks.throwIfAny(SafeguardingJson.ASSESSMENT, "finding");
  }

  /**
   * Builds a {@link Finding}; {@code build()} throws {@code InvalidPlanException} listing every
   * required value left unset, or every structural problem.
   */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}

    /**
     * Builds the finding.
     *
     * @return the finding
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.level: is required}), or every broken invariant at
     *     its path
     */
    @Override
    public Finding build() {
      return StructureChecks.build(SafeguardingJson.ASSESSMENT, "finding", super::build);
    }
  }
}
