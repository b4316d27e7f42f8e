package org.safeguarding.rules.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.safeguarding.rules.testing.DefaultRulebookText.edited;
import static org.safeguarding.rules.testing.DefaultRulebookText.object;
import static org.safeguarding.rules.testing.DefaultRulebookText.ukDefaultText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RulebookId;
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
import org.safeguarding.core.risk.RiskBand;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class RulebookTest {

  // --- the bundled default ---------------------------------------------------------------------

  @Test
  void ukDefault_loads_withItsIdAndTimeZone() {
    Rulebook rulebook = Rulebook.ukDefault();

    assertThat(rulebook.id()).isEqualTo(RulebookId.of("uk-default", "2026.2"));
    assertThat(rulebook.timeZone().getId()).isEqualTo("Europe/London");
    assertThat(rulebook.adultAge()).isEqualTo(18);
    assertThat(Rulebook.ukDefault()).isSameAs(rulebook);
  }

  @Test
  void ukDefault_ratios_matchTheBands() {
    Rulebook rulebook = Rulebook.ukDefault();

    assertThat(rulebook.ratioBands())
        .extracting(RatioBand::toString)
        .containsExactly("0-1 1:3", "2-3 1:4", "4-8 1:6", "9-12 1:8", "13-17 1:10");
    assertThat(rulebook.adultsAtRiskPerAdult()).isEqualTo(8);
    assertThat(rulebook.minimumAdults()).isEqualTo(2);
    assertThat(rulebook.distressCoverStaff()).isEqualTo(2);
  }

  @Test
  void ukDefault_requiredLevels_matchTheCheckTable() {
    Rulebook rulebook = Rulebook.ukDefault();

    assertThat(rulebook.requiredLevel(Audience.CHILDREN, Frequency.REGULAR, StaffRole.HOST))
        .isEqualTo(CheckLevel.ENHANCED_BARRED);
    assertThat(rulebook.requiredLevel(Audience.CHILDREN, Frequency.ONE_OFF, StaffRole.LEAD))
        .isEqualTo(CheckLevel.ENHANCED);
    assertThat(rulebook.requiredLevel(Audience.CHILDREN, Frequency.REGULAR, StaffRole.VOLUNTEER))
        .isEqualTo(CheckLevel.BASIC);
    assertThat(rulebook.requiredLevel(Audience.ADULTS_AT_RISK, Frequency.REGULAR, StaffRole.LEAD))
        .isEqualTo(CheckLevel.BASIC);
    for (Audience audience : Audience.values()) {
      for (Frequency frequency : Frequency.values()) {
        for (StaffRole role : StaffRole.values()) {
          assertThat(rulebook.requiredLevel(audience, frequency, role)).isNotNull();
        }
      }
    }
  }

  @Test
  void ukDefault_consentVettingAndPolicies_areRead() {
    Rulebook rulebook = Rulebook.ukDefault();

    assertThat(rulebook.digitalConsentAge(Jurisdiction.SCOTLAND)).isEqualTo(13);
    assertThat(rulebook.capacityAge()).isEqualTo(16);
    assertThat(rulebook.attorneyAge()).isEqualTo(18);
    assertThat(rulebook.adultSelfConsentRequired()).isTrue();
    assertThat(rulebook.verifiedParentalConsent())
        .containsExactlyInAnyOrder(
            ConsentVerification.CONFIRMED_EMAIL, ConsentVerification.WRITTEN);
    assertThat(rulebook.checkValidYears(CheckScheme.PVG)).isEqualTo(5);
    assertThat(rulebook.checkValidYears(CheckScheme.DBS)).isEqualTo(3);
    assertThat(rulebook.acceptedSchemes(Jurisdiction.SCOTLAND))
        .containsExactlyInAnyOrder(CheckScheme.DISCLOSURE_SCOTLAND, CheckScheme.PVG);
    assertThat(rulebook.trainingValidYears()).isEqualTo(3);
    assertThat(rulebook.requiredPolicies())
        .containsEntry(Policy.SAFEGUARDING_POLICY, FindingLevel.BLOCKER)
        .containsEntry(Policy.ONLINE_SAFETY, FindingLevel.WARNING)
        .hasSize(6);
  }

  @Test
  void ukDefault_controls_areRequiredOrAdvised() {
    Rulebook rulebook = Rulebook.ukDefault();

    assertThat(rulebook.requiredControls(Interaction.INTERACTIVE))
        .contains(PlatformControl.PASSCODE, PlatformControl.WAITING_ROOM)
        .hasSize(6);
    assertThat(rulebook.advisedControls(Interaction.INTERACTIVE))
        .containsExactlyInAnyOrder(
            PlatformControl.PRIVATE_CHAT_DISABLED,
            PlatformControl.LOCK_AFTER_START,
            PlatformControl.HOST_CONTROLS_RENAME);
    assertThat(rulebook.requiredControls(Interaction.BROADCAST))
        .containsExactlyInAnyOrder(
            PlatformControl.PARTICIPANT_AV_OFF,
            PlatformControl.HOST_ONLY_SCREEN_SHARE,
            PlatformControl.COMMENTS_DISABLED);
    assertThat(rulebook.advisedControls(Interaction.BROADCAST)).isEmpty();
  }

  @Test
  void ukDefault_inferenceAndRiskMatrix_areRead() {
    Rulebook rulebook = Rulebook.ukDefault();

    InferenceTable inference = rulebook.inference();
    assertThat(inference.hijackControls())
        .containsExactlyInAnyOrder(
            PlatformControl.PASSCODE,
            PlatformControl.WAITING_ROOM,
            PlatformControl.HOST_ONLY_SCREEN_SHARE);
    assertThat(inference.hijackSeverityWithVulnerable()).isEqualTo(4);
    assertThat(inference.impersonationLikelihoodOnPublicAccounts()).isEqualTo(3);
    assertThat(inference.impersonationSeverity()).isEqualTo(4);
    assertThat(inference.distressLikelihoodWithoutCover()).isEqualTo(3);
    assertThat(rulebook.riskMatrix().rate(4, 4).band()).isEqualTo(RiskBand.EXTREME);
    assertThat(rulebook.riskMatrix().rate(2, 3).band()).isEqualTo(RiskBand.MODERATE);
  }

  @Test
  void read_streamWithByteOrderMark_isAccepted() {
    byte[] bytes = ("\uFEFF" + ukDefaultText()).getBytes(StandardCharsets.UTF_8);

    Rulebook rulebook = Rulebook.read(new ByteArrayInputStream(bytes));

    assertThat(rulebook.id()).isEqualTo(RulebookId.of("uk-default", "2026.2"));
  }

  @Test
  void read_file_isAccepted(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my-rulebook.json");
    Files.writeString(file, edited(root -> root.put("name", "my-rulebook")));

    assertThat(Rulebook.read(file).id()).isEqualTo(RulebookId.of("my-rulebook", "2026.2"));
  }

  @Test
  void read_missingFile_throwsUncheckedIOException(@TempDir Path dir) {
    assertThatThrownBy(() -> Rulebook.read(dir.resolve("absent.json")))
        .isInstanceOf(UncheckedIOException.class);
  }

  // --- unknown, missing, mistyped ---------------------------------------------------------------

  @Test
  void read_unknownField_isReportedWithItsPath() {
    List<PlanProblem> problems = problemsOf(edited(root -> root.put("author", "someone")));

    assertThat(problems).extracting(PlanProblem::path).containsExactly("$.author");
    assertThat(problems.get(0).message()).isEqualTo("unknown field");
  }

  @Test
  void read_unknownNestedField_isReportedWithItsPath() {
    String json =
        edited(
            root -> {
              band(root, 1).put("note", "toddlers");
              object(root, "inference", "impersonation").put("extra", 1);
            });

    assertThat(paths(json))
        .containsExactly("$.supervision.ratioBands[1].note", "$.inference.impersonation.extra");
  }

  @Test
  void read_missingField_isRequired() {
    List<PlanProblem> problems =
        problemsOf(edited(root -> object(root, "consent").remove("capacityAge")));

    assertThat(problems).extracting(PlanProblem::path).containsExactly("$.consent.capacityAge");
    assertThat(problems.get(0).message()).isEqualTo("is required");
  }

  @Test
  void read_missingSection_isReportedOnceNotFieldByField() {
    assertThat(paths(edited(root -> root.remove("vetting")))).containsExactly("$.vetting");
  }

  @Test
  void read_wrongType_isReportedWithItsPath() {
    List<PlanProblem> problems = problemsOf(edited(root -> root.put("adultAge", "18")));

    assertThat(problems).extracting(PlanProblem::path).containsExactly("$.adultAge");
    assertThat(problems.get(0).message()).isEqualTo("must be a whole number from 1 to 120");
  }

  @Test
  void read_wrongTypeOfSection_isReportedOnce() {
    assertThat(paths(edited(root -> root.putArray("supervision"))))
        .containsExactly("$.supervision");
  }

  @Test
  void read_fractionalNumber_isAWrongType() {
    assertThat(paths(edited(root -> object(root, "vetting").put("trainingValidYears", 3.5))))
        .containsExactly("$.vetting.trainingValidYears");
  }

  @Test
  void read_null_isReportedWithItsPath_inEveryDocumentsWords() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root -> {
                  root.putNull("timeZone");
                  object(root, "consent").putNull("adultSelfConsentRequired");
                }));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactly("$.timeZone", "$.consent.adultSelfConsentRequired");
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).isEqualTo("must not be null"));
  }

  @Test
  void read_numberOutOfRange_isReportedWithTheRange() {
    List<PlanProblem> problems =
        problemsOf(edited(root -> band(root, 2).put("childrenPerAdult", 0)));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactly("$.supervision.ratioBands[2].childrenPerAdult");
    assertThat(problems.get(0).message()).isEqualTo("must be a whole number from 1 to 1000");
  }

  @Test
  void read_rootNotAnObject_isOneProblemAtRoot() {
    assertThat(problemsOf("[]")).extracting(PlanProblem::path).containsExactly("$");
  }

  @Test
  void read_invalidNameAndTimeZone_areReportedWithoutEchoingThem() {
    String secret = "secret-value";
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root -> {
                  root.put("name", secret + "\u0007");
                  root.put("version", "   ");
                  root.put("timeZone", "Mars/" + secret);
                }));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactly("$.name", "$.version", "$.timeZone");
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain(secret));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "uk\u0000default", // a control
        "uk\u200bdefault", // a zero-width space
        "uk\u202edefault", // a right-to-left override
        "uk\u2028default", // a line separator
        "uk-default\udb40\udc01", // a language tag, beyond the Basic Multilingual Plane
        "uk\ud834\udd73default", // a musical format character, beyond it too
        "uk\ud800default" // half a surrogate pair
      })
  void read_nameWithAnInvisibleOrControlCharacter_isRefused(String name) {
    assertThat(problemsOf(edited(root -> root.put("name", name))))
        .containsExactly(
            PlanProblem.of(
                "$.name", "must not contain control or invisible formatting characters"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"uk-default", "Gwasanaeth Cymru", "\ud83d\udee1\ufe0f shield"})
  void read_printableName_isAccepted(String name) {
    assertThat(Rulebook.read(edited(root -> root.put("name", name))).id().name()).isEqualTo(name);
  }

  @Test
  void read_overlongName_isReported() {
    assertThat(paths(edited(root -> root.put("name", "n".repeat(65))))).containsExactly("$.name");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"+01:00", "Z", "UTC", "GMT", "Etc/UTC", "UTC+01:00", "GMT+1", "UT-5", "Etc/GMT-1"})
  void read_fixedOffsetTimeZone_isRejected(String zone) {
    List<PlanProblem> problems = problemsOf(edited(root -> root.put("timeZone", zone)));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of(
                "$.timeZone",
                "must be a time zone region id such as Europe/London, not a fixed offset"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/London", "Europe/Dublin", "America/New_York", "Australia/Perth"})
  void read_regionTimeZone_isAccepted(String zone) {
    assertThat(Rulebook.read(edited(root -> root.put("timeZone", zone))).timeZone().getId())
        .isEqualTo(zone);
  }

  // --- consent ---------------------------------------------------------------------------------

  @Test
  void read_missingJurisdiction_isReportedAtTheMapNamingIt() {
    List<PlanProblem> problems =
        problemsOf(edited(root -> object(root, "consent", "digitalConsentAge").remove("WALES")));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactly("$.consent.digitalConsentAge");
    assertThat(problems.get(0).message()).contains("WALES");
  }

  @Test
  void read_unknownJurisdiction_isReportedAtItsKey() {
    assertThat(
            paths(edited(root -> object(root, "consent", "digitalConsentAge").put("JERSEY", 13))))
        .containsExactly("$.consent.digitalConsentAge.JERSEY");
  }

  @Test
  void read_digitalConsentAgeAboveAdultAge_isReported() {
    assertThat(
            paths(edited(root -> object(root, "consent", "digitalConsentAge").put("ENGLAND", 19))))
        .containsExactly("$.consent.digitalConsentAge.ENGLAND");
  }

  // --- ratio bands -----------------------------------------------------------------------------

  @Test
  void read_gapInRatioBands_isReportedAtTheLaterBand() {
    List<PlanProblem> problems = problemsOf(edited(root -> band(root, 2).put("fromAge", 5)));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactly("$.supervision.ratioBands[2].fromAge");
    assertThat(problems.get(0).message()).startsWith("must be 4, the age after the previous band");
  }

  @Test
  void read_overlapInRatioBands_isReportedAtTheLaterBand() {
    List<PlanProblem> problems = problemsOf(edited(root -> band(root, 3).put("fromAge", 8)));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactly("$.supervision.ratioBands[3].fromAge");
    assertThat(problems.get(0).message()).startsWith("must be 9, the age after the previous band");
  }

  @Test
  void read_ratioBandsNotReachingTheAgeBeforeAdultAge_isReportedAtTheLastBand() {
    List<PlanProblem> problems = problemsOf(edited(root -> band(root, 4).put("toAge", 16)));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactly("$.supervision.ratioBands[4].toAge");
    assertThat(problems.get(0).message()).startsWith("must be 17");
  }

  @Test
  void read_ratioBandsNotStartingAtZero_isReportedAtTheFirstBand() {
    assertThat(paths(edited(root -> band(root, 0).put("fromAge", 1))))
        .containsExactly("$.supervision.ratioBands[0].fromAge");
  }

  @Test
  void read_ratioBandEndingBeforeItStarts_isReportedOnceAtItsToAge() {
    assertThat(paths(edited(root -> band(root, 2).put("toAge", 3))))
        .containsExactly("$.supervision.ratioBands[2].toAge");
  }

  @Test
  void read_missingAdultAge_isReportedOnceWithoutBandProblems() {
    assertThat(paths(edited(root -> root.remove("adultAge")))).containsExactly("$.adultAge");
  }

  @Test
  void read_emptyRatioBands_isReported() {
    assertThat(paths(edited(root -> object(root, "supervision").putArray("ratioBands"))))
        .containsExactly("$.supervision.ratioBands");
  }

  @Test
  void read_lowerAdultAge_needsBandsEndingBeforeIt() {
    assertThat(paths(edited(root -> root.put("adultAge", 16))))
        .containsExactly("$.supervision.ratioBands[4].toAge");
  }

  @Test
  void read_adultAgeAfterTheBands_isStillCheckedAgainstThem() {
    assertThat(
            paths(
                edited(
                    root -> {
                      root.remove("adultAge");
                      root.put("adultAge", 16);
                    })))
        .containsExactly("$.supervision.ratioBands[4].toAge");
  }

  @Test
  void read_adultAgeAfterTheConsentAges_isStillCheckedAgainstThem() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root -> {
                  object(root, "consent", "digitalConsentAge").put("ENGLAND", 17);
                  root.remove("adultAge");
                  root.put("adultAge", 16);
                }));

    assertThat(problems)
        .contains(
            PlanProblem.of(
                "$.consent.digitalConsentAge.ENGLAND", "must be a whole number from 0 to 16"));
  }

  // --- risk bands ------------------------------------------------------------------------------

  @Test
  void read_gapInRiskBands_isReportedUnderRiskBands() {
    List<PlanProblem> problems = problemsOf(edited(root -> riskBand(root, 1).put("highest", 5)));

    assertThat(problems).extracting(PlanProblem::path).containsExactly("$.riskBands");
    assertThat(problems.get(0).message()).contains("score 6");
  }

  @Test
  void read_overlapInRiskBands_isReportedAtTheRow() {
    assertThat(paths(edited(root -> riskBand(root, 2).put("lowest", 6))))
        .containsExactly("$.riskBands[2].lowest");
  }

  @Test
  void read_riskScoreOutOfRange_isReportedAtTheRow() {
    assertThat(paths(edited(root -> riskBand(root, 3).put("highest", 26))))
        .containsExactly("$.riskBands[3].highest");
  }

  // --- required checks -------------------------------------------------------------------------

  @Test
  void read_overlapInRequiredChecks_isReportedAtTheLaterRow() {
    List<PlanProblem> problems =
        problemsOf(edited(root -> ((ArrayNode) check(root, 0).get("roles")).add("VOLUNTEER")));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactly("$.vetting.requiredChecks[2]");
    assertThat(problems.get(0).message())
        .isEqualTo("covers CHILDREN, REGULAR, VOLUNTEER, which row 0 already covers");
  }

  @Test
  void read_gapInRequiredChecks_isReportedForEachCombination() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root -> {
                  ArrayNode roles = (ArrayNode) check(root, 3).get("roles");
                  roles.remove(1);
                }));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsOnly("$.vetting.requiredChecks")
        .hasSize(3);
    assertThat(problems)
        .extracting(PlanProblem::message)
        .containsExactly(
            "must give a level for ADULTS_AT_RISK, ONE_OFF, HOST",
            "must give a level for ADULTS_AT_RISK, OCCASIONAL, HOST",
            "must give a level for ADULTS_AT_RISK, REGULAR, HOST");
  }

  @Test
  void read_emptyRequiredChecks_listsTheFirstGapsAndCountsTheRest() {
    List<PlanProblem> problems =
        problemsOf(edited(root -> object(root, "vetting").putArray("requiredChecks")));

    int combinations =
        Audience.values().length * Frequency.values().length * StaffRole.values().length;
    assertThat(problems).hasSize(21);
    assertThat(problems.get(20).message())
        .isEqualTo("must give a level for " + (combinations - 20) + " more combinations");
  }

  @Test
  void read_rowAtFault_doesNotAlsoReportGaps() {
    assertThat(paths(edited(root -> check(root, 3).put("audience", "EVERYONE"))))
        .containsExactly("$.vetting.requiredChecks[3].audience");
  }

  // --- enum values -----------------------------------------------------------------------------

  @Test
  void read_unknownEnumValue_isReportedWithTheChoices_inEveryDocumentsWords() {
    List<PlanProblem> problems =
        problemsOf(edited(root -> object(root, "policies").put("SAFEGUARDING_POLICY", "CRITICAL")));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactly("$.policies.SAFEGUARDING_POLICY");
    assertThat(problems.get(0).message())
        .isEqualTo("must be one of BLOCKER, WARNING, ADVICE")
        .doesNotContain("CRITICAL");
  }

  @Test
  void read_unknownEnumValueInAList_isReportedAtTheEntry() {
    assertThat(
            paths(
                edited(
                    root ->
                        ((ArrayNode) object(root, "vetting", "acceptedSchemes").get("WALES"))
                            .add("CRB"))))
        .containsExactly("$.vetting.acceptedSchemes.WALES[1]");
  }

  @Test
  void read_repeatedEnumInAList_isReportedAtTheRepeat_inEveryDocumentsWords() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root -> {
                  ArrayNode verified = object(root, "consent").putArray("verifiedParentalConsent");
                  verified.add("WRITTEN").add("WRITTEN");
                }));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactly("$.consent.verifiedParentalConsent[1]");
    assertThat(problems.get(0).message()).isEqualTo("must not repeat a value");
  }

  @Test
  void read_controlBothRequiredAndAdvised_isReportedAtTheAdvisedEntry() {
    assertThat(
            paths(
                edited(
                    root ->
                        ((ArrayNode) object(root, "controls", "INTERACTIVE").get("advised"))
                            .add("PASSCODE"))))
        .containsExactly("$.controls.INTERACTIVE.advised[3]");
  }

  @Test
  void read_missingInteraction_isReported() {
    assertThat(paths(edited(root -> object(root, "controls").remove("BROADCAST"))))
        .containsExactly("$.controls");
  }

  // --- malformed input -------------------------------------------------------------------------

  @Test
  void read_malformedJson_isOneProblemNotAJacksonException() {
    List<PlanProblem> problems = problemsOf("{\"name\": }");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).startsWith("$");
    assertThat(problems.get(0).message()).startsWith("is not well-formed JSON");
  }

  @Test
  void read_truncatedJson_isOneProblem() {
    String text = ukDefaultText();
    List<PlanProblem> problems = problemsOf(text.substring(0, text.length() / 2));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).startsWith("$");
    assertThat(problems.get(0).message()).startsWith("is not complete");
  }

  @Test
  void read_emptyInput_isOneProblemAtRoot() {
    assertThat(paths("")).containsExactly("$");
    assertThat(paths("  \n ")).containsExactly("$");
    assertThat(catchInvalid(() -> Rulebook.read(new ByteArrayInputStream(new byte[0]))).problems())
        .extracting(PlanProblem::path)
        .containsExactly("$");
  }

  @Test
  void read_trailingContent_isOneProblemAtRoot() {
    List<PlanProblem> problems = problemsOf(ukDefaultText() + "\n{}");

    assertThat(problems).extracting(PlanProblem::path).containsExactly("$");
    assertThat(problems.get(0).message()).startsWith("must be one JSON value, but more follows");
  }

  @Test
  void read_duplicateField_isOneProblem() {
    String text =
        ukDefaultText().replaceFirst("\"adultAge\": 18,", "\"adultAge\": 18, \"adultAge\": 18,");

    List<PlanProblem> problems = problemsOf(text);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).startsWith("must appear only once in its object");
  }

  @Test
  void read_tooDeeplyNested_isOneProblem() {
    String text = "[".repeat(40) + "]".repeat(40);

    List<PlanProblem> problems = problemsOf(text);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message())
        .startsWith("exceeds the reader's limit: nesting depth at most 16");
  }

  @Test
  void read_tooLongDocument_isOneProblemNamingTheLimit() {
    String text = ukDefaultText().replaceFirst("\\{", "{" + " ".repeat(1_000_001));

    // Named where reading stopped, as in every document, with the one limit broken.
    assertThat(problemsOf(text))
        .singleElement()
        .satisfies(
            problem ->
                assertThat(problem.message())
                    .startsWith(
                        "exceeds the reader's limit: documents of at most 1000000 characters"));
    assertThat(
            catchInvalid(
                    () ->
                        Rulebook.read(
                            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .problems())
        .hasSize(1);
  }

  @Test
  void read_unknownFieldNamesWithSeparatorsOverridesOrC1Controls_areEscapedInTheirPaths() {
    // A name holding a line separator, a right-to-left override or a next-line control could
    // break a one-line message or disguise it: each is shown escaped, as in every document.
    String text =
        ukDefaultText().replaceFirst("\\{", "{\"a\u2028b\": 1, \"c\u202Ed\": 2, \"e\u0085f\": 3, ");

    assertThat(problemsOf(text))
        .extracting(PlanProblem::toString)
        .containsExactlyInAnyOrder(
            "$['a\\u2028b']: unknown field",
            "$['c\\u202ed']: unknown field",
            "$['e\\u0085f']: unknown field")
        .allSatisfy(
            line ->
                assertThat(line)
                    .doesNotContain("\u2028")
                    .doesNotContain("\u202E")
                    .doesNotContain("\u0085"));
  }

  @Test
  void read_streamThatIsNotUtf8_isOneProblemAtRoot() {
    byte[] bytes = ukDefaultText().getBytes(StandardCharsets.UTF_8);
    int at = ukDefaultText().indexOf("uk-default");
    bytes[at] = (byte) 0xC3;
    bytes[at + 1] = (byte) 0x28;

    List<PlanProblem> problems =
        catchInvalid(() -> Rulebook.read(new ByteArrayInputStream(bytes))).problems();

    assertThat(problems).extracting(PlanProblem::path).containsExactly("$");
    assertThat(problems.get(0).message()).contains("UTF-8");
  }

  // --- all at once -----------------------------------------------------------------------------

  @Test
  void read_severalIndependentProblems_areAllReportedAtOnce() {
    String json =
        edited(
            root -> {
              root.put("extra", true);
              root.remove("version");
              object(root, "consent").put("capacityAge", -1);
              band(root, 2).put("fromAge", 5);
              object(root, "vetting", "checkValidYears").remove("PVG");
              object(root, "policies").put("ONLINE_SAFETY", "SEVERE");
              object(root, "inference", "participantDistress").put("severity", 6);
              riskBand(root, 2).put("lowest", 6);
            });

    assertThat(paths(json))
        .containsExactlyInAnyOrder(
            "$.extra",
            "$.version",
            "$.consent.capacityAge",
            "$.supervision.ratioBands[2].fromAge",
            "$.vetting.checkValidYears",
            "$.policies.ONLINE_SAFETY",
            "$.inference.participantDistress.severity",
            "$.riskBands[2].lowest");
  }

  @Test
  void read_invalidRulebook_hasAMessageStartingInvalidRulebook() {
    InvalidRulebookException e =
        catchInvalid(() -> Rulebook.read(edited(root -> root.put("adultAge", 0))));

    assertThat(e.getMessage()).startsWith("invalid rulebook: ").contains("$.adultAge");
  }

  // --- helpers ---------------------------------------------------------------------------------

  @Test
  void read_verifiedParentalConsentCountingUnverified_isRefused() {
    List<String> paths =
        paths(
            edited(
                root ->
                    ((tools.jackson.databind.node.ArrayNode)
                            object(root, "consent").get("verifiedParentalConsent"))
                        .add("UNVERIFIED")));

    assertThat(paths).containsExactly("$.consent.verifiedParentalConsent[2]");
  }

  @Test
  void ukDefault_oneToOneColleaguesAndImpersonationStepDown_areOne() {
    Rulebook rulebook = Rulebook.ukDefault();

    assertThat(rulebook.oneToOneAdults()).isEqualTo(1);
    assertThat(rulebook.oneToOneColleagues()).isEqualTo(1);
    assertThat(rulebook.inference().impersonationStepDownIfAdministered()).isEqualTo(1);
  }

  @Test
  void ukDefault_requiredSchemes_arePvgForRegularWorkInScotlandOnly() {
    Rulebook rulebook = Rulebook.ukDefault();

    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      for (Frequency frequency : Frequency.values()) {
        boolean regulatedInScotland =
            jurisdiction == Jurisdiction.SCOTLAND && frequency == Frequency.REGULAR;
        assertThat(rulebook.requiredSchemes(jurisdiction, frequency))
            .as(jurisdiction + " " + frequency)
            .isEqualTo(
                regulatedInScotland ? java.util.Set.of(CheckScheme.PVG) : java.util.Set.of());
      }
    }
  }

  @Test
  void read_requiredSchemeTheJurisdictionDoesNotAccept_isReportedAtTheEntry() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root ->
                    ((ArrayNode)
                            object(root, "vetting", "requiredSchemes", "ENGLAND")
                                .putArray("REGULAR"))
                        .add("PVG")));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of(
                "$.vetting.requiredSchemes.ENGLAND.REGULAR[0]",
                "must be one of the schemes acceptedSchemes gives for ENGLAND"));
  }

  @Test
  void read_requiredSchemesMissingAFrequency_isReportedAtTheJurisdiction() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root -> object(root, "vetting", "requiredSchemes", "SCOTLAND").remove("REGULAR")));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of("$.vetting.requiredSchemes.SCOTLAND", "must have an entry for REGULAR"));
  }

  @Test
  void read_requiredSchemesLeftOut_isRequired() {
    List<PlanProblem> problems =
        problemsOf(edited(root -> object(root, "vetting").remove("requiredSchemes")));

    assertThat(problems)
        .containsExactly(PlanProblem.of("$.vetting.requiredSchemes", "is required"));
  }

  @Test
  void read_noOneToOneColleague_isRefused() {
    List<PlanProblem> problems =
        problemsOf(edited(root -> object(root, "supervision").put("oneToOneColleagues", 0)));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactly("$.supervision.oneToOneColleagues");
  }

  @Test
  void read_impersonationStepDownLeftOut_isRequired() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root ->
                    object(root, "inference", "impersonation").remove("stepDownIfAdministered")));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of("$.inference.impersonation.stepDownIfAdministered", "is required"));
  }

  @Test
  void read_policyLeftOut_isReported() {
    List<PlanProblem> problems =
        problemsOf(edited(root -> object(root, "policies").remove("SAFEGUARDING_POLICY")));

    assertThat(problems).extracting(PlanProblem::path).containsExactly("$.policies");
    assertThat(problems.get(0).message()).contains("SAFEGUARDING_POLICY");
  }

  private static ObjectNode band(ObjectNode root, int index) {
    return (ObjectNode) object(root, "supervision").get("ratioBands").get(index);
  }

  private static ObjectNode riskBand(ObjectNode root, int index) {
    return (ObjectNode) root.get("riskBands").get(index);
  }

  private static ObjectNode check(ObjectNode root, int index) {
    return (ObjectNode) object(root, "vetting").get("requiredChecks").get(index);
  }

  private static InvalidRulebookException catchInvalid(Runnable read) {
    InvalidRulebookException e = catchThrowableOfType(InvalidRulebookException.class, read::run);
    assertThat(e).as("an InvalidRulebookException").isNotNull();
    return e;
  }

  private static List<PlanProblem> problemsOf(String json) {
    return catchInvalid(() -> Rulebook.read(json)).problems();
  }

  private static List<String> paths(String json) {
    return problemsOf(json).stream().map(PlanProblem::path).toList();
  }
}
