package org.safeguarding.core.admission;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * Whether one person may come in from the waiting room now, and why not. An {@link Verdict#ADMIT}
 * has no reasons; a {@link Verdict#WAIT} or {@link Verdict#REFUSE} has at least one, each rule
 * once, the most serious first.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class Admission {

  Admission() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the person at the door} */
  public abstract String person();

  /** {@return whether they may come in} */
  public abstract Verdict verdict();

  /** {@return why they must wait or are refused; empty when they are admitted} */
  public abstract List<AdmissionReason> reasons();

  @Value.Check
  final void checkStructure() {
    StructureChecks checks = new StructureChecks();
    checks.id("$.person", person());
    if (verdict() == Verdict.ADMIT && !reasons().isEmpty()) {
      checks.add("$.reasons", "must be empty when the verdict is ADMIT");
    }
    if (verdict() != Verdict.ADMIT && reasons().isEmpty()) {
      checks.add("$.reasons", "must give at least one reason when the verdict is " + verdict());
    }
    Set<String> rules = new HashSet<>();
    for (int i = 0; i < reasons().size(); i++) {
      AdmissionReason reason = reasons().get(i);
      String path = "$.reasons[" + i + "]";
      checks.id(path + ".rule", reason.rule());
      if (!rules.add(reason.rule())) {
        checks.add(path + ".rule", "must appear once in an admission");
      }
      checks.text(path + ".message", reason.message());
      checks.sources(path + ".sources", reason.sources());
    }
    checks.throwIfAny(SafeguardingJson.ADMISSION);
  }

  /**
   * Builds an {@link Admission}; {@code build()} throws {@code InvalidPlanException} listing every
   * required value left unset, or every structural problem.
   */
  public static final class Builder {
    private final ImmutableAdmission.Builder generated = new ImmutableAdmission.Builder();

    Builder() {}

    /**
     * Copies every value of another admission: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the admission to copy
     * @return this builder
     */
    public Builder from(Admission instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the id of the person at the door: not blank, at most 128 characters; required.
     *
     * @param person the id
     * @return this builder
     */
    public Builder person(String person) {
      generated.person(person);
      return this;
    }

    /**
     * Sets whether they may come in; required.
     *
     * @param verdict the verdict
     * @return this builder
     */
    public Builder verdict(Verdict verdict) {
      generated.verdict(verdict);
      return this;
    }

    /**
     * Adds one to why they must wait or are refused ({@link AdmissionReason}), the most serious
     * first, each rule once; empty exactly when the verdict is {@link Verdict#ADMIT}.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addReason(AdmissionReason element) {
      generated.addReason(element);
      return this;
    }

    /**
     * Adds each given to why they must wait or are refused ({@link AdmissionReason}), the most
     * serious first, each rule once; empty exactly when the verdict is {@link Verdict#ADMIT}.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addReasons(AdmissionReason... elements) {
      generated.addReasons(elements);
      return this;
    }

    /**
     * Replaces, with those given, why they must wait or are refused ({@link AdmissionReason}), the
     * most serious first, each rule once; empty exactly when the verdict is {@link Verdict#ADMIT}.
     *
     * @param elements the reasons
     * @return this builder
     */
    public Builder reasons(Iterable<? extends AdmissionReason> elements) {
      generated.reasons(elements);
      return this;
    }

    /**
     * Adds every one given to why they must wait or are refused ({@link AdmissionReason}), the most
     * serious first, each rule once; empty exactly when the verdict is {@link Verdict#ADMIT}.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllReasons(Iterable<? extends AdmissionReason> elements) {
      generated.addAllReasons(elements);
      return this;
    }

    /**
     * Builds the admission.
     *
     * @return the admission
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.verdict: is required}), or the reasons do not
     *     match the verdict, repeat a rule or are invalid, listing every problem at its path in the
     *     admission's JSON
     */
    public Admission build() {
      return StructureChecks.build(SafeguardingJson.ADMISSION, "admission", generated::build);
    }
  }
}
