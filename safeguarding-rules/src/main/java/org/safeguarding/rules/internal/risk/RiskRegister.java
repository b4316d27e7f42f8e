package org.safeguarding.rules.internal.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.PlanLimits;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Rates the plan's risk register against what the plan's facts give, and puts every risk in the
 * order to deal with them: the current score highest first, then the inherent score, then the
 * current severity, then the id.
 *
 * <p>The register is read for what it shows, not for what it asserts:
 *
 * <ul>
 *   <li>a residual rating counts only when the entry lists at least one mitigation; otherwise the
 *       inherent rating stands;
 *   <li>the engine always works out the hazards the plan's facts call for (see {@link
 *       RiskInference}); an entry for such a hazard rated lower than the facts give is raised to
 *       the engine's rating (its floor), and a hazard the register lacks is added as an inferred
 *       risk.
 * </ul>
 */
public final class RiskRegister {

  private static final Map<Hazard, String> INFERRED_IDS = inferredIds();

  private RiskRegister() {}

  /** A risk rated but not yet placed in order. */
  private static final class Rated {
    final AssessedRisk.Builder risk;
    final String id;
    final RiskRating inherent;
    final RiskRating current;

    Rated(AssessedRisk.Builder risk, String id, RiskRating inherent, RiskRating current) {
      this.risk = risk;
      this.id = id;
      this.inherent = inherent;
      this.current = current;
    }
  }

  /** Deal first with the highest current score, then inherent score, then severity; then by id. */
  private static final Comparator<Rated> PRIORITY =
      Comparator.<Rated>comparingInt(rated -> -rated.current.score())
          .thenComparingInt(rated -> -rated.inherent.score())
          .thenComparingInt(rated -> -rated.current.severity().level())
          .thenComparing(rated -> rated.id);

  /**
   * Rates the register, raises entries the facts rate higher, adds the hazards it lacks, and puts
   * them in priority order.
   *
   * @param facts the facts of the session
   * @param rulebook the rulebook
   * @return the risks, priority 1 first
   */
  public static List<AssessedRisk> of(SessionFacts facts, Rulebook rulebook) {
    RiskMatrix matrix = rulebook.riskMatrix();
    Map<Hazard, RiskInference> inferences = RiskInference.of(facts, rulebook, false);
    List<RiskEntry> register = facts.plan().risks();
    List<Rated> rated = new ArrayList<>(register.size() + inferences.size());
    Set<Hazard> declared = EnumSet.noneOf(Hazard.class);
    for (RiskEntry entry : register) {
      declared.add(entry.hazard());
      rated.add(declared(entry, matrix, inferences.get(entry.hazard())));
    }
    for (RiskInference inference : inferences.values()) {
      if (!declared.contains(inference.hazard())) {
        String id = inferredId(inference.hazard());
        rated.add(
            new Rated(
                AssessedRisk.builder()
                    .id(id)
                    .hazard(inference.hazard())
                    .origin(RiskOrigin.INFERRED)
                    .inherent(inference.rating()),
                id,
                inference.rating(),
                inference.rating()));
      }
    }
    rated.sort(PRIORITY);
    List<AssessedRisk> risks = new ArrayList<>(rated.size());
    for (int i = 0; i < rated.size(); i++) {
      risks.add(rated.get(i).risk.priority(i + 1).build());
    }
    return risks;
  }

  /** An entry of the register, with its floor when the facts rate its hazard higher. */
  private static Rated declared(
      RiskEntry entry, RiskMatrix matrix, @Nullable RiskInference inference) {
    RiskRating inherent = matrix.rate(entry.likelihood(), entry.severity());
    Optional<RiskRating> residual =
        entry.residualLikelihood().isPresent() && entry.residualSeverity().isPresent()
            ? Optional.of(
                matrix.rate(
                    entry.residualLikelihood().getAsInt(), entry.residualSeverity().getAsInt()))
            : Optional.empty();
    boolean credited = residual.isPresent() && isMitigated(entry);
    RiskRating current = credited ? residual.get() : inherent;
    AssessedRisk.Builder risk =
        AssessedRisk.builder()
            .id(entry.id())
            .hazard(entry.hazard())
            .origin(RiskOrigin.DECLARED)
            .inherent(inherent)
            .residual(residual)
            .residualCredited(credited);
    // The floor replaces the register's rating whenever it would come first in the priority
    // order, so that raising a rating can never move a risk down the order.
    if (inference != null && inference.rating().outranks(current)) {
      current = inference.rating();
      risk.floor(current);
    }
    return new Rated(risk, entry.id(), inherent, current);
  }

  /**
   * {@return whether a register entry's residual rating is credited: it lists at least one
   * mitigation}
   *
   * @param entry an entry of the plan's risk register
   */
  public static boolean isMitigated(RiskEntry entry) {
    return !entry.mitigations().isEmpty();
  }

  /**
   * {@return the id an inferred risk of a hazard has: {@code inferred-session-hijack}}
   *
   * @param hazard the hazard
   */
  public static String inferredId(Hazard hazard) {
    return Objects.requireNonNull(INFERRED_IDS.get(hazard)); // every hazard has an id
  }

  private static Map<Hazard, String> inferredIds() {
    Map<Hazard, String> ids = new EnumMap<>(Hazard.class);
    for (Hazard hazard : Hazard.values()) {
      ids.put(
          hazard,
          PlanLimits.INFERRED_RISK_PREFIX
              + hazard.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    return ids;
  }
}
