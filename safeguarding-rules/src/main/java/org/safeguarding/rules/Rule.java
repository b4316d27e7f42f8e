package org.safeguarding.rules;

import java.util.List;
import java.util.function.Consumer;

/**
 * A rule: reads a plan (with the rulebook and what the engine has worked out) and reports findings.
 * Rules must be stateless and thread-safe, as one engine runs them for every assessment on every
 * thread. A rule that throws does not make the answer quieter: the engine records a {@code
 * RULE_FAILED} blocker naming it and the type of what it threw, and the decision becomes
 * DO_NOT_RUN.
 *
 * <p>An organisation's rule is usually made with {@link #of}:
 *
 * <pre>{@code
 * static final RuleDescription LATE = RuleDescription.of("LATE_SESSION", FindingLevel.WARNING,
 *     "A session ends after the organisation's latest time.", "Finish earlier.", "Our policy s4");
 *
 * Rule late = Rule.of("late-session", List.of(LATE), evaluation -> {
 *   if (endsTooLate(evaluation)) {
 *     evaluation.report(LATE).message("the session ends at 21:30").action("Finish by 21:00");
 *   }
 * });
 * }</pre>
 */
public interface Rule {

  /**
   * {@return a short name for the rule, such as {@code consent}: a {@code RULE_FAILED} finding
   * names it as its subject, and the rulebook's {@code extensions} section names its settings by
   * it}
   */
  String name();

  /** {@return every code the rule can report, described} A rule may report no other code. */
  List<RuleDescription> descriptions();

  /**
   * {@return the settings the rule reads from the rulebook's {@code extensions} section, under its
   * name} The engine reads and checks them when it is built; none by default.
   */
  default List<Setting<?>> settings() {
    return List.of();
  }

  /**
   * Reports the rule's findings about one plan through {@link Evaluation#report(String)}.
   *
   * @param evaluation the plan, the rulebook, the engine's working, and where findings go
   */
  void evaluate(Evaluation evaluation);

  /**
   * Makes a rule from its name, the codes it reports and its check.
   *
   * @param name the rule's name, such as {@code late-session}
   * @param descriptions every code it can report; at least one
   * @param check what it does for each plan: stateless and thread-safe
   * @return the rule
   * @throws IllegalArgumentException if the name is blank or no code is described
   */
  static Rule of(String name, List<RuleDescription> descriptions, Consumer<Evaluation> check) {
    return of(name, descriptions, List.of(), check);
  }

  /**
   * Makes a rule from its name, the codes it reports, the settings it reads from the rulebook's
   * {@code extensions} section, and its check.
   *
   * @param name the rule's name, such as {@code late-session}; its settings sit under this name
   * @param descriptions every code it can report; at least one
   * @param settings the settings it reads through {@link Evaluation#setting}
   * @param check what it does for each plan: stateless and thread-safe
   * @return the rule
   * @throws IllegalArgumentException if the name is blank, no code is described, or two settings
   *     share a name
   */
  static Rule of(
      String name,
      List<RuleDescription> descriptions,
      List<Setting<?>> settings,
      Consumer<Evaluation> check) {
    return new DefinedRule(name, descriptions, settings, check);
  }
}
