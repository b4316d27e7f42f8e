package org.safeguarding.rules.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RulebookId;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.risk.RiskMatrix;

/**
 * Every number and table the rules judge by, as versioned data: ages of consent and capacity, the
 * supervision ratios, the check levels, the required policies and platform controls, the inference
 * table and the risk bands. Immutable and thread-safe; lookups are array and enum-map reads, cheap
 * enough for every assessment.
 *
 * <p>A rulebook is read from JSON, strictly: an unknown field, a missing value, a gap or overlap in
 * the ratio or risk bands, or a role without a check level is an {@link InvalidRulebookException}
 * naming each path. See {@code docs/rulebook.md} for the format.
 */
public final class Rulebook {

  private static final String UK_DEFAULT_RESOURCE = "uk-default.json";
  private static final String SCHEMA_RESOURCE = "rulebook.schema.json";

  private final RulebookId id;
  private final ZoneId timeZone;
  private final int adultAge;
  private final Map<Jurisdiction, Integer> digitalConsentAge;
  private final int capacityAge;
  private final int attorneyAge;
  private final boolean adultSelfConsentRequired;
  private final Set<ConsentVerification> verifiedParentalConsent;
  private final List<RatioBand> ratioBands;
  private final int adultsAtRiskPerAdult;
  private final int minimumAdults;
  private final int broadcastAdults;
  private final int oneToOneAdults;
  private final int oneToOneColleagues;
  private final int adultsWithoutVulnerable;
  private final int distressCoverStaff;
  private final List<RequiredCheck> requiredChecks;
  private final CheckLevel[][][] requiredLevel;
  private final Map<Jurisdiction, Set<CheckScheme>> acceptedSchemes;
  private final Map<Jurisdiction, Map<Frequency, Set<CheckScheme>>> requiredSchemes;
  private final Map<CheckScheme, Integer> checkValidYears;
  private final int trainingValidYears;
  private final Map<Policy, FindingLevel> requiredPolicies;
  private final Map<Interaction, Set<PlatformControl>> requiredControls;
  private final Map<Interaction, Set<PlatformControl>> advisedControls;
  private final InferenceTable inference;
  private final RiskMatrix riskMatrix;
  private final int adultsPresentBeforeVulnerable;
  private final Map<ResponseAction, Deadline> deadlines;

  /** What a reader gathers before the rulebook is built; every field is set once checked. */
  static final class Parts {
    @Nullable RulebookId id;
    @Nullable ZoneId timeZone;
    int adultAge;
    Map<Jurisdiction, Integer> digitalConsentAge = new EnumMap<>(Jurisdiction.class);
    int capacityAge;
    int attorneyAge;
    boolean adultSelfConsentRequired;
    Set<ConsentVerification> verifiedParentalConsent = Set.of();
    List<RatioBand> ratioBands = List.of();
    int adultsAtRiskPerAdult;
    int minimumAdults;
    int broadcastAdults;
    int oneToOneAdults;
    int oneToOneColleagues;
    int adultsWithoutVulnerable;
    int distressCoverStaff;
    List<RequiredCheck> requiredChecks = List.of();
    Map<Jurisdiction, Set<CheckScheme>> acceptedSchemes = new EnumMap<>(Jurisdiction.class);
    Map<Jurisdiction, Map<Frequency, Set<CheckScheme>>> requiredSchemes =
        new EnumMap<>(Jurisdiction.class);
    Map<CheckScheme, Integer> checkValidYears = new EnumMap<>(CheckScheme.class);
    int trainingValidYears;
    Map<Policy, FindingLevel> requiredPolicies = new EnumMap<>(Policy.class);
    Map<Interaction, Set<PlatformControl>> requiredControls = new EnumMap<>(Interaction.class);
    Map<Interaction, Set<PlatformControl>> advisedControls = new EnumMap<>(Interaction.class);
    @Nullable InferenceTable inference;
    @Nullable RiskMatrix riskMatrix;
    int adultsPresentBeforeVulnerable;
    Map<ResponseAction, Deadline> deadlines = new EnumMap<>(ResponseAction.class);
  }

  /**
   * Builds a rulebook from parts a reader has already checked completely: every jurisdiction, check
   * scheme and interaction has an entry, the ratio bands run without gap or overlap from 0 to
   * {@code adultAge - 1}, and the check rows cover every audience, frequency and role exactly once.
   */
  Rulebook(Parts parts) {
    this.id = Objects.requireNonNull(parts.id, "id");
    this.timeZone = Objects.requireNonNull(parts.timeZone, "timeZone");
    this.adultAge = parts.adultAge;
    this.digitalConsentAge = copyOf(Jurisdiction.class, parts.digitalConsentAge);
    this.capacityAge = parts.capacityAge;
    this.attorneyAge = parts.attorneyAge;
    this.adultSelfConsentRequired = parts.adultSelfConsentRequired;
    this.verifiedParentalConsent =
        Collections.unmodifiableSet(
            enumSet(ConsentVerification.class, parts.verifiedParentalConsent));
    this.ratioBands = List.copyOf(parts.ratioBands);
    this.adultsAtRiskPerAdult = parts.adultsAtRiskPerAdult;
    this.minimumAdults = parts.minimumAdults;
    this.broadcastAdults = parts.broadcastAdults;
    this.oneToOneAdults = parts.oneToOneAdults;
    this.oneToOneColleagues = parts.oneToOneColleagues;
    this.adultsWithoutVulnerable = parts.adultsWithoutVulnerable;
    this.distressCoverStaff = parts.distressCoverStaff;
    this.requiredChecks = List.copyOf(parts.requiredChecks);
    this.requiredLevel =
        new CheckLevel[Audience.values().length][Frequency.values().length]
            [StaffRole.values().length];
    for (RequiredCheck row : requiredChecks) {
      for (Frequency frequency : row.frequencies()) {
        for (StaffRole role : row.roles()) {
          requiredLevel[row.audience().ordinal()][frequency.ordinal()][role.ordinal()] =
              row.level();
        }
      }
    }
    this.acceptedSchemes = copyOfSets(Jurisdiction.class, CheckScheme.class, parts.acceptedSchemes);
    Map<Jurisdiction, Map<Frequency, Set<CheckScheme>>> required =
        new EnumMap<>(Jurisdiction.class);
    parts.requiredSchemes.forEach(
        (jurisdiction, byFrequency) ->
            required.put(
                jurisdiction, copyOfSets(Frequency.class, CheckScheme.class, byFrequency)));
    this.requiredSchemes = Collections.unmodifiableMap(required);
    this.checkValidYears = copyOf(CheckScheme.class, parts.checkValidYears);
    this.trainingValidYears = parts.trainingValidYears;
    this.requiredPolicies = copyOf(Policy.class, parts.requiredPolicies);
    this.requiredControls =
        copyOfSets(Interaction.class, PlatformControl.class, parts.requiredControls);
    this.advisedControls =
        copyOfSets(Interaction.class, PlatformControl.class, parts.advisedControls);
    this.inference = Objects.requireNonNull(parts.inference, "inference");
    this.riskMatrix = Objects.requireNonNull(parts.riskMatrix, "riskMatrix");
    this.adultsPresentBeforeVulnerable = parts.adultsPresentBeforeVulnerable;
    this.deadlines = copyOf(ResponseAction.class, parts.deadlines);
  }

  /**
   * Copies keeping enum order, so that anything iterating a rulebook does so the same way every
   * run.
   */
  private static <K extends Enum<K>, V extends Enum<V>> Map<K, Set<V>> copyOfSets(
      Class<K> keys, Class<V> values, Map<K, Set<V>> map) {
    Map<K, Set<V>> copy = new EnumMap<>(keys);
    map.forEach((key, set) -> copy.put(key, Collections.unmodifiableSet(enumSet(values, set))));
    return Collections.unmodifiableMap(copy);
  }

  private static <V extends Enum<V>> EnumSet<V> enumSet(Class<V> type, Set<V> set) {
    EnumSet<V> copy = EnumSet.noneOf(type);
    copy.addAll(set);
    return copy;
  }

  private static <K extends Enum<K>, V> Map<K, V> copyOf(Class<K> keys, Map<K, V> map) {
    Map<K, V> copy = new EnumMap<>(keys);
    copy.putAll(map);
    return Collections.unmodifiableMap(copy);
  }

  /** {@return the bundled UK default rulebook, {@code uk-default}} */
  public static Rulebook ukDefault() {
    return UkDefault.RULEBOOK;
  }

  /** Loads the bundled default once, on first use. */
  private static final class UkDefault {
    static final Rulebook RULEBOOK = loadUkDefault();

    private static Rulebook loadUkDefault() {
      try (InputStream in = Rulebook.class.getResourceAsStream(UK_DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "the bundled rulebook " + UK_DEFAULT_RESOURCE + " is missing");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled rulebook", e);
      }
    }
  }

  /**
   * Reads a rulebook from JSON text.
   *
   * @param json the JSON
   * @return the rulebook
   * @throws InvalidRulebookException listing every problem, with its path
   */
  public static Rulebook read(String json) {
    return RulebookJson.RULEBOOK.read(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a rulebook from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param json the JSON
   * @return the rulebook
   * @throws InvalidRulebookException listing every problem, with its path
   * @throws UncheckedIOException if the stream fails
   */
  public static Rulebook read(InputStream json) {
    return RulebookJson.RULEBOOK.read(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a rulebook from a UTF-8 file.
   *
   * @param file the file
   * @return the rulebook
   * @throws InvalidRulebookException listing every problem, with its path
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Rulebook read(Path file) {
    return RulebookJson.RULEBOOK.read(Objects.requireNonNull(file, "file"));
  }

  /** {@return the name and version, as an assessment reports them} */
  public RulebookId id() {
    return id;
  }

  /** {@return the time zone in which a session's start instant gives the date it is judged at} */
  public ZoneId timeZone() {
    return timeZone;
  }

  /**
   * {@return the age from which a person is an adult; anyone younger (or of unknown age) is a
   * child}
   */
  public int adultAge() {
    return adultAge;
  }

  /**
   * {@return the age of digital consent in a jurisdiction: below it, a parent or carer consents}
   *
   * @param jurisdiction the jurisdiction
   */
  public int digitalConsentAge(Jurisdiction jurisdiction) {
    return entry(digitalConsentAge, jurisdiction, "jurisdiction");
  }

  /**
   * {@return the age from which the Mental Capacity Act applies: from it, a person who lacks
   * capacity needs a best-interests decision (or an attorney); below it, a parent or carer}
   */
  public int capacityAge() {
    return capacityAge;
  }

  /**
   * {@return the age from which an attorney's consent counts (a Lasting Power of Attorney needs
   * 18+)}
   */
  public int attorneyAge() {
    return attorneyAge;
  }

  /**
   * {@return whether an adult with capacity must give their own consent (else none is required)}
   */
  public boolean adultSelfConsentRequired() {
    return adultSelfConsentRequired;
  }

  /** {@return the ways of confirming a parent's or carer's consent that count as verified} */
  public Set<ConsentVerification> verifiedParentalConsent() {
    return verifiedParentalConsent;
  }

  /**
   * {@return the ratio table, in ascending order of age, running without gap or overlap from 0 to
   * {@code adultAge() - 1}}
   */
  public List<RatioBand> ratioBands() {
    return ratioBands;
  }

  /** {@return how many adults at risk one adult may supervise} */
  public int adultsAtRiskPerAdult() {
    return adultsAtRiskPerAdult;
  }

  /**
   * {@return the fewest counted adults at an interactive group session with vulnerable
   * participants}
   */
  public int minimumAdults() {
    return minimumAdults;
  }

  /** {@return the counted adults a broadcast to vulnerable participants needs} */
  public int broadcastAdults() {
    return broadcastAdults;
  }

  /**
   * {@return the counted adults a one-to-one session needs (its other safeguards are rules of their
   * own)}
   */
  public int oneToOneAdults() {
    return oneToOneAdults;
  }

  /**
   * {@return how many counted adults besides the {@link #oneToOneAdults()} a one-to-one session
   * with a vulnerable participant needs to count as involving a colleague: without them, the
   * session is safeguarded only by a responsible adult nearby at the participant's home}
   */
  public int oneToOneColleagues() {
    return oneToOneColleagues;
  }

  /** {@return the counted adults a session with no vulnerable participants needs} */
  public int adultsWithoutVulnerable() {
    return adultsWithoutVulnerable;
  }

  /**
   * {@return the fewest support staff (staff other than external tutors) that let one leave to
   * phone a distressed participant while the session goes on}
   */
  public int distressCoverStaff() {
    return distressCoverStaff;
  }

  /** {@return the check table's rows, as read} */
  public List<RequiredCheck> requiredChecks() {
    return requiredChecks;
  }

  /**
   * {@return the lowest check level a role needs at a session of a frequency serving an audience}
   *
   * @param audience who the session serves
   * @param frequency how often the session runs
   * @param role the role
   */
  public CheckLevel requiredLevel(Audience audience, Frequency frequency, StaffRole role) {
    return requiredLevel[audience.ordinal()][frequency.ordinal()][role.ordinal()];
  }

  /**
   * {@return the check schemes that apply in a jurisdiction}
   *
   * @param jurisdiction the jurisdiction
   */
  public Set<CheckScheme> acceptedSchemes(Jurisdiction jurisdiction) {
    return entry(acceptedSchemes, jurisdiction, "jurisdiction");
  }

  /**
   * {@return the check schemes one of which staff must hold, current, to work with vulnerable
   * participants at a session of a frequency in a jurisdiction; empty when any scheme's check will
   * do} In Scotland regulated work (a regular session with children or adults at risk) needs PVG
   * scheme membership, supervised or not: a Disclosure Scotland check alone does not meet it, and a
   * membership older than the scheme's {@link #checkValidYears} has lapsed.
   *
   * @param jurisdiction the service's jurisdiction
   * @param frequency how often the session runs
   */
  public Set<CheckScheme> requiredSchemes(Jurisdiction jurisdiction, Frequency frequency) {
    return entry(entry(requiredSchemes, jurisdiction, "jurisdiction"), frequency, "frequency");
  }

  /**
   * {@return how many years a check of a scheme stays current}
   *
   * @param scheme the check scheme
   */
  public int checkValidYears(CheckScheme scheme) {
    return entry(checkValidYears, scheme, "scheme");
  }

  /** {@return how many years safeguarding training stays current} */
  public int trainingValidYears() {
    return trainingValidYears;
  }

  /**
   * {@return the policies a service must have, each with the level of finding its absence gives}
   */
  public Map<Policy, FindingLevel> requiredPolicies() {
    return requiredPolicies;
  }

  /**
   * {@return the platform controls a session of an interaction must have (their absence is a
   * WARNING)}
   *
   * @param interaction the session's interaction
   */
  public Set<PlatformControl> requiredControls(Interaction interaction) {
    return entry(requiredControls, interaction, "interaction");
  }

  /**
   * {@return the platform controls advised for a session of an interaction (their absence is
   * ADVICE)}
   *
   * @param interaction the session's interaction
   */
  public Set<PlatformControl> advisedControls(Interaction interaction) {
    return entry(advisedControls, interaction, "interaction");
  }

  /** {@return the numbers behind inferred risks} */
  public InferenceTable inference() {
    return inference;
  }

  /** {@return the risk matrix with this rulebook's bands} */
  public RiskMatrix riskMatrix() {
    return riskMatrix;
  }

  /**
   * {@return how many counted adults must be in the room before a vulnerable participant is let in
   * from the waiting room (2 by default: "at least two adults", and "admit another leader before
   * any young person")}
   */
  public int adultsPresentBeforeVulnerable() {
    return adultsPresentBeforeVulnerable;
  }

  /**
   * When an action of an incident response is due.
   *
   * @param action the action
   * @return its deadline; every action has one
   */
  public Deadline deadline(ResponseAction action) {
    return Objects.requireNonNull(deadlines.get(action), "every action has a deadline");
  }

  /** {@return every action's deadline, in the order of {@link ResponseAction}} */
  public Map<ResponseAction, Deadline> deadlines() {
    return deadlines;
  }

  /**
   * Returns the rulebook as JSON in the same format {@link #read(String)} accepts, every field
   * included. The text is canonical: fields in the order of the bundled {@code uk-default.json},
   * objects keyed by names and lists of names in the order the names are declared (so {@code
   * controls} gives {@code BROADCAST} before {@code INTERACTIVE}), table rows in their order, every
   * array element on a line of its own, a two-space indent, {@code \n} line ends and a final line
   * break. Deadlines are written as {@code PT15M}, {@code PT1H30M} or {@code P7D}: an amount
   * written as weeks ({@code P1W}) comes back as days ({@code P7D}).
   *
   * <p>Reading the text back gives a rulebook that writes the same text and judges every plan the
   * same way.
   *
   * @return the JSON text
   */
  public String toJson() {
    return RulebookWriter.write(this);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of a rulebook, as shipped with the library, for tools
   * in other languages: the format {@link #read(String)} takes and {@link #toJson()} writes. The
   * reader checks more than a schema can say, such as ratio bands without gap or overlap; the
   * schema's description lists what.
   *
   * @return the schema's JSON text, read from the library's resources as UTF-8
   * @throws IllegalStateException if the schema is missing from the jar
   * @throws UncheckedIOException if the schema cannot be read
   */
  public static String schema() {
    try (InputStream schema = Rulebook.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (schema == null) {
        throw new IllegalStateException("the rulebook schema is missing from the jar");
      }
      return new String(schema.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rulebook schema", e);
    }
  }

  @Override
  public String toString() {
    return "Rulebook[" + id + "]";
  }

  /**
   * Looks up a table that has an entry for every constant of its key's enum: the reader refuses a
   * rulebook with a gap, so a missing entry is a defect here, not bad input. A null key is the
   * caller's mistake, named as such.
   */
  private static <K, V> V entry(Map<K, V> table, K key, String name) {
    Objects.requireNonNull(key, name);
    return Objects.requireNonNull(table.get(key), () -> "the rulebook has no entry for " + key);
  }
}
