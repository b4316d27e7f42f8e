package org.safeguarding.rules;

import java.util.List;
import java.util.Objects;
import org.safeguarding.core.admission.Verdict;

/**
 * What one reason code at the door means: the verdict it gives, what triggers it, and the guidance
 * it comes from. The user documentation of the door's codes is checked against these.
 */
public final class AdmissionRule {

  private final String code;
  private final Verdict verdict;
  private final String trigger;
  private final List<String> sources;

  private AdmissionRule(String code, Verdict verdict, String trigger, List<String> sources) {
    this.code = Objects.requireNonNull(code, "code");
    this.verdict = Objects.requireNonNull(verdict, "verdict");
    this.trigger = Objects.requireNonNull(trigger, "trigger");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("admission rule " + code + " must cite a source");
    }
    this.sources = List.copyOf(sources);
  }

  /**
   * Describes a reason code of the door.
   *
   * @param code the code, such as {@code ADMIT_AWAIT_ADULTS}
   * @param verdict the verdict it gives
   * @param trigger what makes the door give it, in one sentence
   * @param sources the guidance it comes from; at least one
   * @return the description
   * @throws IllegalArgumentException if no source is given
   */
  public static AdmissionRule of(String code, Verdict verdict, String trigger, String... sources) {
    return new AdmissionRule(code, verdict, trigger, List.of(sources));
  }

  /** {@return the code, a stable public identifier such as {@code ADMIT_AWAIT_ADULTS}} */
  public String code() {
    return code;
  }

  /** {@return the verdict it gives: {@code WAIT} or {@code REFUSE}} */
  public Verdict verdict() {
    return verdict;
  }

  /** {@return what makes it fire, in one sentence} */
  public String trigger() {
    return trigger;
  }

  /** {@return the guidance it comes from; at least one} */
  public List<String> sources() {
    return sources;
  }

  @Override
  public String toString() {
    return code + " [" + verdict + "]";
  }
}
