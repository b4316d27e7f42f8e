package org.safeguarding.rules.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.rulebook.InferenceTable;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * What the plan's facts say of one hazard: the rating the rulebook's inference table gives, and the
 * facts it rests on, in words a finding can quote. Worked out for every plan, whatever its register
 * holds, since a register can add risks but never lower one below what the facts give.
 *
 * <ul>
 *   <li>SESSION_HIJACK, for an interactive session: a base likelihood plus a step for each of the
 *       hijack controls not set; a higher severity with vulnerable participants.
 *   <li>IMPERSONATION, with children in an interactive session: a base likelihood (higher on
 *       persistent public accounts), a step up if anyone is unregistered and another if a child on
 *       public accounts is unverified, and a step down when everyone registered and a counted adult
 *       other than the lead administers the session, checking webcams against accounts.
 *   <li>PARTICIPANT_DISTRESS, with mental-health needs: a higher likelihood without enough support
 *       staff to cover a distressed person.
 * </ul>
 *
 * Likelihoods stay between 1 and 5.
 */
final class RiskInference {

  private static final int MIN_LEVEL = 1;
  private static final int MAX_LEVEL = 5;

  private final Hazard hazard;
  private final RiskRating rating;
  private final List<String> facts;

  private RiskInference(Hazard hazard, RiskRating rating, List<String> facts) {
    this.hazard = hazard;
    this.rating = rating;
    this.facts = List.copyOf(facts);
  }

  /** {@return the hazard} */
  Hazard hazard() {
    return hazard;
  }

  /** {@return the rating the facts give} */
  RiskRating rating() {
    return rating;
  }

  /** {@return the facts the rating rests on, joined for a message: "a; b; c"} */
  String facts() {
    return String.join("; ", facts);
  }

  /**
   * Works out every hazard the plan's facts call for.
   *
   * @return the inferences by hazard, in the order of {@link Hazard}
   */
  static Map<Hazard, RiskInference> of(SessionFacts facts, Rulebook rulebook) {
    Map<Hazard, RiskInference> inferred = new EnumMap<>(Hazard.class);
    InferenceTable table = rulebook.inference();
    RiskMatrix matrix = rulebook.riskMatrix();
    if (facts.isInteractive()) {
      inferred.put(Hazard.SESSION_HIJACK, hijack(facts, table, matrix));
      if (facts.hasChildren()) {
        inferred.put(Hazard.IMPERSONATION, impersonation(facts, table, matrix));
      }
    }
    if (facts.hasMentalHealthNeeds()) {
      inferred.put(Hazard.PARTICIPANT_DISTRESS, distress(facts, rulebook, table, matrix));
    }
    return inferred;
  }

  private static RiskInference hijack(SessionFacts facts, InferenceTable table, RiskMatrix matrix) {
    List<String> said = new ArrayList<>(3);
    said.add(interactive(facts));
    Set<PlatformControl> controls = facts.plan().platform().controls();
    List<PlatformControl> missing = new ArrayList<>();
    for (PlatformControl control : table.hijackControls()) {
      if (!controls.contains(control)) {
        missing.add(control);
      }
    }
    int likelihood = table.hijackLikelihood() + missing.size() * table.hijackPerMissingControl();
    if (missing.isEmpty()) {
      said.add(
          "every control that keeps intruders out is set (" + names(table.hijackControls()) + ")");
    } else if (missing.size() == 1) {
      said.add("a control that keeps intruders out is not set (" + names(missing) + ")");
    } else {
      said.add(
          missing.size()
              + " controls that keep intruders out are not set ("
              + names(missing)
              + ")");
    }
    int severity;
    if (facts.hasVulnerable()) {
      severity = table.hijackSeverityWithVulnerable();
      said.add("vulnerable participants take part");
    } else {
      severity = table.hijackSeverity();
    }
    return new RiskInference(
        Hazard.SESSION_HIJACK, matrix.rate(bounded(likelihood), severity), said);
  }

  private static RiskInference impersonation(
      SessionFacts facts, InferenceTable table, RiskMatrix matrix) {
    List<String> said = new ArrayList<>(4);
    said.add("children take part and " + interactive(facts));
    int likelihood;
    if (facts.plan().platform().accounts() == AccountType.PERSISTENT_PUBLIC) {
      likelihood = table.impersonationLikelihoodOnPublicAccounts();
      said.add("participants join on persistent public accounts, where they can be followed");
    } else {
      likelihood = table.impersonationLikelihood();
    }
    if (facts.hasUnregistered()) {
      likelihood += table.impersonationIfAnyoneUnregistered();
      said.add("someone has not registered beforehand");
    }
    if (facts.hasUnverifiedChildOnPublicAccounts()) {
      likelihood += table.impersonationIfChildUnverifiedOnPublicAccounts();
      said.add("a child on a public account has not had their identity checked");
    }
    if (!facts.hasUnregistered() && facts.hasSessionAdministrator()) {
      likelihood -= table.impersonationStepDownIfAdministered();
      said.add(
          "everyone registered beforehand and "
              + administrator(facts)
              + " administers the session, checking that webcams match accounts");
    } else if (!facts.hasSessionAdministrator()) {
      said.add("nobody but the lead administers the session to check that webcams match accounts");
    }
    return new RiskInference(
        Hazard.IMPERSONATION,
        matrix.rate(bounded(likelihood), table.impersonationSeverity()),
        said);
  }

  private static RiskInference distress(
      SessionFacts facts, Rulebook rulebook, InferenceTable table, RiskMatrix matrix) {
    List<String> said = new ArrayList<>(2);
    said.add("a participant has mental-health needs");
    int cover = rulebook.distressCoverStaff();
    int likelihood;
    if (facts.supportStaff() < cover) {
      likelihood = table.distressLikelihoodWithoutCover();
      said.add(
          "fewer than "
              + cover
              + " checked members of staff (not external tutors) can step out to phone a"
              + " distressed person");
    } else {
      likelihood = table.distressLikelihood();
      said.add(
          facts.supportStaff()
              + " checked members of staff (not external tutors) can step out to phone a"
              + " distressed person");
    }
    return new RiskInference(
        Hazard.PARTICIPANT_DISTRESS,
        matrix.rate(bounded(likelihood), table.distressSeverity()),
        said);
  }

  private static String interactive(SessionFacts facts) {
    List<String> postings = facts.broadcastPostings();
    return postings.isEmpty()
        ? "the session is interactive"
        : "participants can post in the broadcast (" + String.join(", ", postings) + ")";
  }

  /** The first member of staff who administers the session; there is one when this is called. */
  private static String administrator(SessionFacts facts) {
    for (StaffMember member : facts.plan().staff()) {
      if (facts.administers(member)) {
        return member.id();
      }
    }
    return "a member of staff";
  }

  private static String names(Collection<PlatformControl> controls) {
    List<String> names = new ArrayList<>(controls.size());
    controls.forEach(control -> names.add(control.name()));
    return String.join(", ", names);
  }

  private static int bounded(int likelihood) {
    return Math.max(MIN_LEVEL, Math.min(MAX_LEVEL, likelihood));
  }
}
