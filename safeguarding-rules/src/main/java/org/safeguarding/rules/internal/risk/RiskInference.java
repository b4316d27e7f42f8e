package org.safeguarding.rules.internal.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.internal.platform.PlatformRules;
import org.safeguarding.rules.rulebook.InferenceTable;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * What the plan's facts say of one hazard: the rating the rulebook's inference table gives, and the
 * facts it rests on, as the catalogue's {@code fact} phrases and the values they name, for a
 * finding to quote. Worked out for every plan, whatever its register holds, since a register can
 * add risks but never lower one below what the facts give.
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
  private final Map<String, String> values;

  private RiskInference(Hazard hazard, RiskRating rating, Words words) {
    this.hazard = hazard;
    this.rating = rating;
    this.facts = List.copyOf(words.said());
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(words.values()));
  }

  /** {@return the hazard} */
  Hazard hazard() {
    return hazard;
  }

  /** {@return the rating the facts give} */
  RiskRating rating() {
    return rating;
  }

  /**
   * {@return the facts the rating rests on, as the catalogue's {@code fact} phrases separated by
   * commas: "INTERACTIVE,CONTROL_OFF,VULNERABLE"}
   */
  String facts() {
    return String.join(",", facts);
  }

  /** {@return the values the facts' phrases name, by name, in the order the facts are said} */
  Map<String, String> values() {
    return values;
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
    private final Map<String, String> values = new LinkedHashMap<>();

    Words(boolean wanted) {
      this.said = wanted ? new ArrayList<>(4) : null;
    }

    boolean wanted() {
      return said != null;
    }

    /** Says a fact, by its phrase in the catalogue. */
    void add(String fact) {
      if (said != null) {
        said.add(fact);
      }
    }

    /** Gives a value a fact's phrase names. */
    void value(String name, Object value) {
      if (said != null) {
        values.put(name, String.valueOf(value));
      }
    }

    List<String> said() {
      return said == null ? List.of() : said;
    }

    Map<String, String> values() {
      return values;
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
      interactive(facts, words, "");
      List<PlatformControl> off = new ArrayList<>(table.hijackControls());
      off.removeIf(controls::contains);
      if (off.isEmpty()) {
        words.add("CONTROLS_SET");
        words.value("intruderControls", names(table.hijackControls()));
      } else {
        words.add(off.size() == 1 ? "CONTROL_OFF" : "CONTROLS_OFF");
        words.value("controlsOff", names(off));
        words.value("controlsOffCount", off.size());
      }
    }
    int severity;
    if (facts.hasVulnerable()) {
      severity = table.hijackSeverityWithVulnerable();
      words.add("VULNERABLE");
    } else {
      severity = table.hijackSeverity();
    }
    return new RiskInference(
        Hazard.SESSION_HIJACK, matrix.rate(bounded(likelihood), severity), words);
  }

  private static RiskInference impersonation(
      SessionFacts facts, InferenceTable table, RiskMatrix matrix, Words words) {
    if (words.wanted()) {
      interactive(facts, words, "CHILDREN_");
    }
    int likelihood;
    if (facts.plan().platform().accounts() == AccountType.PERSISTENT_PUBLIC) {
      likelihood = table.impersonationLikelihoodOnPublicAccounts();
      words.add("PUBLIC_ACCOUNTS");
    } else {
      likelihood = table.impersonationLikelihood();
    }
    if (facts.hasUnregistered()) {
      likelihood += table.impersonationIfAnyoneUnregistered();
      words.add("UNREGISTERED");
    }
    if (facts.hasUnverifiedChildOnPublicAccounts()) {
      likelihood += table.impersonationIfChildUnverifiedOnPublicAccounts();
      words.add("CHILD_UNVERIFIED");
    }
    if (!facts.hasUnregistered()
        && facts.hasSessionAdministrator()
        && facts.participantsCanBeSeen()) {
      likelihood -= table.impersonationStepDownIfAdministered();
      if (words.wanted()) {
        Optional<String> administrator = administrator(facts);
        words.add(administrator.isPresent() ? "ADMINISTERED" : "ADMINISTERED_BY_STAFF");
        administrator.ifPresent(id -> words.value("administrator", id));
      }
    } else if (!facts.participantsCanBeSeen()) {
      words.add("NOT_SEEN");
    } else if (!facts.hasSessionAdministrator()) {
      words.add("NOT_ADMINISTERED");
    }
    return new RiskInference(
        Hazard.IMPERSONATION,
        matrix.rate(bounded(likelihood), table.impersonationSeverity()),
        words);
  }

  private static RiskInference distress(
      SessionFacts facts, Rulebook rulebook, InferenceTable table, RiskMatrix matrix, Words words) {
    words.add("MENTAL_HEALTH");
    int cover = rulebook.distressCoverStaff();
    int likelihood;
    if (facts.supportStaff() < cover) {
      likelihood = table.distressLikelihoodWithoutCover();
      words.add("COVER_SHORT");
      words.value("cover", cover);
    } else {
      likelihood = table.distressLikelihood();
      words.add("COVER");
      words.value("supportStaff", facts.supportStaff());
    }
    return new RiskInference(
        Hazard.PARTICIPANT_DISTRESS,
        matrix.rate(bounded(likelihood), table.distressSeverity()),
        words);
  }

  /** Says that the session is interactive, or how participants can post in its broadcast. */
  private static void interactive(SessionFacts facts, Words words, String who) {
    Optional<String> postings = PlatformRules.postings(facts);
    if (postings.isPresent()) {
      words.add(who + "BROADCAST_POSTS");
      words.value("postings", postings.get());
    } else {
      words.add(who + "INTERACTIVE");
    }
  }

  /** The first member of staff who administers the session; there is one when this is called. */
  private static Optional<String> administrator(SessionFacts facts) {
    for (StaffMember member : facts.plan().staff()) {
      if (facts.administers(member)) {
        return Optional.of(member.id());
      }
    }
    return Optional.empty();
  }

  private static String names(Collection<PlatformControl> controls) {
    List<String> names = new ArrayList<>(controls.size());
    controls.forEach(control -> names.add(control.name()));
    return String.join(",", names);
  }

  private static int bounded(int likelihood) {
    return Math.max(MIN_LEVEL, Math.min(MAX_LEVEL, likelihood));
  }
}
