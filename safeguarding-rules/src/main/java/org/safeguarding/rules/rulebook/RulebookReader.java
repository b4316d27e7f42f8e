package org.safeguarding.rules.rulebook;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RulebookId;
import org.safeguarding.core.internal.json.JsonInput;
import org.safeguarding.core.internal.json.JsonPaths;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.risk.BandRange;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskBandTable;
import org.safeguarding.core.risk.RiskMatrix;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a rulebook from JSON, strictly, as its text streams past the library's one reader ({@link
 * RulebookJson#RULEBOOK}), so that every problem of the document is found in one pass and reported
 * in one {@link InvalidRulebookException}, each at its JSON path. Every field is required and no
 * other field is allowed. No string value of the input is repeated in a message.
 *
 * <p>A layer ({@code "basedOn": "uk-default"}) is merged into its base's canonical JSON first, and
 * the merged document is read like any other, so that a layer is held to every rule a whole
 * rulebook is: merging by key keeps every path, so each problem is reported at the path the layer
 * gave it. The {@code extensions} section, whose rules the reader does not know, is read as a tree
 * and checked for its shape alone.
 *
 * <p>Each section's values are kept as they are read, with their own checks; the checks across
 * sections (the ratio bands and digital consent ages on {@code adultAge}, the required schemes on
 * the accepted ones, admission on supervision) run once the document is read, since its fields may
 * come in any order. A check that depends on another value is skipped when that value is itself at
 * fault, so that one mistake is reported once, at its own path.
 */
final class RulebookReader {

  /** The most check-table gaps listed one by one; the rest are counted in one more problem. */
  static final int MAX_GAPS_LISTED = 20;

  /** The longest name or version. */
  static final int MAX_ID_LENGTH = 64;

  /** The longest time zone id looked up. */
  private static final int MAX_ZONE_LENGTH = 64;

  private static final int MAX_AGE = 120;
  private static final int MAX_PER_ADULT = 1_000;
  private static final int MAX_ADULTS = 100;
  private static final int MAX_YEARS = 50;
  private static final int MAX_LEVEL = 5;
  private static final int MAX_INCREMENT = 4;
  private static final int MAX_SCORE = 25;
  private static final Duration LONGEST_DEADLINE = Duration.ofDays(366);
  private static final Pattern EXACT_AMOUNT =
      Pattern.compile("PT(?=\\d)(\\d{1,9}H)?(\\d{1,9}M)?(\\d{1,9}S)?");
  private static final Pattern CALENDAR_AMOUNT = Pattern.compile("P\\d{1,9}[DW]");

  private static final String ZONE = "a time zone region id such as Europe/London";
  private static final String AMOUNT =
      "an amount such as PT15M or PT24H (exact hours, minutes or seconds) or P1D or P7D"
          + " (calendar days or weeks), from PT0S to P366D";

  private static final List<String> ROOT =
      names(
          "name version timeZone adultAge consent supervision vetting policies controls inference"
              + " riskBands admission deadlines");
  private static final List<String> CONSENT =
      names(
          "digitalConsentAge capacityAge attorneyAge adultSelfConsentRequired"
              + " verifiedParentalConsent");
  private static final List<String> SUPERVISION =
      names(
          "ratioBands adultsAtRiskPerAdult minimumAdults broadcastAdults oneToOneAdults"
              + " oneToOneColleagues adultsWithoutVulnerable distressCoverStaff");
  private static final List<String> BAND = names("fromAge toAge childrenPerAdult");
  private static final List<String> VETTING =
      names("requiredChecks acceptedSchemes requiredSchemes checkValidYears trainingValidYears");
  private static final List<String> CHECK_ROW = names("audience frequencies roles level");
  private static final List<String> CONTROL_LISTS = names("required advised");
  private static final List<String> INFERENCE =
      names("sessionHijack impersonation participantDistress");
  private static final Map<String, List<String>> INFERENCE_FIELDS =
      Map.of(
          "sessionHijack",
          names("controls likelihood perMissingControl severity severityWithVulnerable"),
          "impersonation",
          names(
              "likelihood likelihoodOnPublicAccounts ifAnyoneUnregistered"
                  + " ifChildUnverifiedOnPublicAccounts stepDownIfAdministered severity"),
          "participantDistress",
          names("likelihood likelihoodWithoutCover severity"));

  /** The inference's steps, from 0; every other number of it is a level, from 1. */
  private static final Set<String> STEPS =
      Set.of(
          "perMissingControl",
          "ifAnyoneUnregistered",
          "ifChildUnverifiedOnPublicAccounts",
          "stepDownIfAdministered");

  private static final List<String> RISK_ROW = names("lowest highest band");
  private static final List<String> ADMISSION = names("adultsPresentBeforeVulnerable");
  private static final List<String> DEADLINE = names("from within");

  /** The field naming a layer's base. */
  static final String BASED_ON = "basedOn";

  private static final Pattern RULE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,63}");
  private static final String SETTING = "a string, a number, a boolean or an array of those";
  private static final String ENTRY = "a string, a number or a boolean";
  // Numbers as the rulebook's own reader keeps them: an extension's 1.50 stays 1.50.
  private static final JsonMapper TREES =
      JsonMapper.builder()
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private final JsonInput in;
  private final @Nullable RulebookId base;
  private final Rulebook.Parts parts = new Rulebook.Parts();

  private @Nullable String name;
  private @Nullable String version;

  // The checks across sections, each with the path it reports at, run once the document is read.
  private final List<Runnable> afterwards = new ArrayList<>();

  // The ratio bands as they are read: each is compared with the one before it.
  private @Nullable Integer previousTo;
  private int bands;
  private @Nullable Integer lastTo;
  private String lastToPath = "$";

  // The check table as it is read: for each audience, frequency and role, the row covering it.
  private final int[][][] coveredBy =
      new int[Audience.values().length][Frequency.values().length][StaffRole.values().length];
  private int rows;
  private boolean rowsComplete = true;
  private final List<RequiredCheck> requiredChecks = new ArrayList<>();

  private @Nullable Set<PlatformControl> hijackControls;
  private final Map<String, Integer> inference = new HashMap<>();

  private final List<BandRange> riskBands = new ArrayList<>();
  private boolean riskBandsComplete = true;

  private RulebookReader(JsonInput in, @Nullable RulebookId base) {
    this.in = in;
    this.base = base;
    for (int[][] byFrequency : coveredBy) {
      for (int[] byRole : byFrequency) {
        Arrays.fill(byRole, -1);
      }
    }
  }

  /**
   * Reads a rulebook's root value, the last step checking it across sections. A layer is merged
   * into its base first: see {@link #merge}.
   */
  static Supplier<Rulebook> read(JsonInput in) {
    JsonNode document = in.tree();
    @Nullable RulebookId base = null;
    if (document instanceof ObjectNode layer && layer.has(BASED_ON)) {
      JsonNode named = layer.get(BASED_ON);
      @Nullable Rulebook bundled = named.isString() ? Rulebook.bundled(named.stringValue()) : null;
      // A layer names itself: without its own name and version, it would pass for its base.
      for (String field : List.of("name", "version")) {
        if (!layer.has(field)) {
          in.problems().add(JsonPaths.field("$", field), "is required, in a layer too");
        }
      }
      if (bundled == null) {
        in.problems()
            .add(
                JsonPaths.field("$", BASED_ON),
                "must be the name of a bundled rulebook: " + String.join(", ", Rulebook.BUNDLED));
        return in.refused();
      }
      layer.remove(BASED_ON);
      ObjectNode merged = (ObjectNode) TREES.readTree(bundled.toJson());
      merge(merged, layer);
      document = merged;
      base = bundled.id();
    }
    JsonInput merged = in.over(document);
    RulebookReader reader = new RulebookReader(merged, base);
    return merged.fields(ROOT, reader::root) ? merged.building(reader::build) : merged.refused();
  }

  /**
   * Merges a layer into its base: where both hold an object, the layer's members are merged in by
   * key, one by one; any other value of the layer (a number, a string, a list, or a null, which the
   * reader then refuses at its path) replaces the base's whole. Nothing of the base can be removed,
   * and every member keeps its path.
   */
  static void merge(ObjectNode base, ObjectNode layer) {
    for (Map.Entry<String, JsonNode> member : layer.properties()) {
      JsonNode under = base.get(member.getKey());
      if (under instanceof ObjectNode baseObject && member.getValue() instanceof ObjectNode part) {
        merge(baseObject, part);
      } else {
        base.set(member.getKey(), member.getValue());
      }
    }
  }

  private Rulebook build() {
    afterwards.forEach(Runnable::run);
    if (!in.problems().isEmpty()) {
      return in.<Rulebook>refused().get();
    }
    String named = Objects.requireNonNull(name);
    String versioned = Objects.requireNonNull(version);
    @Nullable RulebookId basedOn = base;
    parts.id =
        basedOn == null
            ? RulebookId.of(named, versioned)
            : RulebookId.of(named, versioned, basedOn);
    parts.requiredChecks = requiredChecks;
    parts.inference =
        new InferenceTable(
            Objects.requireNonNull(hijackControls),
            number("sessionHijack.likelihood"),
            number("sessionHijack.perMissingControl"),
            number("sessionHijack.severity"),
            number("sessionHijack.severityWithVulnerable"),
            number("impersonation.likelihood"),
            number("impersonation.likelihoodOnPublicAccounts"),
            number("impersonation.ifAnyoneUnregistered"),
            number("impersonation.ifChildUnverifiedOnPublicAccounts"),
            number("impersonation.stepDownIfAdministered"),
            number("impersonation.severity"),
            number("participantDistress.likelihood"),
            number("participantDistress.likelihoodWithoutCover"),
            number("participantDistress.severity"));
    return new Rulebook(parts);
  }

  private int number(String key) {
    return Objects.requireNonNull(inference.get(key));
  }

  // ---------------------------------------------------------------------------------------------
  // The sections

  private void root(String field) {
    switch (field) {
      case "name" -> identifier(text -> name = text);
      case "version" -> identifier(text -> version = text);
      case "timeZone" -> in.string(ZONE, this::timeZone);
      case "adultAge" -> in.integer(1, MAX_AGE, age -> parts.adultAge = age);
      case "consent" -> object(CONSENT, this::consent);
      case "supervision" -> object(SUPERVISION, this::supervision);
      case "vetting" -> object(VETTING, this::vetting);
      // Every policy needs a level, so that a rulebook cannot drop one by leaving it out.
      case "policies" ->
          in.keyed(
              Policy.class,
              true,
              policy ->
                  in.enumValue(
                      FindingLevel.class, level -> parts.requiredPolicies.put(policy, level)));
      case "controls" -> in.keyed(Interaction.class, true, this::controls);
      case "inference" -> object(INFERENCE, this::inference);
      case "riskBands" -> in.objects(Integer.MAX_VALUE, this::riskBand, this::riskBands);
      case "admission" ->
          object(
              ADMISSION,
              f -> {
                if (f.equals("adultsPresentBeforeVulnerable")) {
                  in.integer(
                      1,
                      MAX_ADULTS,
                      adults -> {
                        parts.adultsPresentBeforeVulnerable = adults;
                        afterwards.add(this::admission);
                      });
                } else {
                  in.unknown();
                }
              });
      // Every action of an incident response needs a deadline: none can be dropped by omission.
      case "deadlines" -> in.keyed(ResponseAction.class, true, this::deadline);
      // Optional: a rulebook without rules of its own has none.
      case "extensions" -> extensions();
      default -> in.unknown();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Extensions: organisations' own rules, whose settings are checked when the engine is built

  /** An object keyed by rule name, each value an object of settings. */
  private void extensions() {
    String path = in.path();
    JsonNode tree = in.tree();
    if (tree.isNull()) {
      in.problem("must not be null");
      return;
    }
    if (!tree.isObject()) {
      in.problem("must be an object keyed by rule name");
      return;
    }
    for (Map.Entry<String, JsonNode> rule : tree.properties()) {
      String rulePath = JsonPaths.field(path, rule.getKey());
      boolean named = RULE_NAME.matcher(rule.getKey()).matches();
      if (!named) {
        problem(
            rulePath,
            "must be a rule name: 1 to 64 letters, digits, '-', '_' or '.', starting with a"
                + " letter");
      }
      @Nullable RuleSettings settings = settings(rulePath, rule.getValue());
      if (named && settings != null) {
        parts.extensions.put(rule.getKey(), settings);
      }
    }
  }

  private @Nullable RuleSettings settings(String path, JsonNode node) {
    if (node.isNull()) {
      problem(path, "must not be null");
      return null;
    }
    if (!node.isObject()) {
      problem(path, "must be an object of settings");
      return null;
    }
    Map<String, Object> values = new TreeMap<>();
    boolean complete = true;
    for (Map.Entry<String, JsonNode> setting : node.properties()) {
      String settingPath = JsonPaths.field(path, setting.getKey());
      JsonNode value = setting.getValue();
      if (value.isArray()) {
        List<Object> entries = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
          @Nullable Object entry = scalar(JsonPaths.index(settingPath, i), value.get(i), ENTRY);
          if (entry == null) {
            complete = false;
          } else {
            entries.add(entry);
          }
        }
        values.put(setting.getKey(), entries);
      } else {
        @Nullable Object scalar = scalar(settingPath, value, SETTING);
        if (scalar == null) {
          complete = false;
        } else {
          values.put(setting.getKey(), scalar);
        }
      }
    }
    return complete ? RuleSettings.of(values) : null;
  }

  /** A setting's value, or an entry of one: a string, a number (kept exactly) or a boolean. */
  private @Nullable Object scalar(String path, JsonNode node, String expectation) {
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    problem(path, node.isNull() ? "must not be null" : "must be " + expectation);
    return null;
  }

  /** A name or version: a non-blank string of at most 64 characters, without control ones. */
  private void identifier(Consumer<String> to) {
    in.string(
        "a string of 1 to " + MAX_ID_LENGTH + " characters",
        text -> {
          if (text.isBlank()) {
            in.problem("must not be blank");
          } else if (text.length() > MAX_ID_LENGTH) {
            in.problem("must be at most " + MAX_ID_LENGTH + " characters long");
          } else if (!isPrintable(text)) {
            in.problem("must not contain control or invisible formatting characters");
          } else {
            to.accept(text);
          }
        });
  }

  private void timeZone(String id) {
    if (id.isEmpty() || id.length() > MAX_ZONE_LENGTH) {
      in.problem("must be " + ZONE);
      return;
    }
    try {
      ZoneId zone = ZoneId.of(id);
      // UTC+01:00, GMT+1 and Etc/GMT-1 are offsets dressed as regions: none follows the clock
      // changes of the place a session is held, so none gives its local time.
      if (zone.normalized() instanceof ZoneOffset) {
        in.problem("must be " + ZONE + ", not a fixed offset");
      } else {
        parts.timeZone = zone;
      }
    } catch (DateTimeException e) {
      in.problem("must be " + ZONE + " known to this Java runtime");
    }
  }

  private void consent(String field) {
    switch (field) {
      case "digitalConsentAge" ->
          in.keyed(
              Jurisdiction.class,
              true,
              jurisdiction ->
                  in.integer(
                      0,
                      MAX_AGE,
                      age -> {
                        parts.digitalConsentAge.put(jurisdiction, age);
                        // At most adultAge, checked once adultAge is read; 0 when at fault and
                        // reported.
                        String path = in.path();
                        afterwards.add(
                            () -> {
                              if (parts.adultAge > 0 && age > parts.adultAge) {
                                problem(path, "must be a whole number from 0 to " + parts.adultAge);
                              }
                            });
                      }));
      case "capacityAge" -> in.integer(0, MAX_AGE, age -> parts.capacityAge = age);
      case "attorneyAge" -> in.integer(0, MAX_AGE, age -> parts.attorneyAge = age);
      case "adultSelfConsentRequired" ->
          in.bool(required -> parts.adultSelfConsentRequired = required);
      case "verifiedParentalConsent" ->
          in.enumList(
              ConsentVerification.class,
              entries -> {
                // Counting unverified consent as verified would silence CONSENT_UNVERIFIED.
                for (int i = 0; i < entries.size(); i++) {
                  if (entries.get(i) == ConsentVerification.UNVERIFIED) {
                    problem(
                        JsonPaths.index(in.path(), i),
                        "must not count UNVERIFIED consent as verified");
                  }
                }
                parts.verifiedParentalConsent = set(ConsentVerification.class, entries);
              });
      default -> in.unknown();
    }
  }

  private void supervision(String field) {
    switch (field) {
      case "ratioBands" ->
          in.objects(
              Integer.MAX_VALUE,
              this::ratioBand,
              read -> {
                if (read.isEmpty()) {
                  in.problem("must have at least one band");
                  return;
                }
                if (!read.contains(null)) {
                  parts.ratioBands = List.copyOf(read);
                }
                @Nullable Integer to = lastTo;
                String path = lastToPath;
                afterwards.add(
                    () -> {
                      int adultAge = parts.adultAge;
                      if (to != null && adultAge > 0 && to != adultAge - 1) {
                        problem(
                            path,
                            "must be "
                                + (adultAge - 1)
                                + ", the age before adultAge, in the last band");
                      }
                    });
              });
      case "adultsAtRiskPerAdult" ->
          in.integer(1, MAX_PER_ADULT, number -> parts.adultsAtRiskPerAdult = number);
      case "minimumAdults" -> in.integer(1, MAX_ADULTS, number -> parts.minimumAdults = number);
      case "broadcastAdults" -> in.integer(1, MAX_ADULTS, number -> parts.broadcastAdults = number);
      case "oneToOneAdults" -> in.integer(1, MAX_ADULTS, number -> parts.oneToOneAdults = number);
      // At least one: with none, a one-to-one would never need a colleague or a responsible adult.
      case "oneToOneColleagues" ->
          in.integer(1, MAX_ADULTS, number -> parts.oneToOneColleagues = number);
      case "adultsWithoutVulnerable" ->
          in.integer(1, MAX_ADULTS, number -> parts.adultsWithoutVulnerable = number);
      case "distressCoverStaff" ->
          in.integer(1, MAX_ADULTS, number -> parts.distressCoverStaff = number);
      default -> in.unknown();
    }
  }

  /**
   * The bands, in order, must run from 0 to {@code adultAge - 1} without gap or overlap. A band at
   * fault breaks the chain: the next band is not compared with it.
   */
  private @Nullable RatioBand ratioBand(JsonInput in) {
    @Nullable Integer[] band = new Integer[3];
    in.fields(
        BAND,
        f -> {
          int at = BAND.indexOf(f);
          if (at < 0) {
            in.unknown();
          } else {
            in.integer(at < 2 ? 0 : 1, at < 2 ? MAX_AGE - 1 : MAX_PER_ADULT, v -> band[at] = v);
          }
        });
    @Nullable Integer from = band[0];
    @Nullable Integer to = band[1];
    @Nullable Integer perAdult = band[2];
    String toPath = JsonPaths.field(in.path(), "toAge");
    if (from != null && to != null && from > to) {
      problem(toPath, "must be at least the band's fromAge (" + from + ")");
    }
    if (from != null) {
      String fromPath = JsonPaths.field(in.path(), "fromAge");
      @Nullable Integer previous = previousTo;
      if (bands == 0 && from != 0) {
        problem(fromPath, "must be 0: the first band starts at birth");
      } else if (bands > 0 && previous != null && from != previous + 1) {
        int expected = previous + 1;
        problem(
            fromPath,
            "must be "
                + expected
                + ", the age after the previous band's toAge"
                + (from > expected
                    ? " (ages " + expected + " to " + (from - 1) + " have no band)"
                    : " (the bands overlap)"));
      }
    }
    bands++;
    previousTo = from != null && to != null && from <= to ? to : null;
    lastTo = to;
    lastToPath = toPath;
    return from != null && to != null && perAdult != null
        ? new RatioBand(from, to, perAdult)
        : null;
  }

  private void vetting(String field) {
    switch (field) {
      case "requiredChecks" -> in.objects(Integer.MAX_VALUE, this::checkRow, read -> checkGaps());
      case "acceptedSchemes" ->
          in.keyed(
              Jurisdiction.class,
              true,
              jurisdiction ->
                  in.enumList(
                      CheckScheme.class,
                      entries -> {
                        if (entries.isEmpty()) {
                          in.problem("must have at least one entry");
                        } else {
                          parts.acceptedSchemes.put(jurisdiction, set(CheckScheme.class, entries));
                        }
                      }));
      // Every jurisdiction and frequency must be given (an empty list when any scheme will do),
      // so that a rulebook cannot drop a requirement by leaving it out.
      case "requiredSchemes" ->
          in.keyed(
              Jurisdiction.class,
              true,
              jurisdiction -> {
                Map<Frequency, Set<CheckScheme>> read = new EnumMap<>(Frequency.class);
                if (in.keyed(
                    Frequency.class,
                    true,
                    frequency ->
                        in.enumList(
                            CheckScheme.class,
                            entries -> {
                              read.put(frequency, set(CheckScheme.class, entries));
                              String path = in.path();
                              afterwards.add(() -> accepted(path, jurisdiction, entries));
                            }))) {
                  parts.requiredSchemes.put(jurisdiction, read);
                }
              });
      case "checkValidYears" ->
          in.keyed(
              CheckScheme.class,
              true,
              scheme ->
                  in.integer(1, MAX_YEARS, years -> parts.checkValidYears.put(scheme, years)));
      case "trainingValidYears" ->
          in.integer(1, MAX_YEARS, years -> parts.trainingValidYears = years);
      default -> in.unknown();
    }
  }

  /**
   * Every audience, frequency and role must be covered by exactly one row. An overlap is reported
   * at the later row; gaps are looked for only when every row's coverage could be read, since a row
   * at fault would leave gaps that are not really there.
   */
  private int checkRow(JsonInput in) {
    int row = rows++;
    CheckRow read = new CheckRow();
    in.fields(
        CHECK_ROW,
        f -> {
          switch (f) {
            case "audience" -> in.enumValue(Audience.class, value -> read.audience = value);
            case "frequencies" -> nonEmpty(Frequency.class, entries -> read.frequencies = entries);
            case "roles" -> nonEmpty(StaffRole.class, entries -> read.roles = entries);
            case "level" -> in.enumValue(CheckLevel.class, value -> read.level = value);
            default -> in.unknown();
          }
        });
    @Nullable Audience audience = read.audience;
    @Nullable List<@Nullable Frequency> frequencyEntries = read.frequencies;
    @Nullable List<@Nullable StaffRole> roleEntries = read.roles;
    if (audience == null || frequencyEntries == null || roleEntries == null) {
      rowsComplete = false;
      return row;
    }
    if (frequencyEntries.contains(null) || roleEntries.contains(null)) {
      rowsComplete = false;
    }
    Set<Frequency> frequencies = set(Frequency.class, frequencyEntries);
    Set<StaffRole> roles = set(StaffRole.class, roleEntries);
    @Nullable CheckLevel level = read.level;
    if (level != null) {
      requiredChecks.add(new RequiredCheck(audience, frequencies, roles, level));
    }
    // For each earlier row this one overlaps: the first combination both cover, and how many.
    Map<Integer, String> firstOverlap = new LinkedHashMap<>();
    Map<Integer, Integer> overlapCount = new HashMap<>();
    for (Frequency frequency : frequencies) {
      for (StaffRole role : roles) {
        int[] byRole = coveredBy[audience.ordinal()][frequency.ordinal()];
        int earlier = byRole[role.ordinal()];
        if (earlier >= 0) {
          firstOverlap.putIfAbsent(earlier, audience + ", " + frequency + ", " + role);
          overlapCount.merge(earlier, 1, Integer::sum);
        } else {
          byRole[role.ordinal()] = row;
        }
      }
    }
    firstOverlap.forEach(
        (earlier, combination) -> {
          int more = Objects.requireNonNull(overlapCount.get(earlier)) - 1;
          in.problem(
              "covers "
                  + combination
                  + ", which row "
                  + earlier
                  + " already covers"
                  + (more > 0
                      ? " (and " + more + " more " + combinations(more) + " that row covers)"
                      : ""));
        });
    return row;
  }

  /** A check row's values as read, each null where at fault. */
  private static final class CheckRow {
    @Nullable Audience audience;
    @Nullable List<@Nullable Frequency> frequencies;
    @Nullable List<@Nullable StaffRole> roles;
    @Nullable CheckLevel level;
  }

  private void checkGaps() {
    if (!rowsComplete) {
      return;
    }
    int gaps = 0;
    for (Audience audience : Audience.values()) {
      for (Frequency frequency : Frequency.values()) {
        for (StaffRole role : StaffRole.values()) {
          if (coveredBy[audience.ordinal()][frequency.ordinal()][role.ordinal()] < 0) {
            if (gaps < MAX_GAPS_LISTED) {
              in.problem("must give a level for " + audience + ", " + frequency + ", " + role);
            }
            gaps++;
          }
        }
      }
    }
    if (gaps > MAX_GAPS_LISTED) {
      int more = gaps - MAX_GAPS_LISTED;
      in.problem("must give a level for " + more + " more " + combinations(more));
    }
  }

  private static String combinations(int count) {
    return count == 1 ? "combination" : "combinations";
  }

  /** A control is either required or advised for an interaction, not both. */
  private void controls(Interaction interaction) {
    List<@Nullable List<@Nullable PlatformControl>> lists = new ArrayList<>();
    lists.add(null);
    lists.add(null);
    object(
        CONTROL_LISTS,
        f -> {
          int at = CONTROL_LISTS.indexOf(f);
          if (at < 0) {
            in.unknown();
          } else {
            in.enumList(PlatformControl.class, entries -> lists.set(at, entries));
          }
        });
    @Nullable List<@Nullable PlatformControl> required = lists.get(0);
    @Nullable List<@Nullable PlatformControl> advised = lists.get(1);
    if (required != null) {
      parts.requiredControls.put(interaction, set(PlatformControl.class, required));
    }
    if (advised != null) {
      parts.advisedControls.put(interaction, set(PlatformControl.class, advised));
      if (required != null) {
        String advisedPath = JsonPaths.field(in.path(), "advised");
        for (int i = 0; i < advised.size(); i++) {
          @Nullable PlatformControl control = advised.get(i);
          if (control != null && required.contains(control)) {
            problem(
                JsonPaths.index(advisedPath, i),
                "is also required: a control is either required or advised");
          }
        }
      }
    }
  }

  private void inference(String section) {
    @Nullable List<String> fields = INFERENCE_FIELDS.get(section);
    if (fields == null) {
      in.unknown();
      return;
    }
    object(
        fields,
        f -> {
          if (!fields.contains(f)) {
            in.unknown();
          } else if (f.equals("controls")) {
            in.enumList(
                PlatformControl.class,
                entries -> hijackControls = set(PlatformControl.class, entries));
          } else {
            boolean step = STEPS.contains(f);
            in.integer(
                step ? 0 : 1,
                step ? MAX_INCREMENT : MAX_LEVEL,
                number -> inference.put(section + "." + f, number));
          }
        });
  }

  private int riskBand(JsonInput in) {
    @Nullable Integer[] scores = new Integer[2];
    @Nullable RiskBand[] band = {null};
    in.fields(
        RISK_ROW,
        f -> {
          switch (f) {
            case "lowest" -> in.integer(1, MAX_SCORE, score -> scores[0] = score);
            case "highest" -> in.integer(1, MAX_SCORE, score -> scores[1] = score);
            case "band" -> in.enumValue(RiskBand.class, value -> band[0] = value);
            default -> in.unknown();
          }
        });
    @Nullable Integer lowest = scores[0];
    @Nullable Integer highest = scores[1];
    @Nullable RiskBand value = band[0];
    if (lowest == null || highest == null || value == null) {
      riskBandsComplete = false;
    } else {
      riskBands.add(BandRange.of(lowest, highest, value));
    }
    return 0;
  }

  /**
   * The rows must each be readable before the table itself is checked: the table's own problems (a
   * gap, an overlap, a band out of order) are then placed under {@code $.riskBands}.
   */
  private void riskBands(List<Integer> read) {
    if (read.isEmpty()) {
      in.problem("must have at least one row");
      return;
    }
    if (!riskBandsComplete) {
      return;
    }
    List<PlanProblem> tableProblems = RiskBandTable.problems(riskBands);
    for (PlanProblem tableProblem : tableProblems) {
      problem(in.path() + tableProblem.path().substring(1), tableProblem.message());
    }
    if (tableProblems.isEmpty()) {
      parts.riskMatrix = RiskMatrix.withBands(RiskBandTable.of(riskBands));
    }
  }

  private void deadline(ResponseAction action) {
    Deadline.@Nullable From[] from = {null};
    @Nullable TemporalAmount[] within = {null};
    object(
        DEADLINE,
        f -> {
          switch (f) {
            case "from" -> in.enumValue(Deadline.From.class, value -> from[0] = value);
            case "within" -> in.string(AMOUNT, text -> within[0] = within(text));
            default -> in.unknown();
          }
        });
    Deadline.@Nullable From start = from[0];
    @Nullable TemporalAmount amount = within[0];
    if (start != null && amount != null) {
      parts.deadlines.put(action, new Deadline(start, amount));
    }
  }

  /**
   * An ISO-8601 amount of time: hours, minutes and seconds as an exact duration ({@code PT15M},
   * {@code PT24H}), or whole days or weeks as calendar days ({@code P1D}, {@code P7D}); never
   * negative or fractional, at most a year (366 days). Days and hours are not mixed, so that
   * whether an amount is exact or calendar is plain; months and years are refused, as their length
   * varies.
   */
  private @Nullable TemporalAmount within(String value) {
    // Only ASCII letters are upper-cased to their ISO-8601 designators: toUpperCase would also
    // turn the long s (U+017F) into an S and the dotless i into an I.
    String text = isAscii(value) ? value.toUpperCase(Locale.ROOT) : value;
    @Nullable TemporalAmount amount = null;
    try {
      if (value.length() > MAX_ID_LENGTH) {
        amount = null;
      } else if (EXACT_AMOUNT.matcher(text).matches()) {
        Duration duration = Duration.parse(text);
        amount = duration.compareTo(LONGEST_DEADLINE) <= 0 ? duration : null;
      } else if (CALENDAR_AMOUNT.matcher(text).matches()) {
        Period period = Period.parse(text);
        amount = period.getDays() <= LONGEST_DEADLINE.toDays() ? period : null;
      }
    } catch (DateTimeException | ArithmeticException e) {
      amount = null; // reported below, in our own words
    }
    if (amount == null) {
      in.problem("must be " + AMOUNT);
    }
    return amount;
  }

  private static boolean isAscii(String value) {
    return value.chars().allMatch(c -> c < 0x80);
  }

  // ---------------------------------------------------------------------------------------------
  // Across sections, once the document is read

  /** A required scheme must be one the jurisdiction accepts (when its accepted ones were read). */
  private void accepted(
      String path, Jurisdiction jurisdiction, List<@Nullable CheckScheme> entries) {
    @Nullable Set<CheckScheme> accepted = parts.acceptedSchemes.get(jurisdiction);
    for (int i = 0; i < entries.size(); i++) {
      @Nullable CheckScheme scheme = entries.get(i);
      if (scheme != null && accepted != null && !accepted.contains(scheme)) {
        problem(
            JsonPaths.index(path, i),
            "must be one of the schemes acceptedSchemes gives for " + jurisdiction);
      }
    }
  }

  /**
   * The door and the assessment read the same numbers: a door that asked for more adults than a
   * group or broadcast needs would keep out every child of a session assessed as safe. (Zero means
   * a supervision figure was at fault, and is reported already.)
   */
  private void admission() {
    int adults = parts.adultsPresentBeforeVulnerable;
    String path = "$.admission.adultsPresentBeforeVulnerable";
    if (parts.minimumAdults > 0 && adults > parts.minimumAdults) {
      problem(path, "must be at most supervision.minimumAdults (" + parts.minimumAdults + ")");
    }
    if (parts.broadcastAdults > 0 && adults > parts.broadcastAdults) {
      problem(path, "must be at most supervision.broadcastAdults (" + parts.broadcastAdults + ")");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  /** An object of the fields {@code names}, each read by {@code reader}; a null is a problem. */
  private void object(List<String> names, JsonInput.FieldReader reader) {
    in.object(input -> input.fields(names, reader), read -> {});
  }

  /** A list of enum names that must hold at least one entry. */
  private <E extends Enum<E>> void nonEmpty(Class<E> type, Consumer<List<@Nullable E>> to) {
    in.enumList(
        type,
        entries -> {
          if (entries.isEmpty()) {
            in.problem("must have at least one entry");
          } else {
            to.accept(entries);
          }
        });
  }

  private static <E extends Enum<E>> Set<E> set(Class<E> type, List<@Nullable E> entries) {
    Set<E> values = EnumSet.noneOf(type);
    for (@Nullable E entry : entries) {
      if (entry != null) {
        values.add(entry);
      }
    }
    return values;
  }

  private void problem(String path, String message) {
    in.problems().add(path, message);
  }

  /** Field names, written as one string. */
  private static List<String> names(String spaced) {
    return List.of(spaced.split(" "));
  }

  /**
   * Whether no character of {@code text} is a control, a format character (such as a bidirectional
   * override or a tag character, in or beyond the Basic Multilingual Plane), a line or paragraph
   * separator, or half a surrogate pair.
   */
  private static boolean isPrintable(String text) {
    return text.codePoints()
        .map(Character::getType)
        .noneMatch(
            type ->
                type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.SURROGATE);
  }
}
