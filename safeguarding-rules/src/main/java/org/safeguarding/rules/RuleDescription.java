package org.safeguarding.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.FindingLevel;

/**
 * What one rule code means: the levels it can be reported at, what triggers it, what to do about
 * it, and the guidance it comes from. Every finding a rule reports names one of its descriptions,
 * and the user documentation of the rule catalogue is checked against these.
 *
 * <p>It also says what a BLOCKER of the code does to the decision and at the waiting-room door. By
 * default a blocker stops the session (DO_NOT_RUN) and keeps every participant waiting while the
 * plan holds it, whatever its subject, so that a custom rule's blocker takes part without saying
 * more; a description may narrow that, as the built-in codes about one participant's consent do.
 */
public final class RuleDescription {

  /** Whom a BLOCKER of a code keeps in the waiting room. */
  public enum DoorHold {
    /** Every participant waits while the plan holds the blocker; staff may still come in. */
    EVERY_PARTICIPANT,
    /**
     * Only the participant the finding is about waits (when its subject is a participant of the
     * plan; otherwise every participant does).
     */
    ITS_PARTICIPANT
  }

  private final String code;
  private final Set<FindingLevel> levels;
  private final String trigger;
  private final String action;
  private final List<String> sources;
  private final boolean postpones;
  private final DoorHold doorHold;
  private final @Nullable String doorReason;

  private RuleDescription(
      String code, Set<FindingLevel> levels, String trigger, String action, List<String> sources) {
    this(code, levels, trigger, action, sources, false, DoorHold.EVERY_PARTICIPANT, null);
  }

  private RuleDescription(
      String code,
      Set<FindingLevel> levels,
      String trigger,
      String action,
      List<String> sources,
      boolean postpones,
      DoorHold doorHold,
      @Nullable String doorReason) {
    this.code = requireCode(code);
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("rule " + code + " must have at least one level");
    }
    EnumSet<FindingLevel> copy = EnumSet.noneOf(FindingLevel.class);
    copy.addAll(levels);
    this.levels = Collections.unmodifiableSet(copy);
    this.trigger = requireText(code, "trigger", trigger);
    this.action = requireText(code, "action", action);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("rule " + code + " must cite at least one source");
    }
    sources.forEach(source -> requireText(code, "source", source));
    this.sources = List.copyOf(sources);
    this.postpones = postpones;
    this.doorHold = doorHold;
    this.doorReason = doorReason;
  }

  /**
   * Describes a rule reported at one level.
   *
   * @param code the code: capital letters, digits and underscores, starting with a letter
   * @param level the level its findings have
   * @param trigger what makes it fire, in one sentence
   * @param action what to do about it, in general terms
   * @param sources the guidance it comes from; at least one
   * @return the description
   * @throws IllegalArgumentException if the code is malformed or any text is blank
   */
  public static RuleDescription of(
      String code, FindingLevel level, String trigger, String action, String... sources) {
    return new RuleDescription(code, EnumSet.of(level), trigger, action, List.of(sources));
  }

  /**
   * Describes a rule whose findings can have more than one level.
   *
   * @param code the code: capital letters, digits and underscores, starting with a letter
   * @param levels the levels its findings can have
   * @param trigger what makes it fire at each level, in one sentence
   * @param action what to do about it, in general terms
   * @param sources the guidance it comes from; at least one
   * @return the description
   * @throws IllegalArgumentException if the code is malformed, no level is given or any text is
   *     blank
   */
  public static RuleDescription withLevels(
      String code, Set<FindingLevel> levels, String trigger, String action, String... sources) {
    return new RuleDescription(code, levels, trigger, action, List.of(sources));
  }

  private static String requireCode(String code) {
    Objects.requireNonNull(code, "code");
    boolean wellFormed = !code.isEmpty() && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z';
    for (int i = 0; i < code.length() && wellFormed; i++) {
      char c = code.charAt(i);
      wellFormed = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (!wellFormed || code.length() > 64) {
      throw new IllegalArgumentException(
          "rule code must be 1 to 64 capital letters, digits and underscores starting with a"
              + " letter, not \""
              + code
              + "\"");
    }
    return code;
  }

  private static String requireText(String code, String what, String text) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException("rule " + code + " must have a non-blank " + what);
    }
    return text;
  }

  /**
   * {@return a copy whose BLOCKER postpones the session (POSTPONE) rather than stopping it
   * (DO_NOT_RUN), when nothing else blocks it}
   */
  public RuleDescription postponing() {
    return new RuleDescription(code, levels, trigger, action, sources, true, doorHold, doorReason);
  }

  /**
   * {@return a copy whose BLOCKER about a participant keeps only that participant in the waiting
   * room}
   */
  public RuleDescription holdingOnlyItsParticipant() {
    return new RuleDescription(
        code, levels, trigger, action, sources, postpones, DoorHold.ITS_PARTICIPANT, doorReason);
  }

  /**
   * Returns a copy whose BLOCKER the door gives in its own words: while the door gives that reason
   * it does not add ADMIT_SESSION_BLOCKED for the finding too. The door still holds the person with
   * ADMIT_SESSION_BLOCKED if, for any reason, it does not give its own.
   *
   * @param admissionCode a code of the door's, such as {@code ADMIT_CONSENT_MISSING}
   * @return the copy
   */
  public RuleDescription givenAtTheDoorAs(String admissionCode) {
    return new RuleDescription(
        code,
        levels,
        trigger,
        action,
        sources,
        postpones,
        doorHold,
        requireText(code, "admission code", admissionCode));
  }

  /** {@return whether a BLOCKER of this code postpones the session rather than stopping it} */
  public boolean postpones() {
    return postpones;
  }

  /** {@return whom a BLOCKER of this code keeps in the waiting room} */
  public DoorHold doorHold() {
    return doorHold;
  }

  /** {@return the door's own code for a BLOCKER of this code, if it has one} */
  public Optional<String> doorReason() {
    return Optional.ofNullable(doorReason);
  }

  /** {@return the code, a stable public identifier such as {@code CONSENT_MISSING}} */
  public String code() {
    return code;
  }

  /** {@return the levels its findings can have, most serious first} */
  public Set<FindingLevel> levels() {
    return levels;
  }

  /** {@return what makes it fire} */
  public String trigger() {
    return trigger;
  }

  /** {@return what to do about it, in general terms (each finding says it for its own subject)} */
  public String action() {
    return action;
  }

  /** {@return the guidance it comes from} */
  public List<String> sources() {
    return sources;
  }

  @Override
  public String toString() {
    return code + " " + levels;
  }
}
