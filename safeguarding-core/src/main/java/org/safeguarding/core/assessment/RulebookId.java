package org.safeguarding.core.assessment;

import org.immutables.value.Value;
import org.safeguarding.core.value.SafeguardingStyle;

/** The name and version of the rulebook an assessment was made with. */
@Value.Immutable
@SafeguardingStyle
public abstract class RulebookId {

  RulebookId() {}

  /**
   * Returns a rulebook id.
   *
   * @param name the rulebook's name, such as {@code uk-default}
   * @param version its version, such as {@code 2026.1}
   * @return the id
   */
  public static RulebookId of(String name, String version) {
    return ImmutableRulebookId.of(name, version);
  }

  /** {@return the name} */
  @Value.Parameter
  public abstract String name();

  /** {@return the version} */
  @Value.Parameter
  public abstract String version();

  @Override
  public String toString() {
    return name() + " " + version();
  }
}
