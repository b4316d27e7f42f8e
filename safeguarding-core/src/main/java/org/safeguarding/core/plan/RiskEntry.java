package org.safeguarding.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * An entry of the session's risk register: a hazard with its likelihood and severity (1–5 each),
 * and optionally the residual pair once mitigations are in place. The free text ({@code
 * description}, {@code mitigations}, {@code owner}) is redacted from {@code toString()}.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class RiskEntry {

  RiskEntry() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the id, unique across the register} Ids starting {@code inferred-} are the engine's.
   */
  public abstract String id();

  /** {@return the kind of harm} */
  public abstract Hazard hazard();

  /** {@return the area of the assessment it belongs to} */
  public abstract RiskArea area();

  /** {@return the likelihood before mitigation, 1 (rare) to 5 (almost certain)} */
  public abstract int likelihood();

  /** {@return the severity before mitigation, 1 (negligible) to 5 (catastrophic)} */
  public abstract int severity();

  /** {@return the likelihood once mitigated; given together with {@link #residualSeverity()}} */
  public abstract OptionalInt residualLikelihood();

  /** {@return the severity once mitigated; given together with {@link #residualLikelihood()}} */
  public abstract OptionalInt residualSeverity();

  /** {@return what is done to reduce the risk} Free text. */
  @Value.Redacted
  public abstract List<String> mitigations();

  /** {@return who owns the risk} Free text. */
  @Value.Redacted
  public abstract Optional<String> owner();

  /** {@return when the entry must next be reviewed} */
  public abstract Optional<LocalDate> reviewBy();

  /** {@return a description of the risk} Free text. */
  @Value.Redacted
  public abstract Optional<String> description();

  /**
   * Builds a {@link RiskEntry}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset.
   */
  public static final class Builder extends ImmutableRiskEntry.Builder {
    Builder() {}

    /**
     * Builds the risk.
     *
     * @return the risk
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.hazard: is required})
     */
    @Override
    public RiskEntry build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "risk", super::build);
    }
  }
}
