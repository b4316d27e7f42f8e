/**
 * The engine that assesses session plans, the rulebook that holds its numbers, and the reports
 * people read.
 *
 * <p>Exported: the engine and its extension points ({@code org.safeguarding.rules}: the engine,
 * {@code Rule} and {@code RuleDescription}, what a rule sees, and the codes of the built-in
 * findings), the rulebook ({@code rulebook}) and the reports ({@code report}). The built-in rules,
 * the door and the incident response live in {@code internal} packages, which are not exported:
 * their answers reach users through the engine.
 */
module org.safeguarding.rules {
  requires transitive org.safeguarding.core;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires static org.immutables.value;
  requires static transitive org.jspecify;

  exports org.safeguarding.rules;
  exports org.safeguarding.rules.rulebook;
  exports org.safeguarding.rules.report;
}
