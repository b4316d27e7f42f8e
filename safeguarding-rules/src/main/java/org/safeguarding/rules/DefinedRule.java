package org.safeguarding.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/** A rule made by {@link Rule#of} from its parts. */
final class DefinedRule implements Rule {

  private final String name;
  private final List<RuleDescription> descriptions;
  private final List<Setting<?>> settings;
  private final Consumer<Evaluation> check;

  DefinedRule(
      String name,
      List<RuleDescription> descriptions,
      List<Setting<?>> settings,
      Consumer<Evaluation> check) {
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("rule name must not be blank");
    }
    this.descriptions = List.copyOf(descriptions);
    if (this.descriptions.isEmpty()) {
      throw new IllegalArgumentException("rule " + name + " must describe at least one code");
    }
    this.settings = List.copyOf(settings);
    Set<String> names = new HashSet<>();
    for (Setting<?> setting : this.settings) {
      if (!names.add(setting.name())) {
        throw new IllegalArgumentException(
            "rule " + name + " has two settings named " + setting.name());
      }
    }
    this.check = Objects.requireNonNull(check, "check");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<RuleDescription> descriptions() {
    return descriptions;
  }

  @Override
  public List<Setting<?>> settings() {
    return settings;
  }

  @Override
  public void evaluate(Evaluation evaluation) {
    check.accept(evaluation);
  }

  @Override
  public String toString() {
    return "rule " + name;
  }
}
