package org.safeguarding.core.admission;

import java.util.List;
import org.immutables.value.Value;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.StructureChecks;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * One reason for a verdict at the door: the rule's code, what it means for this person, and the
 * guidance it comes from. Messages name people by id only. It is checked as part of the {@link
 * Admission} that holds it.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class AdmissionReason {

  AdmissionReason() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the rule's code, a stable public identifier such as {@code ADMIT_AWAIT_ADULTS}} */
  public abstract String rule();

  /** {@return what it means for this person, in one sentence} */
  public abstract String message();

  /** {@return the guidance it comes from: seed file names and reference names} Never empty. */
  public abstract List<String> sources();

  /**
   * Builds an {@link AdmissionReason}; {@code build()} throws {@code InvalidPlanException} listing
   * every required value left unset.
   */
  public static final class Builder extends ImmutableAdmissionReason.Builder {
    Builder() {}

    /**
     * Builds the reason.
     *
     * @return the reason
     * @throws org.safeguarding.core.plan.InvalidPlanException if a required value is unset, each
     *     reported at its path (such as {@code $.rule: is required})
     */
    @Override
    public AdmissionReason build() {
      return StructureChecks.build(SafeguardingJson.ADMISSION, "admission reason", super::build);
    }
  }
}
