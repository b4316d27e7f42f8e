package org.safeguarding.rules;

import java.util.List;
import java.util.Objects;
import org.safeguarding.core.response.ResponseAction;

/**
 * What one action of an incident response means: when it is called for, who owns it, and the
 * guidance it comes from. Its deadline is in the rulebook. The user documentation of the actions is
 * checked against these.
 */
public final class ActionRule {

  private final ResponseAction action;
  private final String trigger;
  private final String owner;
  private final List<String> sources;

  private ActionRule(ResponseAction action, String trigger, String owner, List<String> sources) {
    this.action = Objects.requireNonNull(action, "action");
    this.trigger = Objects.requireNonNull(trigger, "trigger");
    this.owner = Objects.requireNonNull(owner, "owner");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("action " + action + " must cite a source");
    }
    this.sources = List.copyOf(sources);
  }

  /**
   * Describes an action an incident response can call for.
   *
   * @param action the action
   * @param trigger what calls for it, in one sentence
   * @param owner who owns it when the plan names nobody, in words
   * @param sources the guidance it comes from; at least one
   * @return the description
   * @throws IllegalArgumentException if no source is given
   */
  public static ActionRule of(
      ResponseAction action, String trigger, String owner, String... sources) {
    return new ActionRule(action, trigger, owner, List.of(sources));
  }

  /** {@return the action} */
  public ResponseAction action() {
    return action;
  }

  /** {@return when it is called for, in one sentence} */
  public String trigger() {
    return trigger;
  }

  /** {@return who owns it, in one sentence} */
  public String owner() {
    return owner;
  }

  /**
   * {@return the guidance it comes from; at least one} A planned action cites those of them that
   * apply to its incident: the procedures on telling a child's family, for example, only after a
   * disclosure about a child.
   */
  public List<String> sources() {
    return sources;
  }

  @Override
  public String toString() {
    return action.name();
  }
}
