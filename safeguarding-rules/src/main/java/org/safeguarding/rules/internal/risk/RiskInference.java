package org.safeguarding.rules.internal.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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
   * @param explain whether to say in words what each rating rests on (for a finding), or only rate
   * @return the inferences by hazard, in the order of {@link Hazard}
   */
  static Map<Hazard, RiskInference> of(SessionFacts facts, Rulebook rulebook, boolean explain) {
    Map<Hazard, RiskInference> inferred = new EnumMap<>(Hazard.class);
    InferenceTable table = rulebook.inference();
    RiskMatrix matrix = rulebook.riskMatrix();
    if (facts.isInteractive()) {
      inferred.put(Hazard.SESSION_HIJACK, hijack(facts, table, matrix, new Words(explain)));
      if (facts.hasChildren()) {
        inferred.put(Hazard.IMPERSONATION, impersonation(facts, table, matrix, new Words(explain)));
      }
    }
    if (facts.hasMentalHealthNeeds()) {
      inferred.put(
          Hazard.PARTICIPANT_DISTRESS,
          distress(facts, rulebook, table, matrix, new Words(explain)));
    }
    return inferred;
  }

  /**
   * The facts a rating rests on, in words, gathered only when a finding will say them: the engine
   * rates every plan's hazards, and most assessments need no words for them.
   */
  private static final class Words {
    private final @Nullable List<String> said;

    Words(boolean wanted) {
      this.said = wanted ? new ArrayList<>(4) : null;
    }

    boolean wanted() {
      return said != null;
    }

    void add(String fact) {
      if (said != null) {
        said.add(fact);
      }
    }

    List<String> said() {
      return said == null ? List.of() : said;
    }
  }

  private static RiskInference hijack(
      SessionFacts facts, InferenceTable table, RiskMatrix matrix, Words words) {
    Set<PlatformControl> controls = facts.plan().platform().controls();
    int missing = 0;
    for (PlatformControl control : table.hijackControls()) {
      missing += controls.contains(control) ? 0 : 1;
    }
    int likelihood = table.hijackLikelihood() + missing * table.hijackPerMissingControl();
    if (words.wanted()) {
      words.add(interactive(facts));
      List<PlatformControl> off = new ArrayList<>(table.hijackControls());
      off.removeIf(controls::contains);
      if (off.isEmpty()) {
        words.add(
            "every control that keeps intruders out is set: " + names(table.hijackControls()));
      } else if (off.size() == 1) {
        words.add("a control that keeps intruders out is not set: " + names(off));
      } else {
        words.add(off.size() + " controls that keep intruders out are not set: " + names(off));
      }
    }
    int severity;
    if (facts.hasVulnerable()) {
      severity = table.hijackSeverityWithVulnerable();
      words.add("vulnerable participants take part");
    } else {
      severity = table.hijackSeverity();
    }
    return new RiskInference(
        Hazard.SESSION_HIJACK, matrix.rate(bounded(likelihood), severity), words.said());
  }

  private static RiskInference impersonation(
      SessionFacts facts, InferenceTable table, RiskMatrix matrix, Words words) {
    if (words.wanted()) {
      words.add("children take part and " + interactive(facts));
    }
    int likelihood;
    if (facts.plan().platform().accounts() == AccountType.PERSISTENT_PUBLIC) {
      likelihood = table.impersonationLikelihoodOnPublicAccounts();
      words.add("participants join on persistent public accounts, where they can be followed");
    } else {
      likelihood = table.impersonationLikelihood();
    }
    if (facts.hasUnregistered()) {
      likelihood += table.impersonationIfAnyoneUnregistered();
      words.add("someone has not registered beforehand");
    }
    if (facts.hasUnverifiedChildOnPublicAccounts()) {
      likelihood += table.impersonationIfChildUnverifiedOnPublicAccounts();
      words.add("a child on a public account has not had their identity checked");
    }
    if (!facts.hasUnregistered()
        && facts.hasSessionAdministrator()
        && facts.participantsCanBeSeen()) {
      likelihood -= table.impersonationStepDownIfAdministered();
      if (words.wanted()) {
        words.add(
            "everyone registered beforehand and "
                + administrator(facts)
                + " administers the session, checking that webcams match accounts");
      }
    } else if (!facts.participantsCanBeSeen()) {
      words.add("participants cannot be seen, so nobody can check that webcams match accounts");
    } else if (!facts.hasSessionAdministrator()) {
      words.add("nobody but the lead administers the session to check that webcams match accounts");
    }
    return new RiskInference(
        Hazard.IMPERSONATION,
        matrix.rate(bounded(likelihood), table.impersonationSeverity()),
        words.said());
  }

  private static RiskInference distress(
      SessionFacts facts, Rulebook rulebook, InferenceTable table, RiskMatrix matrix, Words words) {
    words.add("a participant has mental-health needs");
    int cover = rulebook.distressCoverStaff();
    int likelihood;
    if (facts.supportStaff() < cover) {
      likelihood = table.distressLikelihoodWithoutCover();
      if (words.wanted()) {
        words.add(
            "fewer than "
                + cover
                + " checked members of staff other than external tutors can step out to phone a"
                + " distressed person");
      }
    } else {
      likelihood = table.distressLikelihood();
      if (words.wanted()) {
        words.add(
            facts.supportStaff()
                + " checked members of staff other than external tutors can step out to phone a"
                + " distressed person");
      }
    }
    return new RiskInference(
        Hazard.PARTICIPANT_DISTRESS,
        matrix.rate(bounded(likelihood), table.distressSeverity()),
        words.said());
  }

  private static String interactive(SessionFacts facts) {
    List<String> postings = facts.broadcastPostings();
    return postings.isEmpty()
        ? "the session is interactive"
        : "participants can post in the broadcast, as " + String.join(" and ", postings);
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
