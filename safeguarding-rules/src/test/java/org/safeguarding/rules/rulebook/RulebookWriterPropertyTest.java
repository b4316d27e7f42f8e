package org.safeguarding.rules.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.safeguarding.rules.rulebook.RulebookWriterTest.inDeclarationOrder;
import static org.safeguarding.rules.rulebook.RulebookWriterTest.judgement;
import static org.safeguarding.rules.rulebook.RulebookWriterTest.tree;
import static org.safeguarding.rules.testing.DefaultRulebookText.edited;
import static org.safeguarding.rules.testing.DefaultRulebookText.object;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.rules.rulebook.Deadline.From;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writing over generated rulebooks: the bundled default with every number drawn anew within what
 * the reader takes (ages, ratio bands, supervision counts, validity years, the inference table, a
 * risk band table, the adults at the door), with policy levels and deadlines of either kind from
 * any start. Whatever is drawn, the rulebook written keeps every value of its input, reads back to
 * a rulebook that writes the same text and judges the same way, and is laid out canonically.
 */
class RulebookWriterPropertyTest {

  private static final int CASES = 200;

  /**
   * The examples asked of QuickTheories: it skips a draw it has already tried without trying
   * another, so asking for exactly {@link #CASES} could run a few fewer.
   */
  private static final int EXAMPLES = 250;

  /** The scores a 5 by 5 matrix can give: each risk band table must give all of them a band. */
  private static final int[] POSSIBLE_SCORES = {1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25};

  private static final int LONGEST_DEADLINE_DAYS = 366;

  private final AtomicInteger cases = new AtomicInteger();

  @AfterEach
  void everyPropertyRanItsCases() {
    assertThat(cases.get()).isGreaterThanOrEqualTo(CASES);
  }

  @Test
  void toJson_ofAnyNumbersTheReaderTakes_keepsThem_andReadsBackToTheSameTextAndJudgement() {
    qt().withExamples(EXAMPLES)
        .forAll(rulebookTexts())
        .checkAssert(
            json -> {
              cases.incrementAndGet();
              Rulebook rulebook = Rulebook.read(json);

              String written = rulebook.toJson();
              Rulebook readBack = Rulebook.read(written);

              assertThat(tree(written)).isEqualTo(inDeclarationOrder(tree(json)));
              assertThat(readBack.toJson()).isEqualTo(written);
              assertThat(judgement(readBack)).containsExactlyEntriesOf(judgement(rulebook));
              assertThat(written).doesNotContain("\r").endsWith("}\n").doesNotEndWith("\n\n");
            });
  }

  // --- generators ------------------------------------------------------------------------------

  /** The bundled rulebook's text with its numbers, policy levels and deadlines drawn anew. */
  private static Gen<String> rulebookTexts() {
    return in -> edited(root -> redraw(root, in));
  }

  private static void redraw(ObjectNode root, RandomnessSource in) {
    int adultAge = integers().between(1, 120).generate(in);
    root.put("adultAge", adultAge);

    ObjectNode consent = object(root, "consent");
    ObjectNode digitalAges = object(consent, "digitalConsentAge");
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      digitalAges.put(jurisdiction.name(), integers().between(0, adultAge).generate(in));
    }
    consent.put("capacityAge", integers().between(0, 120).generate(in));
    consent.put("attorneyAge", integers().between(0, 120).generate(in));
    consent.put("adultSelfConsentRequired", booleans().all().generate(in));

    ObjectNode supervision = object(root, "supervision");
    ratioBands(supervision.putArray("ratioBands"), adultAge, in);
    supervision.put("adultsAtRiskPerAdult", integers().between(1, 1_000).generate(in));
    for (String count :
        new String[] {
          "minimumAdults",
          "broadcastAdults",
          "oneToOneAdults",
          "oneToOneColleagues",
          "adultsWithoutVulnerable",
          "distressCoverStaff"
        }) {
      supervision.put(count, integers().between(1, 100).generate(in));
    }

    ObjectNode vetting = object(root, "vetting");
    ObjectNode validYears = object(vetting, "checkValidYears");
    for (CheckScheme scheme : CheckScheme.values()) {
      validYears.put(scheme.name(), integers().between(1, 50).generate(in));
    }
    vetting.put("trainingValidYears", integers().between(1, 50).generate(in));
    requiredSchemes(vetting, in);

    ObjectNode policies = object(root, "policies");
    for (Policy policy : Policy.values()) {
      policies.put(policy.name(), arbitrary().enumValues(FindingLevel.class).generate(in).name());
    }

    inference(object(root, "inference"), in);
    riskBands(root.putArray("riskBands"), in);
    // The door asks for no more adults than a group or a broadcast needs.
    int mostAtTheDoor =
        Math.min(
            supervision.get("minimumAdults").intValue(),
            supervision.get("broadcastAdults").intValue());
    object(root, "admission")
        .put("adultsPresentBeforeVulnerable", integers().between(1, mostAtTheDoor).generate(in));

    ObjectNode deadlines = object(root, "deadlines");
    for (ResponseAction action : ResponseAction.values()) {
      object(deadlines, action.name())
          .put("from", arbitrary().enumValues(From.class).generate(in).name())
          .put("within", within(in));
    }
  }

  /**
   * For each jurisdiction and frequency, any of the schemes the jurisdiction accepts (as bundled),
   * each kept or left out.
   */
  private static void requiredSchemes(ObjectNode vetting, RandomnessSource in) {
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      ObjectNode byFrequency = object(vetting, "requiredSchemes", jurisdiction.name());
      for (Frequency frequency : Frequency.values()) {
        ArrayNode schemes = byFrequency.putArray(frequency.name());
        for (JsonNode accepted : object(vetting, "acceptedSchemes").get(jurisdiction.name())) {
          if (booleans().all().generate(in)) {
            schemes.add(accepted.stringValue());
          }
        }
      }
    }
  }

  /** One to six bands running without gap or overlap from 0 to {@code adultAge - 1}. */
  private static void ratioBands(ArrayNode bands, int adultAge, RandomnessSource in) {
    int count = integers().between(1, Math.min(adultAge, 6)).generate(in);
    int fromAge = 0;
    for (int i = 0; i < count; i++) {
      int bandsAfter = count - i - 1;
      int toAge =
          bandsAfter == 0
              ? adultAge - 1
              : integers().between(fromAge, adultAge - 1 - bandsAfter).generate(in);
      bands
          .addObject()
          .put("fromAge", fromAge)
          .put("toAge", toAge)
          .put("childrenPerAdult", integers().between(1, 1_000).generate(in));
      fromAge = toAge + 1;
    }
  }

  private static void inference(ObjectNode inference, RandomnessSource in) {
    object(inference, "sessionHijack")
        .put("likelihood", level(in))
        .put("perMissingControl", increment(in))
        .put("severity", level(in))
        .put("severityWithVulnerable", level(in));
    object(inference, "impersonation")
        .put("likelihood", level(in))
        .put("likelihoodOnPublicAccounts", level(in))
        .put("ifAnyoneUnregistered", increment(in))
        .put("ifChildUnverifiedOnPublicAccounts", increment(in))
        .put("stepDownIfAdministered", increment(in))
        .put("severity", level(in));
    object(inference, "participantDistress")
        .put("likelihood", level(in))
        .put("likelihoodWithoutCover", level(in))
        .put("severity", level(in));
  }

  /**
   * One row for each band, in order: each starts at a possible score (the first at 1) and reaches
   * anywhere short of the next row's start, the last to 25, so every possible score has a band.
   */
  private static void riskBands(ArrayNode rows, RandomnessSource in) {
    int last = POSSIBLE_SCORES.length - 1;
    int[] starts = new int[4];
    starts[1] = integers().between(1, last - 2).generate(in);
    starts[2] = integers().between(starts[1] + 1, last - 1).generate(in);
    starts[3] = integers().between(starts[2] + 1, last).generate(in);
    RiskBand[] bands = RiskBand.values();
    for (int row = 0; row < bands.length; row++) {
      int lowest = POSSIBLE_SCORES[starts[row]];
      int highest =
          row == bands.length - 1
              ? 25
              : integers()
                  .between(
                      POSSIBLE_SCORES[starts[row + 1] - 1], POSSIBLE_SCORES[starts[row + 1]] - 1)
                  .generate(in);
      rows.addObject().put("lowest", lowest).put("highest", highest).put("band", bands[row].name());
    }
  }

  /** An exact amount of up to a year, in seconds, or a number of calendar days. */
  private static String within(RandomnessSource in) {
    if (booleans().all().generate(in)) {
      int longest = (int) Duration.ofDays(LONGEST_DEADLINE_DAYS).toSeconds();
      return Duration.ofSeconds(integers().between(0, longest).generate(in)).toString();
    }
    return "P" + integers().between(0, LONGEST_DEADLINE_DAYS).generate(in) + "D";
  }

  private static int level(RandomnessSource in) {
    return integers().between(1, 5).generate(in);
  }

  private static int increment(RandomnessSource in) {
    return integers().between(0, 4).generate(in);
  }
}
