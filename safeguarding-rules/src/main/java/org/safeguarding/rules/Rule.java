package org.safeguarding.rules;

import java.util.List;

/**
 * A rule: reads a plan (with the rulebook and what the engine has worked out) and reports findings.
 * Rules must be stateless and thread-safe, as one engine runs them for every assessment on every
 * thread. A rule that throws does not make the answer quieter: the engine records a {@code
 * RULE_FAILED} blocker naming it, and the decision becomes DO_NOT_RUN.
 */
public interface Rule {

  /**
   * {@return a short name for the rule, such as {@code consent}: a {@code RULE_FAILED} finding
   * names it as its subject}
   */
  String name();

  /** {@return every code the rule can report, described} A rule may report no other code. */
  List<RuleDescription> descriptions();

  /**
   * Reports the rule's findings about one plan through {@link Evaluation#report}.
   *
   * @param evaluation the plan, the rulebook, the engine's working, and where findings go
   */
  void evaluate(Evaluation evaluation);
}
