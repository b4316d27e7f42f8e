package org.safeguarding.core.admission;

import java.util.List;
import org.immutables.value.Value;
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

  /** Builds an {@link AdmissionReason}. */
  public static final class Builder extends ImmutableAdmissionReason.Builder {
    Builder() {}
  }
}
