package org.safeguarding.rules.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.rules.testing.DefaultRulebookText.edited;
import static org.safeguarding.rules.testing.DefaultRulebookText.object;
import static org.safeguarding.rules.testing.DefaultRulebookText.rulebookWith;
import static org.safeguarding.rules.testing.DefaultRulebookText.ukDefaultText;

import java.time.Duration;
import java.time.Period;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.rules.rulebook.Deadline.From;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class RulebookWriterTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String RESPELT = "names out of order and amounts respelt";

  /** The objects keyed by enum names, whose entries are written in declaration order. */
  private static final Map<String, Class<? extends Enum<?>>> KEYED_BY_NAMES =
      Map.of(
          "$.consent.digitalConsentAge", Jurisdiction.class,
          "$.vetting.acceptedSchemes", Jurisdiction.class,
          "$.vetting.checkValidYears", CheckScheme.class,
          "$.policies", Policy.class,
          "$.controls", Interaction.class,
          "$.deadlines", ResponseAction.class);

  // --- the bundled default ---------------------------------------------------------------------

  /**
   * Nothing is lost or renamed. The rulebook keeps lists of names as sets, written in declaration
   * order, and the bundled file does not list {@code controls.BROADCAST.required} that way, so the
   * file's lists of names are put in declaration order before the trees are compared.
   */
  @Test
  void toJson_ukDefault_matchesTheBundledFileAsATree() {
    String written = Rulebook.ukDefault().toJson();

    assertThat(tree(written)).isEqualTo(inDeclarationOrder(tree(ukDefaultText())));
  }

  /**
   * The bundled file is laid out by hand (short rows on one line, lists wrapped), so its bytes are
   * not canonical: only its tree is compared, and its field order here.
   */
  @Test
  void toJson_ukDefault_writesFieldsInTheBundledFilesOrder_andKeyedObjectsInEnumOrder() {
    Map<String, List<String>> expected = fieldOrder(tree(ukDefaultText()));
    KEYED_BY_NAMES.forEach((path, keys) -> expected.put(path, names(keys)));

    Map<String, List<String>> written = fieldOrder(tree(Rulebook.ukDefault().toJson()));

    assertThat(written).isEqualTo(expected);
    // The one place the bundled file does not follow declaration order.
    assertThat(written.get("$.controls")).containsExactly("BROADCAST", "INTERACTIVE");
    assertThat(fieldOrder(tree(ukDefaultText())).get("$.controls"))
        .containsExactly("INTERACTIVE", "BROADCAST");
  }

  @Test
  void toJson_ukDefault_isLaidOutLikeTheProjectsOtherJson() {
    String written = Rulebook.ukDefault().toJson();

    assertThat(written)
        .startsWith(
            "{\n"
                + "  \"name\": \"uk-default\",\n"
                + "  \"version\": \"2026.2\",\n"
                + "  \"timeZone\": \"Europe/London\",\n"
                + "  \"adultAge\": 18,\n"
                + "  \"consent\": {\n"
                + "    \"digitalConsentAge\": {\n"
                + "      \"ENGLAND\": 13,\n")
        .contains(
            "    \"verifiedParentalConsent\": [\n"
                + "      \"CONFIRMED_EMAIL\",\n"
                + "      \"WRITTEN\"\n"
                + "    ]\n"
                + "  },\n")
        .contains(
            "    \"ratioBands\": [\n"
                + "      {\n"
                + "        \"fromAge\": 0,\n"
                + "        \"toAge\": 1,\n"
                + "        \"childrenPerAdult\": 3\n"
                + "      },\n")
        .contains("      \"advised\": []\n")
        .endsWith(
            "    \"REVIEW_RISK_REGISTER\": {\n"
                + "      \"from\": \"INCIDENT\",\n"
                + "      \"within\": \"P7D\"\n"
                + "    }\n"
                + "  }\n"
                + "}\n");
  }

  // --- round trips over edited rulebooks -------------------------------------------------------

  @ParameterizedTest
  @MethodSource("variants")
  void toJson_readBack_writesTheSameText(Variant variant) {
    Rulebook rulebook = Rulebook.read(variant.json());
    String written = rulebook.toJson();

    assertThat(Rulebook.read(written).toJson()).isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("variants")
  void toJson_readBack_judgesTheSame(Variant variant) {
    Rulebook rulebook = Rulebook.read(variant.json());

    Rulebook readBack = Rulebook.read(rulebook.toJson());

    assertThat(judgement(readBack)).containsExactlyEntriesOf(judgement(rulebook));
  }

  /** Names out of order and amounts respelt are changed: see the tests of deadlines below. */
  @ParameterizedTest
  @MethodSource("canonicalVariants")
  void toJson_inputInCanonicalSpelling_keepsEveryValueOfTheInput(Variant variant) {
    String written = Rulebook.read(variant.json()).toJson();

    assertThat(tree(written)).isEqualTo(inDeclarationOrder(tree(variant.json())));
  }

  /** Not vacuous: every edit reaches the rulebook, so the comparisons above have work to do. */
  @ParameterizedTest
  @MethodSource("editedVariants")
  void editedVariants_eachJudgeDifferentlyFromTheDefault(Variant variant) {
    Map<String, Object> edited = judgement(Rulebook.read(variant.json()));

    assertThat(edited).isNotEqualTo(judgement(Rulebook.ukDefault()));
    assertThat(Rulebook.read(variant.json()).toJson()).isNotEqualTo(Rulebook.ukDefault().toJson());
  }

  @ParameterizedTest
  @MethodSource("variants")
  void toJson_anyRulebook_hasNoCarriageReturnAndEndsWithOneLineBreak(Variant variant) {
    String written = Rulebook.read(variant.json()).toJson();

    assertThat(written).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
  }

  // --- deadlines -------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "PT15M, PT15M, exact",
    "pt15m, PT15M, exact",
    "PT90M, PT1H30M, exact",
    "PT60M, PT1H, exact",
    "PT1H0M30S, PT1H30S, exact",
    "PT0H, PT0S, exact",
    "PT24H, PT24H, exact",
    "PT8784H, PT8784H, exact",
    "P1D, P1D, calendar",
    "p1d, P1D, calendar",
    "P0D, P0D, calendar",
    "P0W, P0D, calendar",
    "P2W, P14D, calendar",
    "P366D, P366D, calendar",
  })
  void toJson_deadline_isWrittenInAFormTheReaderTakes_asTheSameKindOfAmount(
      String given, String written, String kind) {
    Rulebook rulebook = rulebookWith("\"within\": \"PT15M\"", "\"within\": \"" + given + "\"");

    String json = rulebook.toJson();
    Deadline readBack = Rulebook.read(json).deadline(ResponseAction.PHONE_PARTICIPANT);

    assertThat(tree(json).at("/deadlines/PHONE_PARTICIPANT/within").stringValue())
        .isEqualTo(written);
    assertThat(readBack).isEqualTo(rulebook.deadline(ResponseAction.PHONE_PARTICIPANT));
    assertThat(readBack.within())
        .isInstanceOf(kind.equals("exact") ? Duration.class : Period.class);
  }

  @Test
  void toJson_otherSpellings_areWrittenTheCanonicalWay() {
    Rulebook rulebook = Rulebook.read(respelt());

    JsonNode written = tree(rulebook.toJson());

    assertThat(written.at("/consent/verifiedParentalConsent").toString())
        .isEqualTo("[\"CONFIRMED_EMAIL\",\"WRITTEN\",\"RECORDED_VERBAL\"]");
    assertThat(written.at("/vetting/requiredChecks/3/roles").toString())
        .isEqualTo(
            "[\"LEAD\",\"HOST\",\"CO_FACILITATOR\",\"SAFEGUARDING_LEAD\",\"VOLUNTEER\","
                + "\"EXTERNAL_TUTOR\"]");
    assertThat(written.at("/vetting/requiredChecks/1/frequencies").toString())
        .isEqualTo("[\"ONE_OFF\",\"OCCASIONAL\"]");
    assertThat(written.at("/vetting/acceptedSchemes/SCOTLAND").toString())
        .isEqualTo("[\"DISCLOSURE_SCOTLAND\",\"PVG\"]");
    assertThat(written.at("/inference/sessionHijack/controls").toString())
        .isEqualTo("[\"PASSCODE\",\"WAITING_ROOM\",\"HOST_ONLY_SCREEN_SHARE\"]");
    assertThat(written.at("/deadlines/REVIEW_RISK_REGISTER/within").stringValue())
        .isEqualTo("P14D");
    assertThat(written.at("/deadlines/PHONE_PARTICIPANT/within").stringValue())
        .isEqualTo("PT1H30M");
  }

  // --- the variants ----------------------------------------------------------------------------

  /** A rulebook's text, named for the test report. */
  record Variant(String name, String json) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Variant> variants() {
    return Stream.concat(Stream.of(ukDefault()), editedVariants());
  }

  /** The variants written with names in declaration order and amounts as the writer spells them. */
  static Stream<Variant> canonicalVariants() {
    return variants().filter(variant -> !variant.name().equals(RESPELT));
  }

  static Stream<Variant> editedVariants() {
    return Stream.of(
        canonical("older adults and other consent ages", RulebookWriterTest::olderAdults),
        canonical("adults from 1, with one ratio band", RulebookWriterTest::adultsFromOne),
        canonical("other ratio bands", RulebookWriterTest::otherRatioBands),
        canonical("another risk band table", RulebookWriterTest::otherRiskBands),
        canonical("exact deadlines from each start", RulebookWriterTest::exactDeadlines),
        canonical("calendar deadlines from each start", RulebookWriterTest::calendarDeadlines),
        canonical("other controls", RulebookWriterTest::otherControls),
        canonical("custom policy levels", RulebookWriterTest::otherPolicies),
        canonical("other vetting", RulebookWriterTest::otherVetting),
        canonical("other inference", RulebookWriterTest::otherInference),
        canonical("other supervision and admission", RulebookWriterTest::otherSupervision),
        canonical("another name, version and time zone", RulebookWriterTest::otherIdentity),
        new Variant(RESPELT, respelt()));
  }

  private static Variant ukDefault() {
    return new Variant("uk-default", ukDefaultText());
  }

  private static Variant canonical(String name, Consumer<ObjectNode> edit) {
    return new Variant(name, edited(edit));
  }

  private static void olderAdults(ObjectNode root) {
    root.put("adultAge", 21);
    object(root, "consent", "digitalConsentAge").put("WALES", 16).put("SCOTLAND", 12);
    object(root, "consent").put("capacityAge", 17).put("attorneyAge", 21);
    object(root, "consent").put("adultSelfConsentRequired", false);
    object(root, "consent")
        .putArray("verifiedParentalConsent")
        .add("CONFIRMED_EMAIL")
        .add("WRITTEN")
        .add("RECORDED_VERBAL");
    ((ObjectNode) object(root, "supervision").get("ratioBands").get(4)).put("toAge", 20);
  }

  private static void adultsFromOne(ObjectNode root) {
    root.put("adultAge", 1);
    ObjectNode ages = object(root, "consent", "digitalConsentAge");
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      ages.put(jurisdiction.name(), jurisdiction.ordinal() % 2);
    }
    object(root, "consent").put("capacityAge", 0).put("attorneyAge", 1);
    object(root, "consent").putArray("verifiedParentalConsent");
    ratioBands(root, new int[][] {{0, 0, 2}});
  }

  private static void otherRatioBands(ObjectNode root) {
    ratioBands(root, new int[][] {{0, 4, 5}, {5, 10, 7}, {11, 11, 1}, {12, 17, 1000}});
  }

  private static void otherRiskBands(ObjectNode root) {
    ArrayNode rows = root.putArray("riskBands");
    rows.addObject().put("lowest", 1).put("highest", 2).put("band", "LOW");
    rows.addObject().put("lowest", 3).put("highest", 5).put("band", "MODERATE");
    rows.addObject().put("lowest", 6).put("highest", 16).put("band", "HIGH");
    rows.addObject().put("lowest", 20).put("highest", 25).put("band", "EXTREME");
  }

  private static void exactDeadlines(ObjectNode root) {
    deadline(root, ResponseAction.EMERGENCY_SERVICES, From.INCIDENT, "PT1M");
    deadline(root, ResponseAction.CONTACT_AFTER_SESSION, From.SESSION_END, "PT1H30M");
    deadline(root, ResponseAction.FOLLOW_UP_NEXT_DAY, From.END_OF_INCIDENT_DAY, "PT12H");
    deadline(root, ResponseAction.RECORD_INCIDENT, From.INCIDENT, "PT8784H");
    deadline(root, ResponseAction.REVIEW_RISK_REGISTER, From.SESSION_END, "PT1H1M1S");
  }

  private static void calendarDeadlines(ObjectNode root) {
    deadline(root, ResponseAction.EMERGENCY_SERVICES, From.INCIDENT, "P0D");
    deadline(root, ResponseAction.CONTACT_AFTER_SESSION, From.SESSION_END, "P2D");
    deadline(root, ResponseAction.FOLLOW_UP_NEXT_DAY, From.END_OF_INCIDENT_DAY, "P366D");
    deadline(root, ResponseAction.RECORD_INCIDENT, From.INCIDENT, "P1D");
  }

  private static void otherControls(ObjectNode root) {
    ObjectNode interactive = object(root, "controls", "INTERACTIVE");
    interactive.putArray("required").add("PASSCODE");
    interactive.putArray("advised").add("WAITING_ROOM").add("COMMENTS_DISABLED");
    ObjectNode broadcast = object(root, "controls", "BROADCAST");
    broadcast.putArray("required");
    broadcast.putArray("advised").add("PASSCODE").add("PARTICIPANT_AV_OFF");
  }

  private static void otherPolicies(ObjectNode root) {
    object(root, "policies")
        .put("SAFEGUARDING_POLICY", "WARNING")
        .put("CODE_OF_CONDUCT", "ADVICE")
        .put("DATA_PROTECTION", "BLOCKER")
        .put("ONLINE_SAFETY", "ADVICE");
  }

  private static void otherVetting(ObjectNode root) {
    ArrayNode rows = object(root, "vetting").putArray("requiredChecks");
    List<StaffRole> everyRole = List.of(StaffRole.values());
    checkRow(rows, "CHILDREN", List.of(Frequency.values()), everyRole, "ENHANCED_BARRED");
    checkRow(rows, "ADULTS_AT_RISK", List.of(Frequency.ONE_OFF), everyRole, "STANDARD");
    checkRow(
        rows,
        "ADULTS_AT_RISK",
        List.of(Frequency.OCCASIONAL, Frequency.REGULAR),
        List.of(StaffRole.LEAD, StaffRole.VOLUNTEER),
        "ENHANCED");
    checkRow(
        rows,
        "ADULTS_AT_RISK",
        List.of(Frequency.OCCASIONAL, Frequency.REGULAR),
        List.of(
            StaffRole.HOST,
            StaffRole.CO_FACILITATOR,
            StaffRole.SAFEGUARDING_LEAD,
            StaffRole.EXTERNAL_TUTOR),
        "BASIC");
    object(root, "vetting", "acceptedSchemes").putArray("ENGLAND").add("DBS").add("PVG");
    object(root, "vetting", "requiredSchemes", "ENGLAND").putArray("REGULAR").add("PVG").add("DBS");
    object(root, "vetting", "requiredSchemes", "SCOTLAND").putArray("REGULAR");
    object(root, "vetting", "requiredSchemes", "SCOTLAND").putArray("OCCASIONAL").add("PVG");
    object(root, "vetting", "checkValidYears").put("DBS", 1).put("PVG", 50);
    object(root, "vetting").put("trainingValidYears", 2);
  }

  private static void otherInference(ObjectNode root) {
    ObjectNode hijack = object(root, "inference", "sessionHijack");
    hijack.putArray("controls");
    hijack.put("likelihood", 5).put("perMissingControl", 0).put("severity", 1);
    hijack.put("severityWithVulnerable", 5);
    object(root, "inference", "impersonation")
        .put("likelihood", 1)
        .put("likelihoodOnPublicAccounts", 5)
        .put("ifAnyoneUnregistered", 4)
        .put("ifChildUnverifiedOnPublicAccounts", 0)
        .put("stepDownIfAdministered", 4)
        .put("severity", 2);
    object(root, "inference", "participantDistress")
        .put("likelihood", 4)
        .put("likelihoodWithoutCover", 5)
        .put("severity", 1);
  }

  private static void otherSupervision(ObjectNode root) {
    object(root, "supervision")
        .put("adultsAtRiskPerAdult", 1000)
        .put("minimumAdults", 3)
        .put("broadcastAdults", 100)
        .put("oneToOneAdults", 2)
        .put("oneToOneColleagues", 3)
        .put("adultsWithoutVulnerable", 4)
        .put("distressCoverStaff", 1);
    object(root, "admission").put("adultsPresentBeforeVulnerable", 3);
  }

  private static void otherIdentity(ObjectNode root) {
    root.put("name", "Ørsted \"north\" \\ rulebook / 北");
    root.put("version", "v2 ✓ 🙂");
    root.put("timeZone", "America/New_York");
  }

  /**
   * Names listed out of declaration order and amounts in other accepted spellings; the training
   * years change too, so that it does not judge like the default.
   */
  private static String respelt() {
    return edited(
        root -> {
          object(root, "consent")
              .putArray("verifiedParentalConsent")
              .add("RECORDED_VERBAL")
              .add("WRITTEN")
              .add("CONFIRMED_EMAIL");
          ArrayNode rows = (ArrayNode) object(root, "vetting").get("requiredChecks");
          ((ObjectNode) rows.get(1)).putArray("frequencies").add("OCCASIONAL").add("ONE_OFF");
          ArrayNode roles = ((ObjectNode) rows.get(3)).putArray("roles");
          List<StaffRole> reversed = new ArrayList<>(List.of(StaffRole.values()));
          Collections.reverse(reversed);
          reversed.forEach(role -> roles.add(role.name()));
          object(root, "vetting", "acceptedSchemes")
              .putArray("SCOTLAND")
              .add("PVG")
              .add("DISCLOSURE_SCOTLAND");
          object(root, "vetting").put("trainingValidYears", 4);
          object(root, "inference", "sessionHijack")
              .putArray("controls")
              .add("HOST_ONLY_SCREEN_SHARE")
              .add("PASSCODE")
              .add("WAITING_ROOM");
          object(root, "deadlines", "REVIEW_RISK_REGISTER").put("within", "P2W");
          object(root, "deadlines", "PHONE_PARTICIPANT").put("within", "pt90m");
        });
  }

  private static void ratioBands(ObjectNode root, int[][] bands) {
    ArrayNode rows = object(root, "supervision").putArray("ratioBands");
    for (int[] band : bands) {
      rows.addObject()
          .put("fromAge", band[0])
          .put("toAge", band[1])
          .put("childrenPerAdult", band[2]);
    }
  }

  private static void deadline(ObjectNode root, ResponseAction action, From from, String within) {
    object(root, "deadlines", action.name()).put("from", from.name()).put("within", within);
  }

  private static void checkRow(
      ArrayNode rows,
      String audience,
      List<Frequency> frequencies,
      List<StaffRole> roles,
      String level) {
    ObjectNode row = rows.addObject().put("audience", audience);
    ArrayNode frequencyNames = row.putArray("frequencies");
    frequencies.forEach(frequency -> frequencyNames.add(frequency.name()));
    ArrayNode roleNames = row.putArray("roles");
    roles.forEach(role -> roleNames.add(role.name()));
    row.put("level", level);
  }

  // --- helpers ---------------------------------------------------------------------------------

  /**
   * Everything a rulebook judges by, read through its public accessors: two rulebooks with equal
   * judgements give every plan the same assessment. The risk matrix is read over all 25 cells and
   * the check table over every audience, frequency and role.
   */
  static Map<String, Object> judgement(Rulebook rulebook) {
    Map<String, Object> judgement = new LinkedHashMap<>();
    judgement.put("id", rulebook.id());
    judgement.put("timeZone", rulebook.timeZone());
    judgement.put("adultAge", rulebook.adultAge());
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      judgement.put("digitalConsentAge " + jurisdiction, rulebook.digitalConsentAge(jurisdiction));
      judgement.put("acceptedSchemes " + jurisdiction, rulebook.acceptedSchemes(jurisdiction));
    }
    judgement.put("capacityAge", rulebook.capacityAge());
    judgement.put("attorneyAge", rulebook.attorneyAge());
    judgement.put("adultSelfConsentRequired", rulebook.adultSelfConsentRequired());
    judgement.put("verifiedParentalConsent", rulebook.verifiedParentalConsent());
    judgement.put(
        "ratioBands",
        rulebook.ratioBands().stream().map(RatioBand::toString).collect(Collectors.toList()));
    judgement.put("adultsAtRiskPerAdult", rulebook.adultsAtRiskPerAdult());
    judgement.put("minimumAdults", rulebook.minimumAdults());
    judgement.put("broadcastAdults", rulebook.broadcastAdults());
    judgement.put("oneToOneAdults", rulebook.oneToOneAdults());
    judgement.put("oneToOneColleagues", rulebook.oneToOneColleagues());
    judgement.put("adultsWithoutVulnerable", rulebook.adultsWithoutVulnerable());
    judgement.put("distressCoverStaff", rulebook.distressCoverStaff());
    judgement.put(
        "requiredChecks",
        rulebook.requiredChecks().stream()
            .map(row -> List.of(row.audience(), row.frequencies(), row.roles(), row.level()))
            .collect(Collectors.toList()));
    for (Audience audience : Audience.values()) {
      for (Frequency frequency : Frequency.values()) {
        for (StaffRole role : StaffRole.values()) {
          judgement.put(
              "requiredLevel " + audience + " " + frequency + " " + role,
              rulebook.requiredLevel(audience, frequency, role));
        }
      }
    }
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      for (Frequency frequency : Frequency.values()) {
        judgement.put(
            "requiredSchemes " + jurisdiction + " " + frequency,
            rulebook.requiredSchemes(jurisdiction, frequency));
      }
    }
    for (CheckScheme scheme : CheckScheme.values()) {
      judgement.put("checkValidYears " + scheme, rulebook.checkValidYears(scheme));
    }
    judgement.put("trainingValidYears", rulebook.trainingValidYears());
    judgement.put("requiredPolicies", rulebook.requiredPolicies());
    for (Interaction interaction : Interaction.values()) {
      judgement.put("requiredControls " + interaction, rulebook.requiredControls(interaction));
      judgement.put("advisedControls " + interaction, rulebook.advisedControls(interaction));
    }
    InferenceTable inference = rulebook.inference();
    judgement.put(
        "inference",
        List.of(
            inference.hijackControls(),
            inference.hijackLikelihood(),
            inference.hijackPerMissingControl(),
            inference.hijackSeverity(),
            inference.hijackSeverityWithVulnerable(),
            inference.impersonationLikelihood(),
            inference.impersonationLikelihoodOnPublicAccounts(),
            inference.impersonationIfAnyoneUnregistered(),
            inference.impersonationIfChildUnverifiedOnPublicAccounts(),
            inference.impersonationStepDownIfAdministered(),
            inference.impersonationSeverity(),
            inference.distressLikelihood(),
            inference.distressLikelihoodWithoutCover(),
            inference.distressSeverity()));
    judgement.put("riskBands", rulebook.riskMatrix().bands().rows());
    for (int likelihood = 1; likelihood <= 5; likelihood++) {
      for (int severity = 1; severity <= 5; severity++) {
        judgement.put(
            "risk " + likelihood + "x" + severity,
            rulebook.riskMatrix().rate(likelihood, severity));
      }
    }
    judgement.put("adultsPresentBeforeVulnerable", rulebook.adultsPresentBeforeVulnerable());
    judgement.put("deadlines", rulebook.deadlines());
    for (ResponseAction action : ResponseAction.values()) {
      TemporalAmount within = rulebook.deadline(action).within();
      judgement.put("deadline kind " + action, within.getClass().getSimpleName());
    }
    return judgement;
  }

  static JsonNode tree(String json) {
    return JSON.readTree(json);
  }

  /**
   * A copy of a rulebook's tree with every list of names in declaration order, as the rulebook
   * (which keeps them as sets) writes them; everything else is left as it is.
   */
  static JsonNode inDeclarationOrder(JsonNode rulebook) {
    ObjectNode copy = (ObjectNode) rulebook.deepCopy();
    sortNames(object(copy, "consent"), "verifiedParentalConsent", ConsentVerification.class);
    for (JsonNode row : object(copy, "vetting").get("requiredChecks")) {
      sortNames((ObjectNode) row, "frequencies", Frequency.class);
      sortNames((ObjectNode) row, "roles", StaffRole.class);
    }
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      sortNames(object(copy, "vetting", "acceptedSchemes"), jurisdiction.name(), CheckScheme.class);
      for (Frequency frequency : Frequency.values()) {
        sortNames(
            object(copy, "vetting", "requiredSchemes", jurisdiction.name()),
            frequency.name(),
            CheckScheme.class);
      }
    }
    for (Interaction interaction : Interaction.values()) {
      sortNames(object(copy, "controls", interaction.name()), "required", PlatformControl.class);
      sortNames(object(copy, "controls", interaction.name()), "advised", PlatformControl.class);
    }
    sortNames(object(copy, "inference", "sessionHijack"), "controls", PlatformControl.class);
    return copy;
  }

  private static <E extends Enum<E>> void sortNames(
      ObjectNode parent, String field, Class<E> type) {
    List<String> names = new ArrayList<>();
    parent.get(field).forEach(name -> names.add(name.stringValue()));
    names.sort(Comparator.comparing(name -> Enum.valueOf(type, name).ordinal()));
    ArrayNode sorted = parent.putArray(field);
    names.forEach(sorted::add);
  }

  /** The order of the field names of every object in a tree, by path. */
  private static Map<String, List<String>> fieldOrder(JsonNode root) {
    Map<String, List<String>> order = new LinkedHashMap<>();
    fieldOrder(root, "$", order);
    return order;
  }

  private static void fieldOrder(JsonNode node, String path, Map<String, List<String>> order) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.propertyNames().forEach(names::add);
      order.put(path, names);
      for (String name : names) {
        fieldOrder(node.get(name), path + "." + name, order);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        fieldOrder(node.get(i), path + "[" + i + "]", order);
      }
    }
  }

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
  }
}
