package org.safeguarding.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.core.json.RejectedJson.invalid;
import static org.safeguarding.core.json.RejectedJson.problems;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.AssessedRisk;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.ConsentRequirement;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.assessment.RiskOrigin;
import org.safeguarding.core.assessment.RulebookId;
import org.safeguarding.core.assessment.Supervision;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.risk.Likelihood;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskRating;
import org.safeguarding.core.risk.Severity;

/** The assessment read back: what was written is read as it was, and an edited one is refused. */
class AssessmentJsonTest {

  private static final String SUBJECT = "assessment";

  private static RiskRating rating(int likelihood, int severity, RiskBand band) {
    return RiskRating.of(Likelihood.of(likelihood), Severity.of(severity), band);
  }

  /** An assessment with one of everything: a floor, a residual rating, each consent shape. */
  private static Assessment full() {
    return Assessment.builder()
        .planId("club")
        .rulebook(RulebookId.of("uk-default", "2026.2"))
        .asOf(LocalDate.of(2026, 12, 4))
        .decision(Decision.GO_WITH_CONDITIONS)
        .addFindings(
            Finding.builder()
                .rule("RISK_UNDERRATED")
                .level(FindingLevel.ADVICE)
                .subject("r1")
                .message("r1 is rated lower than the facts give")
                .action("Raise r1's rating")
                .template("RISK_UNDERRATED")
                .putParameter("risk", "r1")
                .putParameter("hazard", "SESSION_HIJACK")
                .putParameter("score", "4")
                .addSource("004_seed.txt")
                .build(),
            Finding.builder()
                .rule("RECORDS_POLICY_MISSING")
                .level(FindingLevel.WARNING)
                .message("no records policy")
                .action("Write one")
                .addSources("003_seed.txt", "NSPCC")
                .build())
        .addRisks(
            AssessedRisk.builder()
                .id("r1")
                .hazard(Hazard.SESSION_HIJACK)
                .origin(RiskOrigin.DECLARED)
                .priority(1)
                .inherent(rating(2, 4, RiskBand.HIGH))
                .residual(rating(1, 3, RiskBand.LOW))
                .floor(rating(1, 4, RiskBand.MODERATE))
                .build(),
            AssessedRisk.builder()
                .id("r2")
                .hazard(Hazard.OTHER)
                .origin(RiskOrigin.DECLARED)
                .priority(2)
                .inherent(rating(2, 2, RiskBand.MODERATE))
                .residual(rating(1, 2, RiskBand.LOW))
                .residualCredited(false)
                .build(),
            AssessedRisk.builder()
                .id("inferred-impersonation")
                .hazard(Hazard.IMPERSONATION)
                .origin(RiskOrigin.INFERRED)
                .priority(3)
                .inherent(rating(1, 4, RiskBand.MODERATE))
                .build())
        .addConsents(
            ConsentRequirement.builder()
                .participant("p1")
                .requiredFrom(ConsentGiver.PARENT_OR_CARER)
                .status(ConsentStatus.MET)
                .build(),
            ConsentRequirement.builder()
                .participant("p2")
                .status(ConsentStatus.NOT_REQUIRED)
                .build())
        .supervision(Supervision.of(2, 1))
        .build();
  }

  @Test
  void assessment_writtenThenRead_isTheSameValueAndTheSameBytes() {
    Assessment assessment = full();
    String json = SafeguardingJson.ASSESSMENT.write(assessment);

    Assessment read = SafeguardingJson.ASSESSMENT.read(json);

    assertThat(read).isEqualTo(assessment);
    assertThat(SafeguardingJson.ASSESSMENT.write(read)).isEqualTo(json);
  }

  @Test
  void assessment_layeredRulebook_namesItsBaseAndRoundTrips() {
    // given
    Assessment assessment =
        Assessment.builder()
            .from(full())
            .rulebook(
                RulebookId.of("three-adults-online", "1.0", RulebookId.of("uk-default", "2026.2")))
            .build();

    // when
    String json = SafeguardingJson.ASSESSMENT.write(assessment);
    Assessment read = SafeguardingJson.ASSESSMENT.read(json);

    // then
    assertThat(json)
        .contains(
            "\"rulebook\": {\n    \"name\": \"three-adults-online\",\n    \"version\": \"1.0\",\n"
                + "    \"basedOn\": {\n      \"name\": \"uk-default\",\n"
                + "      \"version\": \"2026.2\"\n    }\n  },");
    assertThat(read).isEqualTo(assessment);
    assertThat(read.rulebook().basedOn()).contains(RulebookId.of("uk-default", "2026.2"));
    assertThat(SafeguardingJson.ASSESSMENT.write(read)).isEqualTo(json);
  }

  @Test
  void rulebookId_basedOnALayer_isRefused() {
    RulebookId layer = RulebookId.of("ours", "1", RulebookId.of("uk-default", "2026.2"));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RulebookId.of("theirs", "2", layer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a rulebook is based on a whole rulebook, but ours 1 (based on uk-default 2026.2) is a"
                + " layer");
  }

  @Test
  void assessment_wholeRulebook_hasNoBasedOn() {
    String json = SafeguardingJson.ASSESSMENT.write(full());

    assertThat(json).doesNotContain("basedOn");
    assertThat(SafeguardingJson.ASSESSMENT.read(json).rulebook().basedOn()).isEmpty();
  }

  @Test
  void assessment_rulebookBaseWithABaseOrMissingAVersion_isRefusedAtItsPath() {
    String json =
        SafeguardingJson.ASSESSMENT
            .write(
                Assessment.builder()
                    .from(full())
                    .rulebook(RulebookId.of("ours", "1", RulebookId.of("uk-default", "2026.2")))
                    .build())
            .replace(
                "\"version\": \"2026.2\"", "\"basedOn\": {\"name\": \"a\", \"version\": \"b\"}");

    assertThat(problems(invalid(SUBJECT, json, SafeguardingJson.ASSESSMENT::read)))
        .containsExactly(
            "$.rulebook.basedOn.version: is required", "$.rulebook.basedOn.basedOn: unknown field");
  }

  @Test
  void finding_templateAndParameters_areWrittenAfterTheActionInOrder() {
    String json = SafeguardingJson.ASSESSMENT.write(full());

    assertThat(json)
        .contains(
            "\"action\": \"Raise r1's rating\",\n      \"template\": \"RISK_UNDERRATED\",\n"
                + "      \"parameters\": {\n        \"risk\": \"r1\",\n"
                + "        \"hazard\": \"SESSION_HIJACK\",\n        \"score\": \"4\"\n"
                + "      },\n      \"sources\"")
        .contains("\"action\": \"Write one\",\n      \"sources\"");
    assertThat(SafeguardingJson.ASSESSMENT.read(json).findings().get(0).parameters().keySet())
        .containsExactly("risk", "hazard", "score");
  }

  @Test
  void finding_malformedTemplateOrParameters_areRefusedAtTheirPaths() {
    String many =
        java.util.stream.IntStream.range(0, 33)
            .mapToObj(i -> "\"p" + i + "\": \"v\"")
            .collect(java.util.stream.Collectors.joining(", "));
    String json =
        SafeguardingJson.ASSESSMENT
            .write(full())
            .replace("\"template\": \"RISK_UNDERRATED\"", "\"template\": \"risk underrated\"")
            .replace("\"risk\": \"r1\"", "\"Risk\": \"r1\", \"blank\": \" \", \"n\": 4")
            .replace(
                "\"action\": \"Write one\",",
                "\"action\": \"Write one\", \"parameters\": {" + many + "},");

    assertThat(problems(invalid(SUBJECT, json, SafeguardingJson.ASSESSMENT::read)))
        .containsExactly(
            "$.findings[0].template: must be a code, optionally followed by a dot and a variant"
                + " such as advised",
            "$.findings[0].parameters.Risk: must be a name of letters and digits, starting with a"
                + " lower-case letter",
            "$.findings[0].parameters.blank: must not be blank",
            "$.findings[0].parameters.n: must be a string",
            "$.findings[1].parameters: must hold at most 32 entries");
  }

  @Test
  void assessment_withoutSupervision_isReadWithout() {
    Assessment assessment =
        Assessment.builder().from(full()).supervision(java.util.Optional.empty()).build();

    assertThat(SafeguardingJson.ASSESSMENT.read(SafeguardingJson.ASSESSMENT.write(assessment)))
        .isEqualTo(assessment);
  }

  @Test
  void assessment_derivedValuesEditedToSayLess_areRefusedAtTheirPaths() {
    String json =
        SafeguardingJson.ASSESSMENT
            .write(full())
            // r1's floor counts: claim the residual rating does, and a lower current rating
            .replaceFirst("\"currentFrom\": \"FLOOR\"", "\"currentFrom\": \"RESIDUAL\"")
            .replaceFirst(
                "\"current\": \\{\n        \"likelihood\": 1,\n        \"severity\": 4,\n"
                    + "        \"score\": 4,",
                "\"current\": {\n        \"likelihood\": 1,\n        \"severity\": 3,\n"
                    + "        \"score\": 3,")
            .replace("\"shortfall\": 1", "\"shortfall\": 0");

    assertThat(problems(invalid(SUBJECT, json, SafeguardingJson.ASSESSMENT::read)))
        .containsExactlyInAnyOrder(
            "$.risks[0].current: must be the rating that counts: the floor, else the residual"
                + " rating if credited, else the inherent rating",
            "$.risks[0].currentFrom: must be FLOOR, where current comes from",
            "$.supervision.shortfall: must be requiredAdults less countedAdults, at least 0")
        .hasSize(3);
  }

  @Test
  void assessment_missingUnknownAndMistypedValues_areAllReported() {
    String json =
        "{\"planId\": 7, \"rulebook\": {\"name\": \"uk-default\"}, \"asOf\": \"2026-02-30\","
            + " \"decision\": \"MAYBE\", \"findings\": [{\"rule\": \"X\", \"level\": \"ADVICE\","
            + " \"message\": \" \", \"action\": \"a\", \"sources\": []}], \"risks\": [{\"id\":"
            + " \"r1\", \"hazard\": \"OTHER\", \"origin\": \"INFERRED\", \"priority\": 0,"
            + " \"inherent\": {\"likelihood\": 6, \"severity\": 2, \"score\": 12, \"band\":"
            + " \"LOW\"}, \"floor\": {\"likelihood\": 5, \"severity\": 5, \"score\": 25, \"band\":"
            + " \"EXTREME\"}, \"current\": {\"likelihood\": 1, \"severity\": 1, \"score\": 2,"
            + " \"band\": \"LOW\"}, \"currentFrom\": \"INHERENT\"}], \"consents\":"
            + " [{\"participant\": \"p1\", \"status\": \"MET\"}], \"extra\": true}";

    assertThat(problems(invalid(SUBJECT, json, SafeguardingJson.ASSESSMENT::read)))
        .contains(
            "$.planId: must be a string",
            "$.rulebook.version: is required",
            "$.asOf: is not a real date",
            "$.decision: must be one of GO, GO_WITH_CONDITIONS, POSTPONE, DO_NOT_RUN",
            "$.findings[0].message: must not be blank",
            "$.findings[0].sources: must hold at least one source",
            "$.risks[0].priority: must be at least 1",
            "$.risks[0].inherent.likelihood: must be between 1 and 5",
            "$.risks[0].floor: must be left out for an inferred risk",
            "$.risks[0].current.score: must be likelihood × severity, 1",
            "$.consents[0].requiredFrom: is required when consent is required",
            "$.extra: unknown field");
  }

  @Test
  void assessment_residualCreditedWithoutAResidualRating_isRefused() {
    String json =
        SafeguardingJson.ASSESSMENT
            .write(full())
            .replaceFirst(
                "\"inherent\": \\{\n        \"likelihood\": 1,\n        \"severity\": 4,\n"
                    + "        \"score\": 4,\n        \"band\": \"MODERATE\"\n      \\},",
                "\"inherent\": {\"likelihood\": 1, \"severity\": 4, \"score\": 4, \"band\":"
                    + " \"MODERATE\"}, \"residualCredited\": true,");

    assertThat(problems(invalid(SUBJECT, json, SafeguardingJson.ASSESSMENT::read)))
        .containsExactly(
            "$.risks[2].residualCredited: must be left out when there is no residual rating");
  }
}
