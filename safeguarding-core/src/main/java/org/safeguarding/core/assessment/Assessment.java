package org.safeguarding.core.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
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
  public static final class Builder {
    private final ImmutableAssessment.Builder generated = new ImmutableAssessment.Builder();

    Builder() {}

    /**
     * Copies every value of another assessment: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the assessment to copy
     * @return this builder
     */
    public Builder from(Assessment instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the id of the plan assessed; required.
     *
     * @param planId the plan id
     * @return this builder
     */
    public Builder planId(String planId) {
      generated.planId(planId);
      return this;
    }

    /**
     * Sets the name and version of the rulebook the plan was assessed with; required.
     *
     * @param rulebook the rulebook id
     * @return this builder
     */
    public Builder rulebook(RulebookId rulebook) {
      generated.rulebook(rulebook);
      return this;
    }

    /**
     * Sets the date checks, consents and reviews were judged at: the session's start date;
     * required.
     *
     * @param asOf the date
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      generated.asOf(asOf);
      return this;
    }

    /**
     * Sets whether the session may run; required.
     *
     * @param decision the decision
     * @return this builder
     */
    public Builder decision(Decision decision) {
      generated.decision(decision);
      return this;
    }

    /**
     * Adds one to everything the rules found ({@link Finding}), most serious first.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addFinding(Finding element) {
      generated.addFinding(element);
      return this;
    }

    /**
     * Adds each given to everything the rules found ({@link Finding}), most serious first.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addFindings(Finding... elements) {
      generated.addFindings(elements);
      return this;
    }

    /**
     * Replaces, with those given, everything the rules found ({@link Finding}), most serious first.
     *
     * @param elements the findings
     * @return this builder
     */
    public Builder findings(Iterable<? extends Finding> elements) {
      generated.findings(elements);
      return this;
    }

    /**
     * Adds every one given to everything the rules found ({@link Finding}), most serious first.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllFindings(Iterable<? extends Finding> elements) {
      generated.addAllFindings(elements);
      return this;
    }

    /**
     * Adds one to the declared and inferred risks ({@link AssessedRisk}), in the order to deal with
     * them.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addRisk(AssessedRisk element) {
      generated.addRisk(element);
      return this;
    }

    /**
     * Adds each given to the declared and inferred risks ({@link AssessedRisk}), in the order to
     * deal with them.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addRisks(AssessedRisk... elements) {
      generated.addRisks(elements);
      return this;
    }

    /**
     * Replaces, with those given, the declared and inferred risks ({@link AssessedRisk}), in the
     * order to deal with them.
     *
     * @param elements the risks
     * @return this builder
     */
    public Builder risks(Iterable<? extends AssessedRisk> elements) {
      generated.risks(elements);
      return this;
    }

    /**
     * Adds every one given to the declared and inferred risks ({@link AssessedRisk}), in the order
     * to deal with them.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllRisks(Iterable<? extends AssessedRisk> elements) {
      generated.addAllRisks(elements);
      return this;
    }

    /**
     * Adds one to whose consent each participant needs ({@link ConsentRequirement}), in the plan's
     * order of participants.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addConsent(ConsentRequirement element) {
      generated.addConsent(element);
      return this;
    }

    /**
     * Adds each given to whose consent each participant needs ({@link ConsentRequirement}), in the
     * plan's order of participants.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addConsents(ConsentRequirement... elements) {
      generated.addConsents(elements);
      return this;
    }

    /**
     * Replaces, with those given, whose consent each participant needs ({@link
     * ConsentRequirement}), in the plan's order of participants.
     *
     * @param elements the requirements
     * @return this builder
     */
    public Builder consents(Iterable<? extends ConsentRequirement> elements) {
      generated.consents(elements);
      return this;
    }

    /**
     * Adds every one given to whose consent each participant needs ({@link ConsentRequirement}), in
     * the plan's order of participants.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllConsents(Iterable<? extends ConsentRequirement> elements) {
      generated.addAllConsents(elements);
      return this;
    }

    /**
     * Sets the supervision figures; absent only when the rule that works them out failed.
     *
     * @param supervision the supervision
     * @return this builder
     */
    public Builder supervision(Supervision supervision) {
      generated.supervision(supervision);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the supervision figures; absent only when the
     * rule that works them out failed.
     *
     * @param supervision the supervision, or empty
     * @return this builder
     */
    public Builder supervision(Optional<? extends Supervision> supervision) {
      generated.supervision(supervision);
      return this;
    }

    /**
     * Builds the assessment.
     *
     * @return the assessment
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.decision: is required}), listing every one left
     *     unset at its path in the assessment's JSON
     */
    public Assessment build() {
      return StructureChecks.build(SafeguardingJson.ASSESSMENT, "assessment", generated::build);
    }
  }
}
