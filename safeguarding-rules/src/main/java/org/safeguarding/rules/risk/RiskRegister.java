package org.safeguarding.rules.risk;

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
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.PlanLimits;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.rulebook.InferenceTable;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Rates the plan's risk register and adds the risks the engine infers, in the order to deal with
 * them: the current score (residual when given, else inherent) highest first, then the inherent
 * score, then the current severity, then the id.
 *
 * <p>A risk is inferred only when the register has no entry for its hazard, from the rulebook's
 * inference table:
 *
 * <ul>
 *   <li>SESSION_HIJACK, for an interactive session: a base likelihood plus a step for each of the
 *       hijack controls not set; a higher severity with vulnerable participants.
 *   <li>IMPERSONATION, with children in an interactive session: a base likelihood (higher on
 *       persistent public accounts), plus a step if anyone is unregistered and a step if a child on
 *       public accounts is unverified.
 *   <li>PARTICIPANT_DISTRESS, with mental-health needs: a higher likelihood without enough support
 *       staff to cover a distressed person.
 * </ul>
 *
 * Inferred likelihoods stop at 5.
 */
public final class RiskRegister {

  private static final int MAX_LEVEL = 5;

  private static final Map<Hazard, String> INFERRED_IDS = inferredIds();

  /** Deal first with the highest current score, then inherent score, then severity; then by id. */
  private static final Comparator<Rated> PRIORITY =
      Comparator.<Rated>comparingInt(rated -> -rated.current().score())
          .thenComparingInt(rated -> -rated.inherent.score())
          .thenComparingInt(rated -> -rated.current().severity().level())
          .thenComparing(rated -> rated.id);

  private RiskRegister() {}

  /** A risk rated but not yet placed in order. */
  private static final class Rated {
    final String id;
    final Hazard hazard;
    final RiskOrigin origin;
    final RiskRating inherent;
    final Optional<RiskRating> residual;

    Rated(
        String id,
        Hazard hazard,
        RiskOrigin origin,
        RiskRating inherent,
        Optional<RiskRating> residual) {
      this.id = id;
      this.hazard = hazard;
      this.origin = origin;
      this.inherent = inherent;
      this.residual = residual;
    }

    RiskRating current() {
      return residual.orElse(inherent);
    }
  }

  /**
   * Rates the register, adds inferred risks, and puts them in priority order.
   *
   * @param facts the facts of the session
   * @param rulebook the rulebook
   * @return the risks, priority 1 first
   */
  public static List<AssessedRisk> of(SessionFacts facts, Rulebook rulebook) {
    RiskMatrix matrix = rulebook.riskMatrix();
    List<RiskEntry> register = facts.plan().risks();
    List<Rated> rated = new ArrayList<>(register.size() + 3);
    Set<Hazard> declared = EnumSet.noneOf(Hazard.class);
    for (RiskEntry entry : register) {
      declared.add(entry.hazard());
      Optional<RiskRating> residual =
          entry.residualLikelihood().isPresent() && entry.residualSeverity().isPresent()
              ? Optional.of(
                  matrix.rate(
                      entry.residualLikelihood().getAsInt(), entry.residualSeverity().getAsInt()))
              : Optional.empty();
      rated.add(
          new Rated(
              entry.id(),
              entry.hazard(),
              RiskOrigin.DECLARED,
              matrix.rate(entry.likelihood(), entry.severity()),
              residual));
    }
    infer(facts, rulebook, declared, rated);
    rated.sort(PRIORITY);
    List<AssessedRisk> risks = new ArrayList<>(rated.size());
    for (int i = 0; i < rated.size(); i++) {
      Rated risk = rated.get(i);
      risks.add(
          AssessedRisk.builder()
              .id(risk.id)
              .hazard(risk.hazard)
              .origin(risk.origin)
              .priority(i + 1)
              .inherent(risk.inherent)
              .residual(risk.residual)
              .build());
    }
    return risks;
  }

  /**
   * {@return the id an inferred risk of a hazard has: {@code inferred-session-hijack}}
   *
   * @param hazard the hazard
   */
  public static String inferredId(Hazard hazard) {
    return Objects.requireNonNull(INFERRED_IDS.get(hazard)); // every hazard has an id
  }

  private static void infer(
      SessionFacts facts, Rulebook rulebook, Set<Hazard> declared, List<Rated> rated) {
    InferenceTable table = rulebook.inference();
    RiskMatrix matrix = rulebook.riskMatrix();
    if (facts.isInteractive() && !declared.contains(Hazard.SESSION_HIJACK)) {
      Set<PlatformControl> controls = facts.plan().platform().controls();
      int likelihood = table.hijackLikelihood();
      for (PlatformControl control : table.hijackControls()) {
        likelihood += controls.contains(control) ? 0 : table.hijackPerMissingControl();
      }
      int severity =
          facts.hasVulnerable() ? table.hijackSeverityWithVulnerable() : table.hijackSeverity();
      rated.add(inferred(Hazard.SESSION_HIJACK, matrix.rate(capped(likelihood), severity)));
    }
    if (facts.isInteractive() && facts.hasChildren() && !declared.contains(Hazard.IMPERSONATION)) {
      boolean publicAccounts = facts.plan().platform().accounts() == AccountType.PERSISTENT_PUBLIC;
      int likelihood =
          publicAccounts
              ? table.impersonationLikelihoodOnPublicAccounts()
              : table.impersonationLikelihood();
      likelihood += facts.hasUnregistered() ? table.impersonationIfAnyoneUnregistered() : 0;
      likelihood +=
          facts.hasUnverifiedChildOnPublicAccounts()
              ? table.impersonationIfChildUnverifiedOnPublicAccounts()
              : 0;
      rated.add(
          inferred(
              Hazard.IMPERSONATION,
              matrix.rate(capped(likelihood), table.impersonationSeverity())));
    }
    if (facts.hasMentalHealthNeeds() && !declared.contains(Hazard.PARTICIPANT_DISTRESS)) {
      int likelihood =
          facts.supportStaff() < rulebook.distressCoverStaff()
              ? table.distressLikelihoodWithoutCover()
              : table.distressLikelihood();
      rated.add(
          inferred(Hazard.PARTICIPANT_DISTRESS, matrix.rate(likelihood, table.distressSeverity())));
    }
  }

  private static Rated inferred(Hazard hazard, RiskRating rating) {
    return new Rated(inferredId(hazard), hazard, RiskOrigin.INFERRED, rating, Optional.empty());
  }

  private static int capped(int likelihood) {
    return Math.min(MAX_LEVEL, likelihood);
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
