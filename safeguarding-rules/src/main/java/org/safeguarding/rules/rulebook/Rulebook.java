package org.safeguarding.rules.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
import java.util.TreeMap;
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
import org.safeguarding.core.risk.BandRange;
import org.safeguarding.core.risk.RiskMatrix;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every number and table the rules judge by, as versioned data: ages of consent and capacity, the
 * supervision ratios, the check levels, the required policies and platform controls, the inference
 * table and the risk bands. Immutable and thread-safe; lookups are array and enum-map reads, cheap
 * enough for every assessment.
 *
 * <p>A rulebook is read from JSON, strictly: an unknown field, a missing value, a gap or overlap in
 * the ratio or risk bands, or a role without a check level is an {@link InvalidRulebookException}
 * naming each path. A rulebook may be a layer on a bundled one ({@code "basedOn": "uk-default"}),
 * giving only its changes, or be made in Java with {@link #builder()}; either way it is checked as
 * strictly as a whole rulebook. See {@code docs/rulebook.md} for the format and how a layer merges.
 */
public final class Rulebook {

  private static final String UK_DEFAULT_RESOURCE = "uk-default.json";
  private static final String SCHEMA_RESOURCE = "rulebook.schema.json";
  // Numbers as the rulebook's own reader keeps them: an extension's 1.50 stays 1.50.
  private static final JsonMapper TREES =
      JsonMapper.builder()
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

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
  private final Map<String, RuleSettings> extensions;

  /** The canonical JSON, written once on first need: equality compares it. */
  private volatile @Nullable String json;

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
    Map<String, RuleSettings> extensions = new TreeMap<>();
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
    this.extensions = Collections.unmodifiableMap(new TreeMap<>(parts.extensions));
  }

  /** A copy of {@code rulebook} with another id, for a layer built in Java. */
  private Rulebook(Rulebook rulebook, RulebookId id) {
    this.id = id;
    this.timeZone = rulebook.timeZone;
    this.adultAge = rulebook.adultAge;
    this.digitalConsentAge = rulebook.digitalConsentAge;
    this.capacityAge = rulebook.capacityAge;
    this.attorneyAge = rulebook.attorneyAge;
    this.adultSelfConsentRequired = rulebook.adultSelfConsentRequired;
    this.verifiedParentalConsent = rulebook.verifiedParentalConsent;
    this.ratioBands = rulebook.ratioBands;
    this.adultsAtRiskPerAdult = rulebook.adultsAtRiskPerAdult;
    this.minimumAdults = rulebook.minimumAdults;
    this.broadcastAdults = rulebook.broadcastAdults;
    this.oneToOneAdults = rulebook.oneToOneAdults;
    this.oneToOneColleagues = rulebook.oneToOneColleagues;
    this.adultsWithoutVulnerable = rulebook.adultsWithoutVulnerable;
    this.distressCoverStaff = rulebook.distressCoverStaff;
    this.requiredChecks = rulebook.requiredChecks;
    this.requiredLevel = rulebook.requiredLevel;
    this.acceptedSchemes = rulebook.acceptedSchemes;
    this.requiredSchemes = rulebook.requiredSchemes;
    this.checkValidYears = rulebook.checkValidYears;
    this.trainingValidYears = rulebook.trainingValidYears;
    this.requiredPolicies = rulebook.requiredPolicies;
    this.requiredControls = rulebook.requiredControls;
    this.advisedControls = rulebook.advisedControls;
    this.inference = rulebook.inference;
    this.riskMatrix = rulebook.riskMatrix;
    this.adultsPresentBeforeVulnerable = rulebook.adultsPresentBeforeVulnerable;
    this.deadlines = rulebook.deadlines;
    this.extensions = rulebook.extensions;
  }

  /** {@return this rulebook's values under another id} */
  Rulebook withId(RulebookId id) {
    return new Rulebook(this, id);
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

  /** The names of the bundled rulebooks, which a layer may be based on. */
  static final List<String> BUNDLED = List.of("uk-default");

  /** {@return the bundled rulebook of that name, or null when there is none} */
  static @Nullable Rulebook bundled(String name) {
    return name.equals("uk-default") ? ukDefault() : null;
  }

  /**
   * Returns a builder of a rulebook, for a layer made in Java: start it {@link Builder#from from} a
   * rulebook, change what differs, and {@link Builder#build build} it, which checks the result as
   * strictly as reading a whole rulebook does.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
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

  /**
   * {@return the name and version, as an assessment reports them, and for a layered rulebook the
   * name and version of its base}
   */
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
   * {@return the settings of the organisation's own rules, by rule name, sorted by it; empty when
   * the rulebook has none} The reader checks their shape only: whether each rule exists and
   * declares each of its settings is checked when an engine is built with the rulebook.
   */
  public Map<String, RuleSettings> extensions() {
    return extensions;
  }

  /**
   * Returns the rulebook as JSON in the same format {@link #read(String)} accepts, every field
   * included. The text is canonical: fields in the order of the bundled {@code uk-default.json},
   * objects keyed by names and lists of names in the order the names are declared (so {@code
   * controls} gives {@code BROADCAST} before {@code INTERACTIVE}), table rows in their order, every
   * array element on a line of its own, a two-space indent, {@code \n} line ends and a final line
   * break. Deadlines are written as {@code PT15M}, {@code PT1H30M} or {@code P7D}: an amount
   * written as weeks ({@code P1W}) comes back as days ({@code P7D}). A layer is written whole, with
   * {@code "basedOn"} and its base's name after its version; {@code extensions} are written, rules
   * and settings sorted by name, only when there is at least one rule.
   *
   * <p>Reading the text back gives an {@link #equals equal} rulebook, which writes the same text
   * and judges every plan the same way.
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

  private String json() {
    @Nullable String written = json;
    if (written == null) {
      written = RulebookWriter.write(this);
      json = written;
    }
    return written;
  }

  /**
   * Two rulebooks are equal when their ids are equal, base included, and they hold the same values,
   * extensions included: that is, when they write the same {@link #toJson() canonical JSON} and
   * name the same base with the same version. So a layer equals the whole rulebook it stands for
   * when that rulebook has the same name, version and base.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Rulebook rulebook
        && rulebook.id.equals(id)
        && rulebook.json().equals(json());
  }

  @Override
  public int hashCode() {
    return json().hashCode();
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

  /**
   * Builds a rulebook in Java, the way a layer does in JSON: {@link #from} a rulebook, then set
   * what differs. Each setter takes the value of the JSON field of the same name (the last segment
   * of its path, given in each method) and merges as a layer does: a value keyed by an enum or a
   * rule name replaces that one entry; a table replaces the whole table. {@link #build} checks the
   * result as strictly as reading a whole rulebook, and reports each problem at its JSON path. Not
   * thread-safe.
   */
  public static final class Builder {

    private ObjectNode tree = JsonNodeFactory.instance.objectNode();
    private @Nullable RulebookId basedOn;

    Builder() {}

    /**
     * Starts from every value of {@code rulebook}: its name, version, base, numbers, tables and
     * extensions; {@code from(r).build()} equals {@code r}.
     *
     * @param rulebook the rulebook to start from, such as {@link Rulebook#ukDefault()}
     * @return this builder
     */
    public Builder from(Rulebook rulebook) {
      ObjectNode copy = (ObjectNode) TREES.readTree(rulebook.toJson());
      copy.remove(RulebookReader.BASED_ON);
      tree = copy;
      basedOn = rulebook.id().basedOn().orElse(null);
      return this;
    }

    /**
     * Sets {@code $.name}, the rulebook's name: 1 to 64 characters, not blank.
     *
     * @param name the name, such as {@code three-adults-online}
     * @return this builder
     */
    public Builder name(String name) {
      tree.put("name", Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Sets {@code $.version}, the rulebook's version: 1 to 64 characters, not blank.
     *
     * @param version the version, such as {@code 1.0}
     * @return this builder
     */
    public Builder version(String version) {
      tree.put("version", Objects.requireNonNull(version, "version"));
      return this;
    }

    /**
     * Names the rulebook this one is based on, which {@link Rulebook#id()} and every assessment
     * then report; in JSON, {@code $.basedOn} names a bundled rulebook. It does not change a value:
     * {@link #from} gives those.
     *
     * @param base the base's name and version, such as {@code Rulebook.ukDefault().id()}
     * @return this builder
     * @throws IllegalArgumentException if {@code base} is a layer's id: a layer is based on a whole
     *     rulebook
     */
    public Builder basedOn(RulebookId base) {
      Objects.requireNonNull(base, "base");
      if (base.basedOn().isPresent()) {
        throw new IllegalArgumentException(
            "a rulebook is based on a whole rulebook, but " + base + " is a layer");
      }
      this.basedOn = base;
      return this;
    }

    /**
     * Sets {@code $.timeZone}, in which a session's start gives the date it is judged at.
     *
     * @param timeZone a region, such as {@code Europe/London}, not a fixed offset
     * @return this builder
     */
    public Builder timeZone(ZoneId timeZone) {
      tree.put("timeZone", Objects.requireNonNull(timeZone, "timeZone").getId());
      return this;
    }

    /**
     * Sets {@code $.adultAge}, the age from which a person is an adult.
     *
     * @param adultAge the age, 1 to 120
     * @return this builder
     */
    public Builder adultAge(int adultAge) {
      tree.put("adultAge", adultAge);
      return this;
    }

    /**
     * Sets one entry of {@code $.consent.digitalConsentAge}: below it, a parent or carer consents.
     *
     * @param jurisdiction the jurisdiction
     * @param age the age, 0 to {@code adultAge}
     * @return this builder
     */
    public Builder digitalConsentAge(Jurisdiction jurisdiction, int age) {
      object("consent", "digitalConsentAge").put(name(jurisdiction), age);
      return this;
    }

    /**
     * Sets {@code $.consent.capacityAge}, from which the Mental Capacity Act applies.
     *
     * @param capacityAge the age, 0 to 120
     * @return this builder
     */
    public Builder capacityAge(int capacityAge) {
      object("consent").put("capacityAge", capacityAge);
      return this;
    }

    /**
     * Sets {@code $.consent.attorneyAge}, from which an attorney's consent counts.
     *
     * @param attorneyAge the age, 0 to 120
     * @return this builder
     */
    public Builder attorneyAge(int attorneyAge) {
      object("consent").put("attorneyAge", attorneyAge);
      return this;
    }

    /**
     * Sets {@code $.consent.adultSelfConsentRequired}: whether an adult with capacity must consent.
     *
     * @param required whether they must
     * @return this builder
     */
    public Builder adultSelfConsentRequired(boolean required) {
      object("consent").put("adultSelfConsentRequired", required);
      return this;
    }

    /**
     * Sets {@code $.consent.verifiedParentalConsent}, the ways of confirming a parent's consent
     * that count as verified, replacing the whole list.
     *
     * @param verifications the ways, never {@code UNVERIFIED}
     * @return this builder
     */
    public Builder verifiedParentalConsent(Set<ConsentVerification> verifications) {
      object("consent").set("verifiedParentalConsent", names(verifications));
      return this;
    }

    /**
     * Sets {@code $.supervision.ratioBands}, the ratio table, replacing it whole.
     *
     * @param bands the bands, in ascending order of age, from 0 to {@code adultAge - 1} without gap
     *     or overlap
     * @return this builder
     */
    public Builder ratioBands(List<RatioBand> bands) {
      ArrayNode rows = JsonNodeFactory.instance.arrayNode();
      for (RatioBand band : bands) {
        ObjectNode row = rows.addObject();
        row.put("fromAge", band.fromAge());
        row.put("toAge", band.toAge());
        row.put("childrenPerAdult", band.childrenPerAdult());
      }
      object("supervision").set("ratioBands", rows);
      return this;
    }

    /**
     * Sets {@code $.supervision.adultsAtRiskPerAdult}: how many adults at risk one adult may
     * supervise.
     *
     * @param number 1 to 1,000
     * @return this builder
     */
    public Builder adultsAtRiskPerAdult(int number) {
      object("supervision").put("adultsAtRiskPerAdult", number);
      return this;
    }

    /**
     * Sets {@code $.supervision.minimumAdults}: the fewest counted adults at an interactive group
     * session with vulnerable participants.
     *
     * @param adults 1 to 100
     * @return this builder
     */
    public Builder minimumAdults(int adults) {
      object("supervision").put("minimumAdults", adults);
      return this;
    }

    /**
     * Sets {@code $.supervision.broadcastAdults}: the counted adults a broadcast to vulnerable
     * participants needs.
     *
     * @param adults 1 to 100
     * @return this builder
     */
    public Builder broadcastAdults(int adults) {
      object("supervision").put("broadcastAdults", adults);
      return this;
    }

    /**
     * Sets {@code $.supervision.oneToOneAdults}: the counted adults a one-to-one session needs.
     *
     * @param adults the number, as the reader allows
     * @return this builder
     */
    public Builder oneToOneAdults(int adults) {
      object("supervision").put("oneToOneAdults", adults);
      return this;
    }

    /**
     * Sets {@code $.supervision.oneToOneColleagues}: the counted adults besides {@code
     * oneToOneAdults} that make a one-to-one session involve a colleague.
     *
     * @param adults the number, as the reader allows
     * @return this builder
     */
    public Builder oneToOneColleagues(int adults) {
      object("supervision").put("oneToOneColleagues", adults);
      return this;
    }

    /**
     * Sets {@code $.supervision.adultsWithoutVulnerable}: the counted adults a session with no
     * vulnerable participants needs.
     *
     * @param adults the number, as the reader allows
     * @return this builder
     */
    public Builder adultsWithoutVulnerable(int adults) {
      object("supervision").put("adultsWithoutVulnerable", adults);
      return this;
    }

    /**
     * Sets {@code $.supervision.distressCoverStaff}: the fewest support staff that let one leave to
     * phone a distressed participant.
     *
     * @param staff the number, as the reader allows
     * @return this builder
     */
    public Builder distressCoverStaff(int staff) {
      object("supervision").put("distressCoverStaff", staff);
      return this;
    }

    /**
     * Sets {@code $.vetting.requiredChecks}, the check table, replacing it whole.
     *
     * @param rows rows covering every audience, frequency and role exactly once
     * @return this builder
     */
    public Builder requiredChecks(List<RequiredCheck> rows) {
      ArrayNode table = JsonNodeFactory.instance.arrayNode();
      for (RequiredCheck check : rows) {
        ObjectNode row = table.addObject();
        row.put("audience", check.audience().name());
        row.set("frequencies", names(check.frequencies()));
        row.set("roles", names(check.roles()));
        row.put("level", check.level().name());
      }
      object("vetting").set("requiredChecks", table);
      return this;
    }

    /**
     * Sets one entry of {@code $.vetting.acceptedSchemes}: the check schemes that apply in a
     * jurisdiction.
     *
     * @param jurisdiction the jurisdiction
     * @param schemes at least one scheme
     * @return this builder
     */
    public Builder acceptedSchemes(Jurisdiction jurisdiction, Set<CheckScheme> schemes) {
      object("vetting", "acceptedSchemes").set(name(jurisdiction), names(schemes));
      return this;
    }

    /**
     * Sets one entry of {@code $.vetting.requiredSchemes}: the schemes one of which staff must hold
     * at a session of a frequency in a jurisdiction.
     *
     * @param jurisdiction the jurisdiction
     * @param frequency the frequency
     * @param schemes schemes the jurisdiction accepts; empty when any will do
     * @return this builder
     */
    public Builder requiredSchemes(
        Jurisdiction jurisdiction, Frequency frequency, Set<CheckScheme> schemes) {
      object("vetting", "requiredSchemes", name(jurisdiction)).set(name(frequency), names(schemes));
      return this;
    }

    /**
     * Sets one entry of {@code $.vetting.checkValidYears}: how many years a scheme's check stays
     * current.
     *
     * @param scheme the scheme
     * @param years 1 to 50
     * @return this builder
     */
    public Builder checkValidYears(CheckScheme scheme, int years) {
      object("vetting", "checkValidYears").put(name(scheme), years);
      return this;
    }

    /**
     * Sets {@code $.vetting.trainingValidYears}: how many years safeguarding training stays
     * current.
     *
     * @param years 1 to 50
     * @return this builder
     */
    public Builder trainingValidYears(int years) {
      object("vetting").put("trainingValidYears", years);
      return this;
    }

    /**
     * Sets one entry of {@code $.policies}: the level of finding a missing policy gives.
     *
     * @param policy the policy
     * @param level the finding's level
     * @return this builder
     */
    public Builder policies(Policy policy, FindingLevel level) {
      object("policies").put(name(policy), name(level));
      return this;
    }

    /**
     * Sets {@code $.controls.<interaction>.required}: the platform controls a session of an
     * interaction must have.
     *
     * @param interaction the interaction
     * @param controls the controls, none of them also advised
     * @return this builder
     */
    public Builder requiredControls(Interaction interaction, Set<PlatformControl> controls) {
      object("controls", name(interaction)).set("required", names(controls));
      return this;
    }

    /**
     * Sets {@code $.controls.<interaction>.advised}: the platform controls advised for a session of
     * an interaction.
     *
     * @param interaction the interaction
     * @param controls the controls, none of them also required
     * @return this builder
     */
    public Builder advisedControls(Interaction interaction, Set<PlatformControl> controls) {
      object("controls", name(interaction)).set("advised", names(controls));
      return this;
    }

    /**
     * Sets {@code $.inference}, the numbers behind inferred risks, whole.
     *
     * @param inference the table, such as another rulebook's {@link Rulebook#inference()}
     * @return this builder
     */
    public Builder inference(InferenceTable inference) {
      ObjectNode table = JsonNodeFactory.instance.objectNode();
      ObjectNode hijack = table.putObject("sessionHijack");
      hijack.set("controls", names(inference.hijackControls()));
      hijack.put("likelihood", inference.hijackLikelihood());
      hijack.put("perMissingControl", inference.hijackPerMissingControl());
      hijack.put("severity", inference.hijackSeverity());
      hijack.put("severityWithVulnerable", inference.hijackSeverityWithVulnerable());
      ObjectNode impersonation = table.putObject("impersonation");
      impersonation.put("likelihood", inference.impersonationLikelihood());
      impersonation.put(
          "likelihoodOnPublicAccounts", inference.impersonationLikelihoodOnPublicAccounts());
      impersonation.put("ifAnyoneUnregistered", inference.impersonationIfAnyoneUnregistered());
      impersonation.put(
          "ifChildUnverifiedOnPublicAccounts",
          inference.impersonationIfChildUnverifiedOnPublicAccounts());
      impersonation.put("stepDownIfAdministered", inference.impersonationStepDownIfAdministered());
      impersonation.put("severity", inference.impersonationSeverity());
      ObjectNode distress = table.putObject("participantDistress");
      distress.put("likelihood", inference.distressLikelihood());
      distress.put("likelihoodWithoutCover", inference.distressLikelihoodWithoutCover());
      distress.put("severity", inference.distressSeverity());
      tree.set("inference", table);
      return this;
    }

    /**
     * Sets {@code $.riskBands}, the risk bands, replacing them whole.
     *
     * @param bands the bands, covering scores 1 to 25 without gap or overlap
     * @return this builder
     */
    public Builder riskBands(List<BandRange> bands) {
      ArrayNode rows = JsonNodeFactory.instance.arrayNode();
      for (BandRange band : bands) {
        ObjectNode row = rows.addObject();
        row.put("lowest", band.lowest());
        row.put("highest", band.highest());
        row.put("band", band.band().name());
      }
      tree.set("riskBands", rows);
      return this;
    }

    /**
     * Sets {@code $.admission.adultsPresentBeforeVulnerable}: the counted adults in the room before
     * a vulnerable participant is let in.
     *
     * @param adults 1 to {@code minimumAdults} and to {@code broadcastAdults}
     * @return this builder
     */
    public Builder adultsPresentBeforeVulnerable(int adults) {
      object("admission").put("adultsPresentBeforeVulnerable", adults);
      return this;
    }

    /**
     * Sets one entry of {@code $.deadlines}: when an action of an incident response is due.
     *
     * @param action the action
     * @param deadline its deadline, such as another rulebook's {@link Rulebook#deadline}
     * @return this builder
     */
    public Builder deadlines(ResponseAction action, Deadline deadline) {
      ObjectNode entry = object("deadlines").putObject(name(action));
      entry.put("from", deadline.from().name());
      entry.put("within", deadline.within().toString());
      return this;
    }

    /**
     * Sets the settings of one of the organisation's own rules, {@code $.extensions.<ruleName>},
     * merged into those it has by setting name, as a layer's are.
     *
     * @param ruleName the rule's name: 1 to 64 letters, digits, '-', '_' or '.', starting with a
     *     letter
     * @param settings its settings
     * @return this builder
     */
    public Builder extension(String ruleName, RuleSettings settings) {
      Objects.requireNonNull(ruleName, "ruleName");
      Objects.requireNonNull(settings, "settings");
      ObjectNode rule = object("extensions", ruleName);
      settings.values().forEach((name, value) -> rule.set(name, setting(value)));
      return this;
    }

    /**
     * Builds the rulebook, checking it as strictly as reading a whole rulebook does.
     *
     * @return the rulebook
     * @throws InvalidRulebookException listing every problem, each at its JSON path (every value is
     *     missing unless the builder started {@link #from} a rulebook)
     */
    public Rulebook build() {
      Rulebook whole = RulebookJson.RULEBOOK.read(TREES.writeValueAsString(tree));
      @Nullable RulebookId base = basedOn;
      return base == null
          ? whole
          : whole.withId(RulebookId.of(whole.id().name(), whole.id().version(), base));
    }

    /** The object at a path of names, made where it is missing or not an object. */
    private ObjectNode object(String... names) {
      ObjectNode at = tree;
      for (String name : names) {
        JsonNode next = at.get(name);
        at = next instanceof ObjectNode object ? object : at.putObject(name);
      }
      return at;
    }

    private static String name(Enum<?> constant) {
      return Objects.requireNonNull(constant, "a key or value").name();
    }

    /** Enum names in declaration order, as the writer gives them. */
    private static ArrayNode names(Set<? extends Enum<?>> values) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      values.stream()
          .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
          .forEach(value -> array.add(name(value)));
      return array;
    }

    private static JsonNode setting(Object value) {
      if (value instanceof List<?> list) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        list.forEach(entry -> array.add(setting(entry)));
        return array;
      }
      if (value instanceof BigDecimal number) {
        return DecimalNode.valueOf(number);
      }
      if (value instanceof Boolean bool) {
        return JsonNodeFactory.instance.booleanNode(bool);
      }
      return JsonNodeFactory.instance.stringNode((String) value);
    }
  }
}
