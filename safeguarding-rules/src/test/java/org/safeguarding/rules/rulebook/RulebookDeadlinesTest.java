package org.safeguarding.rules.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.safeguarding.rules.testing.DefaultRulebookText.edited;
import static org.safeguarding.rules.testing.DefaultRulebookText.object;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.rules.rulebook.Deadline.From;
import tools.jackson.databind.node.ObjectNode;

class RulebookDeadlinesTest {

  private static final String WITHIN_EXPECTATION =
      "must be an amount such as PT15M or PT24H (exact hours, minutes or seconds) or P1D or P7D"
          + " (calendar days or weeks), from PT0S to P366D";

  // --- the bundled default ---------------------------------------------------------------------

  @Test
  void ukDefault_admission_needsTwoAdultsBeforeVulnerableParticipants() {
    assertThat(Rulebook.ukDefault().adultsPresentBeforeVulnerable()).isEqualTo(2);
  }

  @Test
  void ukDefault_deadlines_everyActionInOrder() {
    Rulebook rulebook = Rulebook.ukDefault();

    assertThat(rulebook.deadlines())
        .containsExactly(
            entry(ResponseAction.EMERGENCY_SERVICES, deadline(From.INCIDENT, Duration.ZERO)),
            entry(ResponseAction.INFORM_SAFEGUARDING_LEAD, deadline(From.INCIDENT, Duration.ZERO)),
            entry(
                ResponseAction.PHONE_PARTICIPANT, deadline(From.INCIDENT, Duration.ofMinutes(15))),
            entry(ResponseAction.CONTACT_AFTER_SESSION, deadline(From.SESSION_END, Duration.ZERO)),
            entry(
                ResponseAction.FOLLOW_UP_NEXT_DAY,
                deadline(From.END_OF_INCIDENT_DAY, Period.ofDays(1))),
            entry(ResponseAction.RECORD_INCIDENT, deadline(From.INCIDENT, Duration.ofHours(24))),
            entry(
                ResponseAction.LOCAL_AUTHORITY_REFERRAL,
                deadline(From.INCIDENT, Duration.ofHours(24))),
            entry(ResponseAction.REPORT_TO_PLATFORM, deadline(From.INCIDENT, Duration.ofHours(24))),
            entry(
                ResponseAction.REVIEW_PLATFORM_CONTROLS,
                deadline(From.INCIDENT, Duration.ofHours(24))),
            entry(ResponseAction.REVIEW_RISK_REGISTER, deadline(From.INCIDENT, Period.ofDays(7))));
  }

  @ParameterizedTest
  @EnumSource(ResponseAction.class)
  void ukDefault_deadline_matchesTheMap(ResponseAction action) {
    Rulebook rulebook = Rulebook.ukDefault();

    assertThat(rulebook.deadline(action)).isEqualTo(rulebook.deadlines().get(action));
  }

  @Test
  void ukDefault_deadlines_areWrittenAsTheRulebookWritesThem() {
    Rulebook rulebook = Rulebook.ukDefault();

    assertThat(rulebook.deadline(ResponseAction.PHONE_PARTICIPANT)).hasToString("INCIDENT+PT15M");
    assertThat(rulebook.deadline(ResponseAction.FOLLOW_UP_NEXT_DAY))
        .hasToString("END_OF_INCIDENT_DAY+P1D");
    assertThat(rulebook.deadline(ResponseAction.REVIEW_RISK_REGISTER)).hasToString("INCIDENT+P7D");
    assertThat(rulebook.deadline(ResponseAction.CONTACT_AFTER_SESSION))
        .hasToString("SESSION_END+PT0S");
  }

  @Test
  void ukDefault_days_areCalendarPeriods_hoursAreExactDurations() {
    Rulebook rulebook = Rulebook.ukDefault();

    assertThat(rulebook.deadline(ResponseAction.FOLLOW_UP_NEXT_DAY).within())
        .isInstanceOf(Period.class);
    assertThat(rulebook.deadline(ResponseAction.REVIEW_RISK_REGISTER).within())
        .isInstanceOf(Period.class);
    assertThat(rulebook.deadline(ResponseAction.RECORD_INCIDENT).within())
        .isInstanceOf(Duration.class);
  }

  @Test
  void ukDefault_deadlines_areUnmodifiable() {
    Rulebook rulebook = Rulebook.ukDefault();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> rulebook.deadlines().remove(ResponseAction.RECORD_INCIDENT))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // --- reading edited values --------------------------------------------------------------------

  @Test
  void read_editedDeadline_isRead() {
    Rulebook rulebook =
        Rulebook.read(
            edited(
                root -> {
                  deadlineOf(root, ResponseAction.PHONE_PARTICIPANT).put("within", "PT5M");
                  deadlineOf(root, ResponseAction.RECORD_INCIDENT)
                      .put("from", "SESSION_END")
                      .put("within", "P2D");
                  object(root, "admission").put("adultsPresentBeforeVulnerable", 3);
                  object(root, "supervision").put("minimumAdults", 3).put("broadcastAdults", 3);
                }));

    assertThat(rulebook.deadline(ResponseAction.PHONE_PARTICIPANT))
        .isEqualTo(deadline(From.INCIDENT, Duration.ofMinutes(5)));
    assertThat(rulebook.deadline(ResponseAction.RECORD_INCIDENT))
        .isEqualTo(deadline(From.SESSION_END, Period.ofDays(2)));
    assertThat(rulebook.adultsPresentBeforeVulnerable()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT0S", "P0D", "PT1S", "P366D", "PT8784H", "P1W", "P52W", "PT90M"})
  void read_withinAtOrInsideTheLimits_isAccepted(String within) {
    Rulebook rulebook =
        Rulebook.read(
            edited(
                root -> deadlineOf(root, ResponseAction.PHONE_PARTICIPANT).put("within", within)));

    assertThat(rulebook.deadline(ResponseAction.PHONE_PARTICIPANT).toString())
        .startsWith("INCIDENT+");
  }

  @Test
  void read_weeks_areReadAsDays() {
    Rulebook rulebook =
        Rulebook.read(
            edited(
                root ->
                    deadlineOf(root, ResponseAction.REVIEW_RISK_REGISTER).put("within", "P1W")));

    assertThat(rulebook.deadline(ResponseAction.REVIEW_RISK_REGISTER).within())
        .isEqualTo(Period.ofDays(7));
  }

  @Test
  void read_adultsPresentBeforeVulnerable_atItsLimits_isAccepted() {
    assertThat(
            Rulebook.read(
                    edited(
                        root -> object(root, "admission").put("adultsPresentBeforeVulnerable", 1)))
                .adultsPresentBeforeVulnerable())
        .isEqualTo(1);
    assertThat(
            Rulebook.read(
                    edited(
                        root -> {
                          object(root, "admission").put("adultsPresentBeforeVulnerable", 100);
                          object(root, "supervision")
                              .put("minimumAdults", 100)
                              .put("broadcastAdults", 100);
                        }))
                .adultsPresentBeforeVulnerable())
        .isEqualTo(100);
  }

  @Test
  void read_adultsPresentBeforeVulnerableAboveWhatAGroupOrBroadcastNeeds_isRefused() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root -> {
                  object(root, "admission").put("adultsPresentBeforeVulnerable", 3);
                  object(root, "supervision").put("minimumAdults", 3);
                }));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of(
                "$.admission.adultsPresentBeforeVulnerable",
                "must be at most supervision.broadcastAdults (2)"));
  }

  @Test
  void read_supervisionAfterAdmission_isStillComparedWithIt() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root -> {
                  object(root, "admission").put("adultsPresentBeforeVulnerable", 3);
                  object(root, "supervision").put("broadcastAdults", 3);
                  root.set("supervision", root.remove("supervision"));
                }));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of(
                "$.admission.adultsPresentBeforeVulnerable",
                "must be at most supervision.minimumAdults (2)"));
  }

  @Test
  void read_adultsPresentBeforeVulnerableAboveTheMinimum_isRefused() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root -> {
                  object(root, "admission").put("adultsPresentBeforeVulnerable", 3);
                  object(root, "supervision").put("broadcastAdults", 3);
                }));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of(
                "$.admission.adultsPresentBeforeVulnerable",
                "must be at most supervision.minimumAdults (2)"));
  }

  // --- problems ---------------------------------------------------------------------------------

  @Test
  void read_missingAdmission_isRequired() {
    List<PlanProblem> problems = problemsOf(edited(root -> root.remove("admission")));

    assertThat(problems).containsExactly(PlanProblem.of("$.admission", "is required"));
  }

  @Test
  void read_missingDeadlines_isRequired() {
    List<PlanProblem> problems = problemsOf(edited(root -> root.remove("deadlines")));

    assertThat(problems).containsExactly(PlanProblem.of("$.deadlines", "is required"));
  }

  @Test
  void read_deadlinesNotAnObject_isOneProblem() {
    List<PlanProblem> problems = problemsOf(edited(root -> root.putArray("deadlines")));

    assertThat(problems).extracting(PlanProblem::path).containsExactly("$.deadlines");
    assertThat(problems.get(0).message()).startsWith("must be an object keyed by each of: ");
  }

  @Test
  void read_admissionNotAnObject_isOneProblem() {
    List<PlanProblem> problems = problemsOf(edited(root -> root.put("admission", 2)));

    assertThat(problems).containsExactly(PlanProblem.of("$.admission", "must be an object"));
  }

  @ParameterizedTest
  @EnumSource(ResponseAction.class)
  void read_missingAction_mustHaveAnEntry(ResponseAction action) {
    List<PlanProblem> problems =
        problemsOf(edited(root -> object(root, "deadlines").remove(action.name())));

    assertThat(problems)
        .containsExactly(PlanProblem.of("$.deadlines", "must have an entry for " + action));
  }

  @Test
  void read_severalMissingActions_areEachReported() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root ->
                    object(root, "deadlines")
                        .remove(List.of("PHONE_PARTICIPANT", "REVIEW_RISK_REGISTER"))));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of("$.deadlines", "must have an entry for PHONE_PARTICIPANT"),
            PlanProblem.of("$.deadlines", "must have an entry for REVIEW_RISK_REGISTER"));
  }

  @Test
  void read_unknownAction_isNotAKnownField() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root ->
                    object(root, "deadlines")
                        .putObject("CALL_PARENTS")
                        .put("from", "INCIDENT")
                        .put("within", "PT1H")));

    assertThat(problems).extracting(PlanProblem::path).containsExactly("$.deadlines.CALL_PARENTS");
    assertThat(problems.get(0).message())
        .startsWith("unknown field (keys are: EMERGENCY_SERVICES, ")
        .contains("REVIEW_RISK_REGISTER");
  }

  @Test
  void read_unknownFrom_isReported() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root ->
                    deadlineOf(root, ResponseAction.PHONE_PARTICIPANT).put("from", "BREAKFAST")));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of(
                "$.deadlines.PHONE_PARTICIPANT.from",
                "must be one of INCIDENT, SESSION_END, END_OF_INCIDENT_DAY"));
  }

  @Test
  void read_missingFromAndWithin_areEachRequired() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root ->
                    deadlineOf(root, ResponseAction.RECORD_INCIDENT)
                        .remove(List.of("from", "within"))));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of("$.deadlines.RECORD_INCIDENT.from", "is required"),
            PlanProblem.of("$.deadlines.RECORD_INCIDENT.within", "is required"));
  }

  @Test
  void read_deadlineNotAnObject_isOneProblem() {
    List<PlanProblem> problems =
        problemsOf(edited(root -> object(root, "deadlines").put("RECORD_INCIDENT", "PT24H")));

    assertThat(problems)
        .containsExactly(PlanProblem.of("$.deadlines.RECORD_INCIDENT", "must be an object"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-PT5M", // negative
        "P-1D", // negative days
        "P1M", // months vary in length
        "P1Y", // so do years
        "P1Y2D",
        "P400D", // longer than a year
        "P367D",
        "P53W", // 371 days
        "PT8785H", // a year and an hour
        "PT15", // unparseable
        "P1DT12H", // days mixed with hours: exact or calendar?
        "P1DT0H",
        "-P0D", // signs and fractions mean nothing here
        "PT-0S",
        "+PT5M",
        "PT0.5S",
        "PT", // no amount at all
        "P",
        "15 minutes",
        "fifteen minutes",
        "",
        "T",
        "PT900\u017f", // a long s upper-cases to S: it may not pass for one
        "P\u0131D", // nor may a dotless i for an I
        "pt15\u217f", // a roman numeral one thousand, not an M
        "PT\uff11\uff15M" // full-width digits
      })
  void read_withinOutOfRangeOrUnparseable_isReported(String within) {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root -> deadlineOf(root, ResponseAction.PHONE_PARTICIPANT).put("within", within)));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of("$.deadlines.PHONE_PARTICIPANT.within", WITHIN_EXPECTATION));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pt15m", "Pt15M", "p1d"})
  void read_withinInLowerCase_isReadLikeUpperCase(String within) throws Exception {
    Rulebook rulebook =
        Rulebook.read(
            edited(
                root -> deadlineOf(root, ResponseAction.PHONE_PARTICIPANT).put("within", within)));

    assertThat(rulebook.deadline(ResponseAction.PHONE_PARTICIPANT).within().toString())
        .isEqualTo(within.toUpperCase(java.util.Locale.ROOT));
  }

  @Test
  void read_withinNotAString_isReported() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root -> {
                  deadlineOf(root, ResponseAction.PHONE_PARTICIPANT).put("within", 15);
                  deadlineOf(root, ResponseAction.RECORD_INCIDENT).putNull("within");
                  deadlineOf(root, ResponseAction.REVIEW_RISK_REGISTER).putObject("within");
                }));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of("$.deadlines.PHONE_PARTICIPANT.within", WITHIN_EXPECTATION),
            PlanProblem.of("$.deadlines.RECORD_INCIDENT.within", "must not be null"),
            PlanProblem.of("$.deadlines.REVIEW_RISK_REGISTER.within", WITHIN_EXPECTATION));
  }

  @Test
  void read_withinTooLongAString_isReportedWithoutRepeatingIt() {
    String long_ = "PT" + "1".repeat(80) + "M";

    InvalidRulebookException e =
        catchInvalid(
            () ->
                Rulebook.read(
                    edited(
                        root ->
                            deadlineOf(root, ResponseAction.PHONE_PARTICIPANT)
                                .put("within", long_))));

    assertThat(e.problems())
        .containsExactly(
            PlanProblem.of("$.deadlines.PHONE_PARTICIPANT.within", WITHIN_EXPECTATION));
    assertThat(e.getMessage()).doesNotContain(long_);
  }

  @Test
  void read_unparseableWithin_isNotRepeatedInTheMessage() {
    InvalidRulebookException e =
        catchInvalid(
            () ->
                Rulebook.read(
                    edited(
                        root ->
                            deadlineOf(root, ResponseAction.PHONE_PARTICIPANT)
                                .put("within", "ask Jane Smith"))));

    assertThat(e.getMessage()).doesNotContain("Jane");
  }

  @Test
  void read_unknownFieldInsideADeadline_isReported() {
    List<PlanProblem> problems =
        problemsOf(
            edited(root -> deadlineOf(root, ResponseAction.PHONE_PARTICIPANT).put("note", "asap")));

    assertThat(problems)
        .containsExactly(PlanProblem.of("$.deadlines.PHONE_PARTICIPANT.note", "unknown field"));
  }

  @Test
  void read_unknownFieldInsideAdmission_isReported() {
    List<PlanProblem> problems =
        problemsOf(edited(root -> object(root, "admission").put("waitingRoom", true)));

    assertThat(problems)
        .containsExactly(PlanProblem.of("$.admission.waitingRoom", "unknown field"));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101})
  void read_adultsPresentBeforeVulnerableOutOfRange_isReported(int adults) {
    List<PlanProblem> problems =
        problemsOf(
            edited(root -> object(root, "admission").put("adultsPresentBeforeVulnerable", adults)));

    assertThat(problems)
        .containsExactly(
            PlanProblem.of(
                "$.admission.adultsPresentBeforeVulnerable",
                "must be a whole number from 1 to 100"));
  }

  @Test
  void read_adultsPresentBeforeVulnerableMissingOrMistyped_isReported() {
    assertThat(problemsOf(edited(root -> object(root, "admission").removeAll())))
        .containsExactly(
            PlanProblem.of("$.admission.adultsPresentBeforeVulnerable", "is required"));
    assertThat(
            problemsOf(
                edited(
                    root -> object(root, "admission").put("adultsPresentBeforeVulnerable", "2"))))
        .containsExactly(
            PlanProblem.of(
                "$.admission.adultsPresentBeforeVulnerable",
                "must be a whole number from 1 to 100"));
  }

  @Test
  void read_severalDeadlineAndAdmissionProblems_areAllReportedAtOnce() {
    List<PlanProblem> problems =
        problemsOf(
            edited(
                root -> {
                  object(root, "admission").put("adultsPresentBeforeVulnerable", 0);
                  deadlineOf(root, ResponseAction.PHONE_PARTICIPANT).put("within", "P1M");
                  deadlineOf(root, ResponseAction.FOLLOW_UP_NEXT_DAY).put("from", "TOMORROW");
                  object(root, "deadlines").remove("EMERGENCY_SERVICES");
                }));

    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactlyInAnyOrder(
            "$.admission.adultsPresentBeforeVulnerable",
            "$.deadlines.PHONE_PARTICIPANT.within",
            "$.deadlines.FOLLOW_UP_NEXT_DAY.from",
            "$.deadlines");
  }

  // --- helpers (as in RulebookTest) -------------------------------------------------------------

  private static Deadline deadline(From from, java.time.temporal.TemporalAmount within) {
    return new Deadline(from, within);
  }

  private static ObjectNode deadlineOf(ObjectNode root, ResponseAction action) {
    return object(root, "deadlines", action.name());
  }

  private static InvalidRulebookException catchInvalid(Runnable read) {
    InvalidRulebookException e = catchThrowableOfType(InvalidRulebookException.class, read::run);
    assertThat(e).as("an InvalidRulebookException").isNotNull();
    return e;
  }

  private static List<PlanProblem> problemsOf(String json) {
    return catchInvalid(() -> Rulebook.read(json)).problems();
  }
}
