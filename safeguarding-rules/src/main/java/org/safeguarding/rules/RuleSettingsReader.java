package org.safeguarding.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguarding.core.internal.json.JsonPaths;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.rules.rulebook.InvalidRulebookException;
import org.safeguarding.rules.rulebook.RuleSettings;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Reads each rule's settings from the rulebook's {@code extensions} section when the engine is
 * built, so that a missing, misspelt or out-of-range setting, or a section for a rule the engine
 * does not have, stops the engine being built rather than being ignored.
 */
final class RuleSettingsReader {

  private RuleSettingsReader() {}

  /**
   * Reads every rule's settings.
   *
   * @return for each rule's name, the value of each of its settings
   * @throws InvalidRulebookException listing every problem with its path
   */
  static Map<String, Map<Setting<?>, Object>> read(Rulebook rulebook, List<Rule> rules) {
    List<PlanProblem> problems = new ArrayList<>();
    Map<String, Map<Setting<?>, Object>> byRule = new HashMap<>();
    Set<String> names = new HashSet<>();
    String extensions = JsonPaths.field("$", "extensions");
    for (Rule rule : rules) {
      names.add(rule.name());
      List<Setting<?>> declared = List.copyOf(rule.settings());
      Optional<RuleSettings> given = Optional.ofNullable(rulebook.extensions().get(rule.name()));
      String section = JsonPaths.field(extensions, rule.name());
      Map<Setting<?>, Object> values = new HashMap<>();
      Set<String> known = new HashSet<>();
      for (Setting<?> setting : declared) {
        if (!known.add(setting.name())) {
          throw new IllegalArgumentException(
              "rule " + rule.name() + " has two settings named " + setting.name());
        }
        Optional<Object> raw = given.flatMap(settings -> settings.value(setting.name()));
        Optional<?> value = setting.read(raw.orElse(null));
        if (value.isPresent()) {
          values.put(setting, value.get());
        } else {
          problems.add(
              PlanProblem.of(
                  JsonPaths.field(section, setting.name()),
                  raw.isPresent() ? setting.expectation() : "is required"));
        }
      }
      given.ifPresent(
          settings -> {
            for (String name : settings.names()) {
              if (!known.contains(name)) {
                problems.add(
                    PlanProblem.of(
                        JsonPaths.field(section, name), "is not a setting of rule " + rule.name()));
              }
            }
          });
      byRule.put(rule.name(), values);
    }
    for (String name : rulebook.extensions().keySet()) {
      if (!names.contains(name)) {
        problems.add(
            PlanProblem.of(JsonPaths.field(extensions, name), "names no rule of this engine"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRulebookException(problems);
    }
    return byRule;
  }
}
