package org.safeguarding.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * One assessment in progress, as a rule sees it: the plan, the rulebook, what the engine has worked
 * out (the facts about people, the consents, the supervision figures, the rated risks), and {@link
 * #report} for findings. Used by one thread for one assessment.
 */
public final class Evaluation {

  private final SessionFacts facts;
  private final Rulebook rulebook;
  private final List<ConsentRequirement> consents;
  private final @Nullable Supervision supervision;
  private final List<AssessedRisk> risks;
  private final List<Finding> findings = new ArrayList<>();
  private Map<String, RuleDescription> running = Map.of();

  Evaluation(
      SessionFacts facts,
      Rulebook rulebook,
      List<ConsentRequirement> consents,
      @Nullable Supervision supervision,
      List<AssessedRisk> risks) {
    this.facts = facts;
    this.rulebook = rulebook;
    // Read-only, so that no rule can change what the engine reports or other rules read.
    this.consents = Collections.unmodifiableList(consents);
    this.supervision = supervision;
    this.risks = Collections.unmodifiableList(risks);
  }

  /** {@return the plan being assessed} */
  public SessionPlan plan() {
    return facts.plan();
  }

  /** {@return the rulebook} */
  public Rulebook rulebook() {
    return rulebook;
  }

  /** {@return the date everything is judged at} */
  public LocalDate asOf() {
    return facts.asOf();
  }

  /** {@return who counts as a child, as vulnerable, as a checked adult} */
  public SessionFacts facts() {
    return facts;
  }

  /**
   * {@return whose consent each participant needs, in the plan's order of participants (one entry
   * each), or empty if working it out failed}
   */
  public List<ConsentRequirement> consents() {
    return consents;
  }

  /** {@return the supervision figures, unless working them out failed} */
  public Optional<Supervision> supervision() {
    return Optional.ofNullable(supervision);
  }

  /** {@return the declared and inferred risks, rated, in priority order} */
  public List<AssessedRisk> risks() {
    return risks;
  }

  /**
   * Reports a finding of a rule that has one level.
   *
   * @param rule the description of the code found; one of the running rule's
   * @param subject the id or name the finding is about, or null for the whole session
   * @param message what was found, naming people by id only
   * @param action what to do about it
   * @throws IllegalArgumentException if the rule has more than one level, or is not the running
   *     rule's
   */
  public void report(
      RuleDescription rule, @Nullable String subject, String message, String action) {
    if (rule.levels().size() != 1) {
      throw new IllegalArgumentException(
          "rule " + rule.code() + " has several levels, so its findings must name one");
    }
    report(rule, rule.levels().iterator().next(), subject, message, action);
  }

  /**
   * Reports a finding at one of the rule's levels.
   *
   * @param rule the description of the code found; one of the running rule's
   * @param level the finding's level; one of the rule's
   * @param subject the id or name the finding is about, or null for the whole session
   * @param message what was found, naming people by id only
   * @param action what to do about it
   * @throws IllegalArgumentException if the level is not one of the rule's, or the rule is not the
   *     running rule's
   */
  public void report(
      RuleDescription rule,
      FindingLevel level,
      @Nullable String subject,
      String message,
      String action) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(level, "level");
    // Judged by what the rule described when the engine was built, so that a rule cannot later
    // claim another rule's code (or its levels, or its sources).
    @Nullable RuleDescription described = running.get(rule.code());
    if (described == null) {
      throw new IllegalArgumentException(
          "rule code " + rule.code() + " is not one of the running rule's descriptions");
    }
    if (!described.levels().contains(level)) {
      throw new IllegalArgumentException(
          "rule " + rule.code() + " is reported at " + described.levels() + ", not " + level);
    }
    add(described, level, subject, message, action);
  }

  private void add(
      RuleDescription rule,
      FindingLevel level,
      @Nullable String subject,
      String message,
      String action) {
    findings.add(
        Finding.builder()
            .rule(rule.code())
            .level(level)
            .subject(Optional.ofNullable(subject))
            .message(message)
            .action(action)
            .sources(rule.sources())
            .build());
  }

  /** Sets the codes the running rule described when the engine was built; none between rules. */
  void running(Map<String, RuleDescription> descriptions) {
    this.running = descriptions;
  }

  List<Finding> findings() {
    return findings;
  }
}
