package org.safeguarding.core.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * A member of staff or a volunteer at the session. Identified by an id only: the model holds no
 * names.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class StaffMember {

  StaffMember() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id, unique across the plan's staff and participants} */
  public abstract String id();

  /**
   * {@return the age in years, when given; staff are presumed adults unless an age under 18 is
   * given}
   */
  public abstract OptionalInt age();

  /** {@return what this person does in the session} */
  public abstract Set<StaffRole> roles();

  /** {@return whether they use the organisation's account rather than a personal one} */
  @Value.Default
  public boolean organisationAccount() {
    return false;
  }

  /** {@return their criminal-records check, if they have one} */
  public abstract Optional<Check> check();

  /** {@return when they last completed safeguarding training, if ever} */
  public abstract Optional<LocalDate> trainingCompleted();

  /**
   * Builds a {@link StaffMember}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset.
   */
  public static final class Builder {
    private final ImmutableStaffMember.Builder generated = new ImmutableStaffMember.Builder();

    Builder() {}

    /**
     * Copies every value of another staff member: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the staff member to copy
     * @return this builder
     */
    public Builder from(StaffMember instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the id, unique across the plan's staff and participants: not blank, at most 128
     * characters (checked when the session plan is built); required.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      generated.id(id);
      return this;
    }

    /**
     * Sets the age in whole years, 0 to 120 (checked when the session plan is built); absent when
     * not given, and staff are presumed adults unless an age under 18 is given.
     *
     * @param age the age
     * @return this builder
     */
    public Builder age(int age) {
      generated.age(age);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the age in whole years, 0 to 120 (checked when
     * the session plan is built); absent when not given, and staff are presumed adults unless an
     * age under 18 is given.
     *
     * @param age the age, or empty
     * @return this builder
     */
    public Builder age(OptionalInt age) {
      generated.age(age);
      return this;
    }

    /**
     * Adds one to what this person does in the session.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addRole(StaffRole element) {
      generated.addRole(element);
      return this;
    }

    /**
     * Adds each given to what this person does in the session.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addRoles(StaffRole... elements) {
      generated.addRoles(elements);
      return this;
    }

    /**
     * Replaces, with those given, what this person does in the session.
     *
     * @param elements the roles
     * @return this builder
     */
    public Builder roles(Iterable<StaffRole> elements) {
      generated.roles(elements);
      return this;
    }

    /**
     * Adds every one given to what this person does in the session.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllRoles(Iterable<StaffRole> elements) {
      generated.addAllRoles(elements);
      return this;
    }

    /**
     * Sets whether they use the organisation's account rather than a personal one; false unless
     * set.
     *
     * @param organisationAccount whether they use the organisation's account
     * @return this builder
     */
    public Builder organisationAccount(boolean organisationAccount) {
      generated.organisationAccount(organisationAccount);
      return this;
    }

    /**
     * Sets their criminal-records check ({@link Check}); absent when they have none.
     *
     * @param check the check
     * @return this builder
     */
    public Builder check(Check check) {
      generated.check(check);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, their criminal-records check ({@link Check});
     * absent when they have none.
     *
     * @param check the check, or empty
     * @return this builder
     */
    public Builder check(Optional<? extends Check> check) {
      generated.check(check);
      return this;
    }

    /**
     * Sets the date they last completed safeguarding training, in the years 1900 to 2999 (checked
     * when the session plan is built); absent when never.
     *
     * @param trainingCompleted the date
     * @return this builder
     */
    public Builder trainingCompleted(LocalDate trainingCompleted) {
      generated.trainingCompleted(trainingCompleted);
      return this;
    }

    /**
     * Sets, or with an empty value leaves absent, the date they last completed safeguarding
     * training, in the years 1900 to 2999 (checked when the session plan is built); absent when
     * never.
     *
     * @param trainingCompleted the date, or empty
     * @return this builder
     */
    public Builder trainingCompleted(Optional<? extends LocalDate> trainingCompleted) {
      generated.trainingCompleted(trainingCompleted);
      return this;
    }

    /**
     * Builds the staff member. Its ids, texts, ranges and dates are checked when the session plan
     * that holds it is built, at their paths in that document.
     *
     * @return the staff member
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.id: is required}), listing every one left unset at its path in the staff
     *     member's JSON
     */
    public StaffMember build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "staff member", generated::build);
    }
  }
}
