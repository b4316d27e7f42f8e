package org.safeguarding.core.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.StructureChecks;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * The engine's answer about one session plan: whether it may run, and why. Findings run from the
 * most serious down (level, then rule, then subject); risks run in priority order.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class Assessment {

  Assessment() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the plan assessed} */
  public abstract String planId();

  /** {@return the rulebook it was assessed with} */
  public abstract RulebookId rulebook();

  /** {@return the date checks, consents and reviews were judged at: the session's start date} */
  public abstract LocalDate asOf();

  /** {@return whether the session may run} */
  public abstract Decision decision();

  /** {@return everything the rules found, most serious first} */
  public abstract List<Finding> findings();

  /** {@return the declared and inferred risks, in the order to deal with them} */
  public abstract List<AssessedRisk> risks();

  /** {@return whose consent each participant needs, in the plan's order of participants} */
  public abstract List<ConsentRequirement> consents();

  /**
   * {@return the supervision figures} Absent only when the rule that works them out failed, in
   * which case the findings hold a {@code RULE_FAILED} blocker and the decision is {@link
   * Decision#DO_NOT_RUN}.
   */
  public abstract Optional<Supervision> supervision();

  /**
   * {@return the findings of one level, in order}
   *
   * @param level the level of findings to return
   */
  public List<Finding> findings(FindingLevel level) {
    return findings().stream().filter(finding -> finding.level() == level).toList();
  }

  /**
   * Builds an {@link Assessment}; {@code build()} throws {@code InvalidPlanException} listing every
   * required value left unset.
   */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}

    /**
     * Builds the assessment.
     *
     * @return the assessment
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.decision: is required})
     */
    @Override
    public Assessment build() {
      return StructureChecks.build(SafeguardingJson.ASSESSMENT, "assessment", super::build);
    }
  }
}
