package org.safeguarding.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;

class ExamplePlansTest {

  static Stream<String> names() {
    return ExamplePlans.names().stream();
  }

  @ParameterizedTest
  @MethodSource("names")
  void example_readThenWritten_givesItsCanonicalFileByteForByte(String name) throws IOException {
    String shipped;
    try (InputStream json = ExamplePlans.open(name)) {
      shipped = new String(json.readAllBytes(), StandardCharsets.UTF_8);
    }

    SessionPlan plan = SafeguardingJson.PLAN.read(shipped);

    assertThat(SafeguardingJson.PLAN.write(plan)).isEqualTo(shipped);
  }

  @Test
  void names_includeTheFourTheCliPromises() {
    assertThat(ExamplePlans.names())
        .contains("youth-club", "recovery-college", "mentoring-one-to-one", "broadcast-class");
  }

  @Test
  void youthClub_isChildrenNineToFourteenWithALeadAndAHost() {
    SessionPlan plan = ExamplePlans.load("youth-club");

    assertThat(plan.participants())
        .extracting(participant -> participant.age().getAsInt())
        .allSatisfy(age -> assertThat(age).isBetween(9, 14))
        .contains(9, 14);
    assertThat(plan.staff())
        .flatExtracting(staff -> staff.roles())
        .extracting(Enum::name)
        .contains("LEAD", "HOST");
  }

  @Test
  void recoveryCollege_isAdultsWithMentalHealthNeedsAndAnExternalTutorWithTwoCoFacilitators() {
    SessionPlan plan = ExamplePlans.load("recovery-college");

    assertThat(plan.participants())
        .allSatisfy(
            participant -> {
              assertThat(participant.age().getAsInt()).isGreaterThanOrEqualTo(18);
              assertThat(participant.needs()).extracting(Enum::name).contains("MENTAL_HEALTH");
            });
    assertThat(plan.staff())
        .flatExtracting(staff -> staff.roles())
        .extracting(Enum::name)
        .contains("EXTERNAL_TUTOR", "CO_FACILITATOR", "VOLUNTEER");
  }

  @Test
  void mentoring_isOneFourteenYearOldOneMentorAndAResponsibleAdultAtHome() {
    SessionPlan plan = ExamplePlans.load("mentoring-one-to-one");

    assertThat(plan.format()).isEqualTo(SessionFormat.ONE_TO_ONE);
    assertThat(plan.staff()).hasSize(1);
    Participant mentee = plan.participants().get(0);
    assertThat(mentee.age()).hasValue(14);
    assertThat(mentee.responsibleAdultAtHome()).isTrue();
  }

  @Test
  void broadcastClass_isABroadcastOnPublicAccountsWithCamerasAndCommentsOff() {
    SessionPlan plan = ExamplePlans.load("broadcast-class");

    assertThat(plan.interaction().name()).isEqualTo("BROADCAST");
    assertThat(plan.platform().accounts().name()).isEqualTo("PERSISTENT_PUBLIC");
    assertThat(plan.platform().controls())
        .extracting(Enum::name)
        .contains("PARTICIPANT_AV_OFF", "COMMENTS_DISABLED");
  }

  @Test
  void load_unknownName_saysWhichNamesExist() {
    assertThatThrownBy(() -> ExamplePlans.load("youth club"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no example plan named 'youth club'; the examples are youth-club, recovery-college,"
                + " mentoring-one-to-one, broadcast-class");
  }
}
