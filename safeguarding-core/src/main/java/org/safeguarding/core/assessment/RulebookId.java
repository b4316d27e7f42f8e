package org.safeguarding.core.assessment;

import java.util.Optional;
import org.immutables.value.Value;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * The name and version of the rulebook an assessment was made with and, for a layered rulebook, the
 * name and version of the rulebook it is based on.
 */
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

  /**
   * Returns the id of a layered rulebook: one that states only its changes to a base.
   *
   * @param name the rulebook's name, such as {@code three-adults-online}
   * @param version its version, such as {@code 2026.1}
   * @param basedOn the id of the rulebook it is based on, such as {@code uk-default 2026.2}
   * @return the id
   * @throws IllegalArgumentException if {@code basedOn} has a base of its own: a layer is based on
   *     a whole rulebook
   */
  public static RulebookId of(String name, String version, RulebookId basedOn) {
    if (basedOn.basedOn().isPresent()) {
      throw new IllegalArgumentException(
          "a rulebook is based on a whole rulebook, but " + basedOn + " is a layer");
    }
    return new ImmutableRulebookId.Builder().name(name).version(version).basedOn(basedOn).build();
  }

  /** {@return the name} */
  @Value.Parameter
  public abstract String name();

  /** {@return the version} */
  @Value.Parameter
  public abstract String version();

  /** {@return the rulebook this one is based on, when it is a layer; empty for a whole rulebook} */
  public abstract Optional<RulebookId> basedOn();

  @Override
  public String toString() {
    return name() + " " + version() + basedOn().map(base -> " (based on " + base + ")").orElse("");
  }
}
