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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads a rulebook from JSON, strictly. The document is parsed to a tree under tight limits and
 * then walked by hand, so that every problem of the document is found in one pass and reported in
 * one {@link InvalidRulebookException}, each at its JSON path. Every field is required and no other
 * field is allowed. No Jackson exception escapes, and no string value of the input is repeated in a
 * message.
 *
 * <p>A check that depends on another value (the ratio bands on {@code adultAge}, the check table's
 * coverage on every row) is skipped when that value is itself at fault, so that one mistake is
 * reported once, at its own path.
 */
final class RulebookReader {

  /** The most problems listed for one document. */
  static final int MAX_PROBLEMS = 1_000;

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

  private static final JsonNode EMPTY_OBJECT = JsonNodeFactory.instance.objectNode();

  private final List<PlanProblem> problems = new ArrayList<>();
  private boolean cut;
  private final Rulebook.Parts parts = new Rulebook.Parts();

  private RulebookReader() {}

  /**
   * Reads a rulebook's root value, the last step checking it across sections once the text is read:
   * the document's text is read by the library's one reader ({@link RulebookJson#RULEBOOK}), under
   * the rulebook's small limits, and walked here as the small tree those limits allow.
   */
  static Supplier<Rulebook> read(JsonInput in) {
    JsonNode root = in.tree();
    return () -> new RulebookReader().build(root);
  }

  // ---------------------------------------------------------------------------------------------
  // The document

  private Rulebook build(JsonNode root) {
    if (!root.isObject()) {
      throw new InvalidRulebookException(List.of(PlanProblem.of("$", "must be an object")));
    }
    Obj doc =
        new Obj(
            root,
            "$",
            false,
            "name",
            "version",
            "timeZone",
            "adultAge",
            "consent",
            "supervision",
            "vetting",
            "policies",
            "controls",
            "inference",
            "riskBands",
            "admission",
            "deadlines");
    readId(doc);
    readTimeZone(doc);
    @Nullable Integer adultAge = doc.integer("adultAge", 1, MAX_AGE);
    if (adultAge != null) {
      parts.adultAge = adultAge;
    }
    readConsent(doc, adultAge);
    readSupervision(doc, adultAge);
    readVetting(doc);
    readPolicies(doc);
    readControls(doc);
    readInference(doc);
    readRiskBands(doc);
    readAdmission(doc);
    readDeadlines(doc);
    if (!problems.isEmpty()) {
      throw new InvalidRulebookException(problems);
    }
    return new Rulebook(parts);
  }

  private void readId(Obj doc) {
    @Nullable String name = doc.identifier("name");
    @Nullable String version = doc.identifier("version");
    if (name != null && version != null) {
      parts.id = RulebookId.of(name, version);
    }
  }

  private void readTimeZone(Obj doc) {
    String expectation = "a time zone region id such as Europe/London";
    @Nullable JsonNode value = doc.get("timeZone");
    String path = field("$", "timeZone");
    if (value == null) {
      return;
    }
    if (!value.isString()) {
      wrong(path, value, expectation);
      return;
    }
    String id = value.stringValue();
    if (id.isEmpty() || id.length() > MAX_ZONE_LENGTH) {
      problem(path, "must be " + expectation);
      return;
    }
    try {
      ZoneId zone = ZoneId.of(id);
      if (zone instanceof ZoneOffset) {
        problem(path, "must be " + expectation + ", not a fixed offset");
        return;
      }
      parts.timeZone = zone;
    } catch (DateTimeException e) {
      problem(path, "must be " + expectation + " known to this Java runtime");
    }
  }

  private void readConsent(Obj doc, @Nullable Integer adultAge) {
    Obj consent =
        doc.object(
            "consent",
            "digitalConsentAge",
            "capacityAge",
            "attorneyAge",
            "adultSelfConsentRequired",
            "verifiedParentalConsent");
    // Without a valid adultAge, its largest possible value stands in: it cannot flag an age that
    // some valid adultAge would allow.
    int oldest = adultAge != null ? adultAge : MAX_AGE;
    String agesPath = field(consent.path, "digitalConsentAge");
    @Nullable Map<Jurisdiction, JsonNode> ages =
        keyed(consent.get("digitalConsentAge"), agesPath, Jurisdiction.class, true);
    if (ages != null) {
      ages.forEach(
          (jurisdiction, value) -> {
            @Nullable Integer age = intAt(value, field(agesPath, jurisdiction.name()), 0, oldest);
            if (age != null) {
              parts.digitalConsentAge.put(jurisdiction, age);
            }
          });
    }
    @Nullable Integer capacityAge = consent.integer("capacityAge", 0, MAX_AGE);
    if (capacityAge != null) {
      parts.capacityAge = capacityAge;
    }
    @Nullable Integer attorneyAge = consent.integer("attorneyAge", 0, MAX_AGE);
    if (attorneyAge != null) {
      parts.attorneyAge = attorneyAge;
    }
    @Nullable Boolean selfConsent = consent.bool("adultSelfConsentRequired");
    if (selfConsent != null) {
      parts.adultSelfConsentRequired = selfConsent;
    }
    @Nullable EnumList<ConsentVerification> verified =
        consent.enumList("verifiedParentalConsent", ConsentVerification.class, false);
    if (verified != null) {
      // Counting unverified consent as verified would silence CONSENT_UNVERIFIED altogether.
      for (int i = 0; i < verified.entries.size(); i++) {
        if (verified.entries.get(i) == ConsentVerification.UNVERIFIED) {
          problem(
              field(consent.path, "verifiedParentalConsent") + "[" + i + "]",
              "must not count UNVERIFIED consent as verified");
        }
      }
      parts.verifiedParentalConsent = verified.values;
    }
  }

  private void readSupervision(Obj doc, @Nullable Integer adultAge) {
    Obj supervision =
        doc.object(
            "supervision",
            "ratioBands",
            "adultsAtRiskPerAdult",
            "minimumAdults",
            "broadcastAdults",
            "oneToOneAdults",
            "oneToOneColleagues",
            "adultsWithoutVulnerable",
            "distressCoverStaff");
    readRatioBands(supervision, adultAge);
    @Nullable Integer atRisk = supervision.integer("adultsAtRiskPerAdult", 1, MAX_PER_ADULT);
    if (atRisk != null) {
      parts.adultsAtRiskPerAdult = atRisk;
    }
    @Nullable Integer minimum = supervision.integer("minimumAdults", 1, MAX_ADULTS);
    if (minimum != null) {
      parts.minimumAdults = minimum;
    }
    @Nullable Integer broadcast = supervision.integer("broadcastAdults", 1, MAX_ADULTS);
    if (broadcast != null) {
      parts.broadcastAdults = broadcast;
    }
    @Nullable Integer oneToOne = supervision.integer("oneToOneAdults", 1, MAX_ADULTS);
    if (oneToOne != null) {
      parts.oneToOneAdults = oneToOne;
    }
    // At least one: with none, a one-to-one would never need a colleague or a responsible adult.
    @Nullable Integer colleagues = supervision.integer("oneToOneColleagues", 1, MAX_ADULTS);
    if (colleagues != null) {
      parts.oneToOneColleagues = colleagues;
    }
    @Nullable Integer withoutVulnerable =
        supervision.integer("adultsWithoutVulnerable", 1, MAX_ADULTS);
    if (withoutVulnerable != null) {
      parts.adultsWithoutVulnerable = withoutVulnerable;
    }
    @Nullable Integer cover = supervision.integer("distressCoverStaff", 1, MAX_ADULTS);
    if (cover != null) {
      parts.distressCoverStaff = cover;
    }
  }

  /**
   * The bands, in order, must run from 0 to {@code adultAge - 1} without gap or overlap. A band at
   * fault breaks the chain: the next band is not compared with it.
   */
  private void readRatioBands(Obj supervision, @Nullable Integer adultAge) {
    String path = field(supervision.path, "ratioBands");
    @Nullable JsonNode bands =
        arrayAt(supervision.get("ratioBands"), path, "a non-empty array of bands");
    if (bands == null) {
      return;
    }
    if (bands.isEmpty()) {
      problem(path, "must have at least one band");
      return;
    }
    List<RatioBand> read = new ArrayList<>();
    @Nullable Integer previousTo = null;
    for (int i = 0; i < bands.size(); i++) {
      Obj band = objectAt(bands.get(i), index(path, i), "fromAge", "toAge", "childrenPerAdult");
      @Nullable Integer from = band.integer("fromAge", 0, MAX_AGE - 1);
      @Nullable Integer to = band.integer("toAge", 0, MAX_AGE - 1);
      @Nullable Integer perAdult = band.integer("childrenPerAdult", 1, MAX_PER_ADULT);
      String fromPath = field(band.path, "fromAge");
      String toPath = field(band.path, "toAge");
      if (from != null && to != null && from > to) {
        problem(toPath, "must be at least the band's fromAge (" + from + ")");
      }
      if (from != null) {
        if (i == 0 && from != 0) {
          problem(fromPath, "must be 0: the first band starts at birth");
        } else if (i > 0 && previousTo != null && from != previousTo + 1) {
          int expected = previousTo + 1;
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
      if (i == bands.size() - 1 && to != null && adultAge != null && to != adultAge - 1) {
        problem(
            toPath, "must be " + (adultAge - 1) + ", the age before adultAge, in the last band");
      }
      previousTo = from != null && to != null && from <= to ? to : null;
      if (from != null && to != null && perAdult != null) {
        read.add(new RatioBand(from, to, perAdult));
      }
    }
    parts.ratioBands = read;
  }

  private void readVetting(Obj doc) {
    Obj vetting =
        doc.object(
            "vetting",
            "requiredChecks",
            "acceptedSchemes",
            "requiredSchemes",
            "checkValidYears",
            "trainingValidYears");
    readRequiredChecks(vetting);

    String schemesPath = field(vetting.path, "acceptedSchemes");
    @Nullable Map<Jurisdiction, JsonNode> schemes =
        keyed(vetting.get("acceptedSchemes"), schemesPath, Jurisdiction.class, true);
    if (schemes != null) {
      schemes.forEach(
          (jurisdiction, value) -> {
            @Nullable EnumList<CheckScheme> accepted =
                enumListAt(value, field(schemesPath, jurisdiction.name()), CheckScheme.class, true);
            if (accepted != null) {
              parts.acceptedSchemes.put(jurisdiction, accepted.values);
            }
          });
    }

    readRequiredSchemes(vetting);

    String yearsPath = field(vetting.path, "checkValidYears");
    @Nullable Map<CheckScheme, JsonNode> years =
        keyed(vetting.get("checkValidYears"), yearsPath, CheckScheme.class, true);
    if (years != null) {
      years.forEach(
          (scheme, value) -> {
            @Nullable Integer valid = intAt(value, field(yearsPath, scheme.name()), 1, MAX_YEARS);
            if (valid != null) {
              parts.checkValidYears.put(scheme, valid);
            }
          });
    }

    @Nullable Integer training = vetting.integer("trainingValidYears", 1, MAX_YEARS);
    if (training != null) {
      parts.trainingValidYears = training;
    }
  }

  /**
   * The schemes required per jurisdiction and frequency: every jurisdiction and frequency must be
   * given (an empty list when any scheme will do), so that a rulebook cannot drop a requirement by
   * leaving it out; a required scheme must be one the jurisdiction accepts.
   */
  private void readRequiredSchemes(Obj vetting) {
    String path = field(vetting.path, "requiredSchemes");
    @Nullable Map<Jurisdiction, JsonNode> byJurisdiction =
        keyed(vetting.get("requiredSchemes"), path, Jurisdiction.class, true);
    if (byJurisdiction == null) {
      return;
    }
    byJurisdiction.forEach(
        (jurisdiction, value) -> {
          String jurisdictionPath = field(path, jurisdiction.name());
          @Nullable Map<Frequency, JsonNode> byFrequency =
              keyed(value, jurisdictionPath, Frequency.class, true);
          if (byFrequency == null) {
            return;
          }
          Map<Frequency, Set<CheckScheme>> read = new EnumMap<>(Frequency.class);
          byFrequency.forEach(
              (frequency, list) -> {
                String listPath = field(jurisdictionPath, frequency.name());
                @Nullable EnumList<CheckScheme> schemes =
                    enumListAt(list, listPath, CheckScheme.class, false);
                if (schemes == null) {
                  return;
                }
                @Nullable Set<CheckScheme> accepted = parts.acceptedSchemes.get(jurisdiction);
                for (int i = 0; i < schemes.entries.size(); i++) {
                  @Nullable CheckScheme scheme = schemes.entries.get(i);
                  if (scheme != null && accepted != null && !accepted.contains(scheme)) {
                    problem(
                        index(listPath, i),
                        "must be one of the schemes acceptedSchemes gives for " + jurisdiction);
                  }
                }
                read.put(frequency, schemes.values);
              });
          parts.requiredSchemes.put(jurisdiction, read);
        });
  }

  /**
   * Every audience, frequency and role must be covered by exactly one row. An overlap is reported
   * at the later row; gaps are looked for only when every row's coverage could be read, since a row
   * at fault would leave gaps that are not really there.
   */
  private void readRequiredChecks(Obj vetting) {
    String path = field(vetting.path, "requiredChecks");
    @Nullable JsonNode rows =
        arrayAt(vetting.get("requiredChecks"), path, "an array of check rows");
    if (rows == null) {
      return;
    }
    int[][][] coveredBy =
        new int[Audience.values().length][Frequency.values().length][StaffRole.values().length];
    for (int[][] byFrequency : coveredBy) {
      for (int[] byRole : byFrequency) {
        Arrays.fill(byRole, -1);
      }
    }
    boolean complete = true;
    List<RequiredCheck> read = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String rowPath = index(path, i);
      Obj row = objectAt(rows.get(i), rowPath, "audience", "frequencies", "roles", "level");
      @Nullable Audience audience = row.enumValue("audience", Audience.class);
      @Nullable EnumList<Frequency> frequencies =
          row.enumList("frequencies", Frequency.class, true);
      @Nullable EnumList<StaffRole> roles = row.enumList("roles", StaffRole.class, true);
      @Nullable CheckLevel level = row.enumValue("level", CheckLevel.class);
      if (audience == null || frequencies == null || roles == null) {
        complete = false;
        continue;
      }
      if (!frequencies.complete || !roles.complete) {
        complete = false;
      }
      if (level != null) {
        read.add(new RequiredCheck(audience, frequencies.values, roles.values, level));
      }
      // For each earlier row this one overlaps: the first combination both cover, and how many.
      Map<Integer, String> firstOverlap = new LinkedHashMap<>();
      Map<Integer, Integer> overlapCount = new LinkedHashMap<>();
      for (Frequency frequency : frequencies.values) {
        for (StaffRole role : roles.values) {
          int[] byRole = coveredBy[audience.ordinal()][frequency.ordinal()];
          int earlier = byRole[role.ordinal()];
          if (earlier >= 0) {
            firstOverlap.putIfAbsent(earlier, audience + ", " + frequency + ", " + role);
            overlapCount.merge(earlier, 1, Integer::sum);
          } else {
            byRole[role.ordinal()] = i;
          }
        }
      }
      firstOverlap.forEach(
          (earlier, combination) -> {
            // Counted for every first overlap.
            int more = Objects.requireNonNull(overlapCount.get(earlier)) - 1;
            problem(
                rowPath,
                "covers "
                    + combination
                    + ", which row "
                    + earlier
                    + " already covers"
                    + (more > 0
                        ? " (and " + more + " more " + combinations(more) + " that row covers)"
                        : ""));
          });
    }
    if (complete) {
      int gaps = 0;
      for (Audience audience : Audience.values()) {
        for (Frequency frequency : Frequency.values()) {
          for (StaffRole role : StaffRole.values()) {
            if (coveredBy[audience.ordinal()][frequency.ordinal()][role.ordinal()] < 0) {
              if (gaps < MAX_GAPS_LISTED) {
                problem(path, "must give a level for " + audience + ", " + frequency + ", " + role);
              }
              gaps++;
            }
          }
        }
      }
      if (gaps > MAX_GAPS_LISTED) {
        int more = gaps - MAX_GAPS_LISTED;
        problem(path, "must give a level for " + more + " more " + combinations(more));
      }
    }
    parts.requiredChecks = read;
  }

  private static String combinations(int count) {
    return count == 1 ? "combination" : "combinations";
  }

  private void readPolicies(Obj doc) {
    String path = field(doc.path, "policies");
    // Every policy needs a level, so that a rulebook cannot drop one by leaving it out.
    @Nullable Map<Policy, JsonNode> policies = keyed(doc.get("policies"), path, Policy.class, true);
    if (policies != null) {
      policies.forEach(
          (policy, value) -> {
            @Nullable FindingLevel level =
                enumAt(value, field(path, policy.name()), FindingLevel.class);
            if (level != null) {
              parts.requiredPolicies.put(policy, level);
            }
          });
    }
  }

  private void readControls(Obj doc) {
    String path = field(doc.path, "controls");
    @Nullable Map<Interaction, JsonNode> controls =
        keyed(doc.get("controls"), path, Interaction.class, true);
    if (controls == null) {
      return;
    }
    controls.forEach(
        (interaction, value) -> {
          Obj lists = objectAt(value, field(path, interaction.name()), "required", "advised");
          @Nullable EnumList<PlatformControl> required =
              lists.enumList("required", PlatformControl.class, false);
          @Nullable EnumList<PlatformControl> advised =
              lists.enumList("advised", PlatformControl.class, false);
          if (required != null) {
            parts.requiredControls.put(interaction, required.values);
          }
          if (advised != null) {
            parts.advisedControls.put(interaction, advised.values);
            if (required != null) {
              String advisedPath = field(lists.path, "advised");
              for (int i = 0; i < advised.entries.size(); i++) {
                @Nullable PlatformControl control = advised.entries.get(i);
                if (control != null && required.values.contains(control)) {
                  problem(
                      index(advisedPath, i),
                      "is also required: a control is either required or advised");
                }
              }
            }
          }
        });
  }

  private void readInference(Obj doc) {
    Obj inference =
        doc.object("inference", "sessionHijack", "impersonation", "participantDistress");
    Obj hijack =
        inference.object(
            "sessionHijack",
            "controls",
            "likelihood",
            "perMissingControl",
            "severity",
            "severityWithVulnerable");
    @Nullable EnumList<PlatformControl> hijackControls =
        hijack.enumList("controls", PlatformControl.class, false);
    @Nullable Integer hijackLikelihood = hijack.integer("likelihood", 1, MAX_LEVEL);
    @Nullable Integer hijackPerMissing = hijack.integer("perMissingControl", 0, MAX_INCREMENT);
    @Nullable Integer hijackSeverity = hijack.integer("severity", 1, MAX_LEVEL);
    @Nullable Integer hijackSeverityVulnerable =
        hijack.integer("severityWithVulnerable", 1, MAX_LEVEL);

    Obj impersonation =
        inference.object(
            "impersonation",
            "likelihood",
            "likelihoodOnPublicAccounts",
            "ifAnyoneUnregistered",
            "ifChildUnverifiedOnPublicAccounts",
            "stepDownIfAdministered",
            "severity");
    @Nullable Integer impersonationLikelihood = impersonation.integer("likelihood", 1, MAX_LEVEL);
    @Nullable Integer impersonationOnPublic =
        impersonation.integer("likelihoodOnPublicAccounts", 1, MAX_LEVEL);
    @Nullable Integer impersonationUnregistered =
        impersonation.integer("ifAnyoneUnregistered", 0, MAX_INCREMENT);
    @Nullable Integer impersonationChildUnverified =
        impersonation.integer("ifChildUnverifiedOnPublicAccounts", 0, MAX_INCREMENT);
    @Nullable Integer impersonationStepDown =
        impersonation.integer("stepDownIfAdministered", 0, MAX_INCREMENT);
    @Nullable Integer impersonationSeverity = impersonation.integer("severity", 1, MAX_LEVEL);

    Obj distress =
        inference.object("participantDistress", "likelihood", "likelihoodWithoutCover", "severity");
    @Nullable Integer distressLikelihood = distress.integer("likelihood", 1, MAX_LEVEL);
    @Nullable Integer distressWithoutCover =
        distress.integer("likelihoodWithoutCover", 1, MAX_LEVEL);
    @Nullable Integer distressSeverity = distress.integer("severity", 1, MAX_LEVEL);

    if (hijackControls != null
        && hijackLikelihood != null
        && hijackPerMissing != null
        && hijackSeverity != null
        && hijackSeverityVulnerable != null
        && impersonationLikelihood != null
        && impersonationOnPublic != null
        && impersonationUnregistered != null
        && impersonationChildUnverified != null
        && impersonationStepDown != null
        && impersonationSeverity != null
        && distressLikelihood != null
        && distressWithoutCover != null
        && distressSeverity != null) {
      parts.inference =
          new InferenceTable(
              hijackControls.values,
              hijackLikelihood,
              hijackPerMissing,
              hijackSeverity,
              hijackSeverityVulnerable,
              impersonationLikelihood,
              impersonationOnPublic,
              impersonationUnregistered,
              impersonationChildUnverified,
              impersonationStepDown,
              impersonationSeverity,
              distressLikelihood,
              distressWithoutCover,
              distressSeverity);
    }
  }

  /**
   * The rows must each be readable before the table itself is checked: the table's own problems (a
   * gap, an overlap, a band out of order) are then placed under {@code $.riskBands}.
   */
  private void readRiskBands(Obj doc) {
    String path = field(doc.path, "riskBands");
    @Nullable JsonNode rows = arrayAt(doc.get("riskBands"), path, "a non-empty array of band rows");
    if (rows == null) {
      return;
    }
    if (rows.isEmpty()) {
      problem(path, "must have at least one row");
      return;
    }
    List<BandRange> read = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < rows.size(); i++) {
      Obj row = objectAt(rows.get(i), index(path, i), "lowest", "highest", "band");
      @Nullable Integer lowest = row.integer("lowest", 1, MAX_SCORE);
      @Nullable Integer highest = row.integer("highest", 1, MAX_SCORE);
      @Nullable RiskBand band = row.enumValue("band", RiskBand.class);
      if (lowest == null || highest == null || band == null) {
        complete = false;
      } else {
        read.add(BandRange.of(lowest, highest, band));
      }
    }
    if (!complete) {
      return;
    }
    List<PlanProblem> tableProblems = RiskBandTable.problems(read);
    for (PlanProblem tableProblem : tableProblems) {
      problem(path + tableProblem.path().substring(1), tableProblem.message());
    }
    if (tableProblems.isEmpty()) {
      parts.riskMatrix = RiskMatrix.withBands(RiskBandTable.of(read));
    }
  }

  private void readAdmission(Obj doc) {
    Obj admission = doc.object("admission", "adultsPresentBeforeVulnerable");
    @Nullable Integer adults = admission.integer("adultsPresentBeforeVulnerable", 1, MAX_ADULTS);
    if (adults != null) {
      parts.adultsPresentBeforeVulnerable = adults;
      // The door and the assessment read the same numbers: a door that asked for more adults than
      // a group or broadcast needs would keep out every child of a session assessed as safe.
      // (Zero means the supervision figure was at fault and is reported already.)
      String path = field(admission.path, "adultsPresentBeforeVulnerable");
      if (parts.minimumAdults > 0 && adults > parts.minimumAdults) {
        problem(path, "must be at most supervision.minimumAdults (" + parts.minimumAdults + ")");
      }
      if (parts.broadcastAdults > 0 && adults > parts.broadcastAdults) {
        problem(
            path, "must be at most supervision.broadcastAdults (" + parts.broadcastAdults + ")");
      }
    }
  }

  /**
   * The deadline of every action of an incident response: each must be given, so that a rulebook
   * cannot drop an action by leaving it out.
   */
  private void readDeadlines(Obj doc) {
    String path = field(doc.path, "deadlines");
    @Nullable Map<ResponseAction, JsonNode> deadlines =
        keyed(doc.get("deadlines"), path, ResponseAction.class, true);
    if (deadlines == null) {
      return;
    }
    deadlines.forEach(
        (action, value) -> {
          Obj deadline = objectAt(value, field(path, action.name()), "from", "within");
          Deadline.@Nullable From from = deadline.enumValue("from", Deadline.From.class);
          @Nullable TemporalAmount within = within(deadline);
          if (from != null && within != null) {
            parts.deadlines.put(action, new Deadline(from, within));
          }
        });
  }

  /**
   * An ISO-8601 amount of time: hours, minutes and seconds as an exact duration ({@code PT15M},
   * {@code PT24H}), or whole days or weeks as calendar days ({@code P1D}, {@code P7D}); never
   * negative or fractional, at most a year (366 days). Days and hours are not mixed, so that
   * whether an amount is exact or calendar is plain; months and years are refused, as their length
   * varies.
   */
  private @Nullable TemporalAmount within(Obj deadline) {
    String expectation =
        "an amount such as PT15M or PT24H (exact hours, minutes or seconds) or P1D or P7D"
            + " (calendar days or weeks), from PT0S to P366D";
    @Nullable JsonNode value = deadline.get("within");
    String path = field(deadline.path, "within");
    if (value == null) {
      return null;
    }
    if (!value.isString() || value.stringValue().length() > MAX_ID_LENGTH) {
      wrong(path, value, expectation);
      return null;
    }
    String text = value.stringValue().toUpperCase(Locale.ROOT);
    @Nullable TemporalAmount amount = null;
    try {
      if (EXACT_AMOUNT.matcher(text).matches()) {
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
      problem(path, "must be " + expectation);
    }
    return amount;
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  /** One JSON object read strictly: its unknown fields are reported as soon as it is opened. */
  private final class Obj {
    final JsonNode node;
    final String path;

    /** Whether the object itself is absent or at fault: its fields' absence then says nothing. */
    final boolean quiet;

    private final Set<String> known;

    Obj(JsonNode node, String path, boolean quiet, String... known) {
      this.node = node;
      this.path = path;
      this.quiet = quiet;
      this.known = Set.of(known);
      for (String name : node.propertyNames()) {
        if (!this.known.contains(name)) {
          problem(field(path, name), "unknown field");
        }
      }
    }

    /** A required field's value (JSON null included), or null once its absence is reported. */
    @Nullable JsonNode get(String name) {
      if (!known.contains(name)) {
        throw new IllegalStateException("field " + name + " is not declared for " + path);
      }
      @Nullable JsonNode value = node.get(name);
      if (value == null && !quiet) {
        problem(field(path, name), "is required");
      }
      return value;
    }

    Obj object(String name, String... fields) {
      @Nullable JsonNode value = get(name);
      if (value == null) {
        return new Obj(EMPTY_OBJECT, field(path, name), true, fields);
      }
      return objectAt(value, field(path, name), fields);
    }

    @Nullable Integer integer(String name, int min, int max) {
      @Nullable JsonNode value = get(name);
      return value == null ? null : intAt(value, field(path, name), min, max);
    }

    @Nullable Boolean bool(String name) {
      @Nullable JsonNode value = get(name);
      if (value == null) {
        return null;
      }
      if (!value.isBoolean()) {
        wrong(field(path, name), value, "true or false");
        return null;
      }
      return value.booleanValue();
    }

    <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type) {
      @Nullable JsonNode value = get(name);
      return value == null ? null : enumAt(value, field(path, name), type);
    }

    <E extends Enum<E>> @Nullable EnumList<E> enumList(
        String name, Class<E> type, boolean nonEmpty) {
      return enumListAt(get(name), field(path, name), type, nonEmpty);
    }

    /** A name or version: a non-blank string of at most 64 characters, without control ones. */
    @Nullable String identifier(String name) {
      @Nullable JsonNode value = get(name);
      String at = field(path, name);
      if (value == null) {
        return null;
      }
      if (!value.isString()) {
        wrong(at, value, "a string of 1 to " + MAX_ID_LENGTH + " characters");
        return null;
      }
      String text = value.stringValue();
      if (text.isBlank()) {
        problem(at, "must not be blank");
        return null;
      }
      if (text.length() > MAX_ID_LENGTH) {
        problem(at, "must be at most " + MAX_ID_LENGTH + " characters long");
        return null;
      }
      if (!isPrintable(text)) {
        problem(at, "must not contain control or invisible formatting characters");
        return null;
      }
      return text;
    }
  }

  /** The values of a list of enum names, and each entry's value (null where at fault). */
  private static final class EnumList<E extends Enum<E>> {
    final EnumSet<E> values;
    final List<@Nullable E> entries;

    /** Whether every entry named a value: repeats are reported but leave the list complete. */
    final boolean complete;

    EnumList(EnumSet<E> values, List<@Nullable E> entries, boolean complete) {
      this.values = values;
      this.entries = entries;
      this.complete = complete;
    }
  }

  private Obj objectAt(JsonNode value, String path, String... fields) {
    if (!value.isObject()) {
      wrong(path, value, "an object");
      return new Obj(EMPTY_OBJECT, path, true, fields);
    }
    return new Obj(value, path, false, fields);
  }

  private @Nullable JsonNode arrayAt(@Nullable JsonNode value, String path, String expectation) {
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      wrong(path, value, expectation);
      return null;
    }
    return value;
  }

  private @Nullable Integer intAt(JsonNode value, String path, int min, int max) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      int number = value.intValue();
      if (number >= min && number <= max) {
        return number;
      }
    }
    wrong(path, value, "a whole number from " + min + " to " + max);
    return null;
  }

  private <E extends Enum<E>> @Nullable E enumAt(JsonNode value, String path, Class<E> type) {
    if (value.isString()) {
      @Nullable E constant = constant(type, value.stringValue());
      if (constant != null) {
        return constant;
      }
    }
    wrong(path, value, "one of: " + names(type));
    return null;
  }

  private <E extends Enum<E>> @Nullable EnumList<E> enumListAt(
      @Nullable JsonNode value, String path, Class<E> type, boolean nonEmpty) {
    String expectation =
        (nonEmpty ? "a non-empty array" : "an array") + " of names from: " + names(type);
    @Nullable JsonNode array = arrayAt(value, path, expectation);
    if (array == null) {
      return null;
    }
    if (nonEmpty && array.isEmpty()) {
      problem(path, "must have at least one entry");
      return null;
    }
    EnumSet<E> values = EnumSet.noneOf(type);
    List<@Nullable E> entries = new ArrayList<>();
    boolean complete = true;
    for (int i = 0; i < array.size(); i++) {
      String entryPath = index(path, i);
      @Nullable E constant = enumAt(array.get(i), entryPath, type);
      entries.add(constant);
      if (constant == null) {
        complete = false;
      } else if (!values.add(constant)) {
        problem(entryPath, "repeats an earlier entry");
      }
    }
    return new EnumList<>(values, entries, complete);
  }

  /**
   * An object keyed by enum names: each value by its key, an unknown key reported at its path and,
   * when {@code every} key is required, each missing one reported at the object's path.
   */
  private <K extends Enum<K>> @Nullable Map<K, JsonNode> keyed(
      @Nullable JsonNode value, String path, Class<K> keys, boolean every) {
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      wrong(path, value, "an object keyed by " + (every ? "each of: " : "any of: ") + names(keys));
      return null;
    }
    Map<K, JsonNode> entries = new EnumMap<>(keys);
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      @Nullable K key = constant(keys, entry.getKey());
      if (key == null) {
        problem(field(path, entry.getKey()), "unknown field (keys are: " + names(keys) + ")");
      } else {
        entries.put(key, entry.getValue());
      }
    }
    if (every) {
      for (K key : keys.getEnumConstants()) {
        if (!entries.containsKey(key)) {
          problem(path, "must have an entry for " + key);
        }
      }
    }
    return entries;
  }

  private static <E extends Enum<E>> @Nullable E constant(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    return null;
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static boolean isPrintable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.CONTROL
          || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR
          || type == Character.SURROGATE) {
        return false;
      }
    }
    return true;
  }

  /** Reports a value of the wrong kind, saying so plainly when it is JSON null. */
  private void wrong(String path, JsonNode value, String expectation) {
    problem(path, "must be " + expectation + (value.isNull() ? ", not null" : ""));
  }

  /** Records a problem; past the limit, one last problem says that more were left out. */
  private void problem(String path, String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(PlanProblem.of(path, message));
    } else if (!cut) {
      cut = true;
      problems.add(
          PlanProblem.of("$", "has more problems; only the first " + MAX_PROBLEMS + " are listed"));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Paths

  /** A field's path, with a hostile name escaped and cut short as in every document. */
  static String field(String parent, String name) {
    return JsonPaths.field(parent, name);
  }

  static String index(String parent, int index) {
    return JsonPaths.index(parent, index);
  }
}
