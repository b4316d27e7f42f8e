package org.safeguarding.examples.bench;

import java.util.List;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * The common rule subset, as one engine runs it: consent requirement by age, the NSPCC ratio with
 * its minimum of adults, and the NPSA risk band. Implementations are built once (rules compiled,
 * rulebook read) and then answer plan after plan; each is safe to share between threads.
 *
 * <p>The subset covers interactive group sessions only, the shape every benchmark plan has; the
 * figures the real rules use for one-to-one sessions and broadcasts are left out.
 */
interface RuleSubset {

  /** The engine's name, for test and benchmark labels. */
  String engine();

  /**
   * Runs the subset over a plan.
   *
   * @param plan an interactive group session
   * @return the answer
   * @throws IllegalArgumentException if the plan is not an interactive group session
   */
  SubsetAnswer answer(SessionPlan plan);

  /** The engines' names, as the benchmarks take them. */
  List<String> ENGINES = List.of("ours", "easy-rules", "drools", "drools-executable-model");

  /**
   * Builds the named engine's subset with the rulebook's numbers.
   *
   * @param engine one of {@link #ENGINES}
   * @param rulebook the rulebook
   * @return the subset, ready to answer
   * @throws IllegalArgumentException if there is no engine of that name
   */
  static RuleSubset named(String engine, Rulebook rulebook) {
    switch (engine) {
      case "ours":
        return new OursSubset(rulebook);
      case "easy-rules":
        return new EasyRulesSubset(rulebook);
      case "drools":
        return new DroolsSubset(rulebook, DroolsSubset.Mode.DRL);
      case "drools-executable-model":
        return new DroolsSubset(rulebook, DroolsSubset.Mode.EXECUTABLE_MODEL);
      default:
        throw new IllegalArgumentException(
            "no rule subset for engine '" + engine + "'; the engines are " + ENGINES);
    }
  }

  /**
   * Checks that a plan is in the subset's scope.
   *
   * @throws IllegalArgumentException if it is not an interactive group session
   */
  static void requireInScope(SessionPlan plan) {
    if (plan.format() != SessionFormat.GROUP || plan.interaction() != Interaction.INTERACTIVE) {
      throw new IllegalArgumentException(
          "the rule subset covers GROUP INTERACTIVE sessions only, but plan "
              + plan.id()
              + " is "
              + plan.format()
              + " "
              + plan.interaction());
    }
  }
}
