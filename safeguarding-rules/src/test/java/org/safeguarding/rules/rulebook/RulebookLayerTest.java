package org.safeguarding.rules.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.safeguarding.rules.testing.DefaultRulebookText.edited;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.RulebookId;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.response.ResponseAction;

class RulebookLayerTest {

  private static final RulebookId UK_DEFAULT = Rulebook.ukDefault().id();

  private static String layer(String changes) {
    return "{\"basedOn\": \"uk-default\", \"name\": \"ours\", \"version\": \"1.0\""
        + (changes.isEmpty() ? "" : ", " + changes)
        + "}";
  }

  private static Rulebook.Builder ours() {
    return Rulebook.builder()
        .from(Rulebook.ukDefault())
        .basedOn(UK_DEFAULT)
        .name("ours")
        .version("1.0");
  }

  // --- what a layer stands for ------------------------------------------------------------------

  @Test
  void read_layer_equalsTheWholeRulebookItStandsFor() {
    // given
    Rulebook whole = ours().minimumAdults(3).build();

    // when
    Rulebook layer = Rulebook.read(layer("\"supervision\": {\"minimumAdults\": 3}"));

    // then
    assertThat(layer).isEqualTo(whole).hasSameHashCodeAs(whole);
    assertThat(layer.minimumAdults()).isEqualTo(3);
    assertThat(layer.broadcastAdults()).isEqualTo(Rulebook.ukDefault().broadcastAdults());
    assertThat(layer).isNotEqualTo(Rulebook.ukDefault());
  }

  @Test
  void read_layer_namesItselfAndItsBaseWithVersions() {
    // when
    Rulebook layer = Rulebook.read(layer(""));

    // then
    assertThat(layer.id()).isEqualTo(RulebookId.of("ours", "1.0", UK_DEFAULT));
    assertThat(layer.id().basedOn()).contains(RulebookId.of("uk-default", "2026.2"));
    assertThat(Rulebook.ukDefault().id().basedOn()).isEmpty();
  }

  @Test
  void equals_sameValuesAndNameButNoBase_isNotEqual() {
    // given
    Rulebook layer = Rulebook.read(layer(""));
    Rulebook whole = Rulebook.builder().from(layer).build();
    Rulebook unbased =
        Rulebook.read(edited(root -> root.put("name", "ours").put("version", "1.0")));

    // then: the base takes part in equality, as it does in the id an assessment names
    assertThat(whole).isEqualTo(layer);
    assertThat(unbased).isNotEqualTo(layer);
    assertThat(unbased.toJson()).isNotEqualTo(layer.toJson());
  }

  // --- the merge rules
  // ----------------------------------------------------------------------------

  @Test
  void read_layerObject_mergesByKeyKeepingTheBaseOtherMembers() {
    // when
    Rulebook layer = Rulebook.read(layer("\"consent\": {\"capacityAge\": 17}"));

    // then
    assertThat(layer.capacityAge()).isEqualTo(17);
    assertThat(layer.attorneyAge()).isEqualTo(Rulebook.ukDefault().attorneyAge());
    assertThat(layer.digitalConsentAge(Jurisdiction.ENGLAND)).isEqualTo(13);
  }

  @Test
  void read_layerEnumKeyedMap_mergesByKey() {
    // when
    Rulebook layer =
        Rulebook.read(
            layer(
                "\"consent\": {\"digitalConsentAge\": {\"SCOTLAND\": 12}},"
                    + " \"deadlines\": {\"INFORM_SAFEGUARDING_LEAD\": {\"within\": \"PT5M\"}}"));

    // then: one entry changed, every other kept, also within one deadline
    assertThat(layer.digitalConsentAge(Jurisdiction.SCOTLAND)).isEqualTo(12);
    assertThat(layer.digitalConsentAge(Jurisdiction.ENGLAND)).isEqualTo(13);
    Deadline lead = layer.deadline(ResponseAction.INFORM_SAFEGUARDING_LEAD);
    assertThat(lead.within()).isEqualTo(Duration.ofMinutes(5));
    assertThat(lead.from())
        .isEqualTo(Rulebook.ukDefault().deadline(ResponseAction.INFORM_SAFEGUARDING_LEAD).from());
    assertThat(layer.deadline(ResponseAction.EMERGENCY_SERVICES))
        .isEqualTo(Rulebook.ukDefault().deadline(ResponseAction.EMERGENCY_SERVICES));
  }

  @Test
  void read_layerList_replacesTheBaseWholeList() {
    // when
    Rulebook layer =
        Rulebook.read(
            layer(
                "\"supervision\": {\"ratioBands\": ["
                    + "{\"fromAge\": 0, \"toAge\": 9, \"childrenPerAdult\": 4},"
                    + " {\"fromAge\": 10, \"toAge\": 17, \"childrenPerAdult\": 8}]}"));

    // then
    assertThat(layer.ratioBands())
        .extracting(RatioBand::toString)
        .containsExactly("0-9 1:4", "10-17 1:8");
  }

  @Test
  void read_layerEmptyListWhereAWholeRulebookMayHaveOne_isAccepted() {
    // when
    Rulebook layer =
        Rulebook.read(
            layer(
                "\"vetting\": {\"requiredSchemes\": {\"SCOTLAND\": {\"REGULAR\": []}}},"
                    + " \"inference\": {\"sessionHijack\": {\"controls\": []}}"));

    // then
    assertThat(
            layer.requiredSchemes(
                Jurisdiction.SCOTLAND, org.safeguarding.core.plan.Frequency.REGULAR))
        .isEmpty();
    assertThat(layer.inference().hijackControls()).isEmpty();
  }

  @Test
  void read_layerEmptyListWhereAWholeRulebookMayNot_isRefusedAtItsPath() {
    assertThat(paths(layer("\"supervision\": {\"ratioBands\": []}")))
        .containsExactly("$.supervision.ratioBands");
  }

  @Test
  void read_layerNull_isRefusedAtItsPath() {
    // when
    List<PlanProblem> problems =
        problemsOf(
            layer(
                "\"supervision\": {\"minimumAdults\": null},"
                    + " \"consent\": {\"digitalConsentAge\": {\"WALES\": null}},"
                    + " \"admission\": null"));

    // then
    assertThat(problems)
        .extracting(PlanProblem::path, PlanProblem::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("$.supervision.minimumAdults", "must not be null"),
            org.assertj.core.groups.Tuple.tuple(
                "$.consent.digitalConsentAge.WALES", "must not be null"),
            org.assertj.core.groups.Tuple.tuple("$.admission", "must not be null"));
  }

  @Test
  void read_unknownBase_isRefusedAtBasedOnListingTheKnownNames() {
    // when
    List<PlanProblem> problems =
        problemsOf("{\"basedOn\": \"us-default\", \"name\": \"ours\", \"version\": \"1\"}");

    // then
    assertThat(problems)
        .extracting(PlanProblem::path, PlanProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "$.basedOn", "must be the name of a bundled rulebook: uk-default"));
  }

  @Test
  void read_baseThatIsNotAString_isRefusedAtBasedOn() {
    assertThat(paths("{\"basedOn\": null, \"name\": \"ours\", \"version\": \"1\"}"))
        .containsExactly("$.basedOn");
    assertThat(
            paths("{\"basedOn\": {\"name\": \"uk-default\"}, \"name\": \"o\", \"version\": \"1\"}"))
        .containsExactly("$.basedOn");
  }

  @Test
  void read_layerWithoutItsOwnNameOrVersion_isRefused() {
    assertThat(paths("{\"basedOn\": \"uk-default\"}")).containsExactly("$.name", "$.version");
  }

  @Test
  void read_layerBreakingAWholeRulebookRule_isRefusedAtTheLayerPath() {
    // when: a gap between the bands, ages 5 to 9
    List<PlanProblem> problems =
        problemsOf(
            layer(
                "\"supervision\": {\"ratioBands\": ["
                    + "{\"fromAge\": 0, \"toAge\": 4, \"childrenPerAdult\": 4},"
                    + " {\"fromAge\": 10, \"toAge\": 17, \"childrenPerAdult\": 8}]}"));

    // then
    assertThat(problems)
        .extracting(PlanProblem::path)
        .containsExactly("$.supervision.ratioBands[1].fromAge");
  }

  @Test
  void read_layerChangingOneValueAnotherOfTheBaseDependsOn_isCheckedAgainstTheMerge() {
    // when: the base's bands end at 17, for an adult age of 18
    List<PlanProblem> problems = problemsOf(layer("\"adultAge\": 16"));

    // then
    assertThat(problems)
        .extracting(PlanProblem::path)
        .contains("$.supervision.ratioBands[4].toAge");
  }

  @Test
  void read_layerUnknownField_isRefusedAtItsPath() {
    assertThat(paths(layer("\"supervision\": {\"minimumAdult\": 3}")))
        .containsExactly("$.supervision.minimumAdult");
  }

  // --- written back
  // -------------------------------------------------------------------------------

  @Test
  void toJson_layer_isWrittenWholeWithItsBaseAndReadsBackEqual() {
    // given
    Rulebook layer = Rulebook.read(layer("\"supervision\": {\"minimumAdults\": 3}"));

    // when
    String json = layer.toJson();

    // then
    assertThat(json).contains("\"basedOn\": \"uk-default\"", "\"ratioBands\"");
    Rulebook back = Rulebook.read(json);
    assertThat(back).isEqualTo(layer);
    assertThat(back.id()).isEqualTo(layer.id());
    assertThat(back.toJson()).isEqualTo(json);
  }

  @Test
  void toJson_wholeRulebook_hasNoBasedOnAndKeepsItsBytes() {
    assertThat(Rulebook.ukDefault().toJson())
        .doesNotContain("basedOn")
        .doesNotContain("extensions");
  }

  // --- the builder
  // --------------------------------------------------------------------------------

  @Test
  void builder_fromARulebook_buildsAnEqualOne() {
    Rulebook layer = Rulebook.read(layer("\"supervision\": {\"minimumAdults\": 3}"));

    assertThat(Rulebook.builder().from(Rulebook.ukDefault()).build())
        .isEqualTo(Rulebook.ukDefault());
    assertThat(Rulebook.builder().from(layer).build()).isEqualTo(layer);
  }

  @Test
  void builder_setters_changeTheirValues() {
    // when
    Rulebook built =
        ours()
            .timeZone(ZoneId.of("Europe/Belfast"))
            .digitalConsentAge(Jurisdiction.WALES, 14)
            .ratioBands(List.of(RatioBand.of(0, 17, 5)))
            .deadlines(
                ResponseAction.EMERGENCY_SERVICES,
                Deadline.of(Deadline.From.INCIDENT, Duration.ofMinutes(1)))
            .build();

    // then
    assertThat(built.timeZone()).isEqualTo(ZoneId.of("Europe/Belfast"));
    assertThat(built.digitalConsentAge(Jurisdiction.WALES)).isEqualTo(14);
    assertThat(built.digitalConsentAge(Jurisdiction.ENGLAND)).isEqualTo(13);
    assertThat(built.ratioBands()).extracting(RatioBand::toString).containsExactly("0-17 1:5");
    assertThat(built.deadline(ResponseAction.EMERGENCY_SERVICES).within())
        .isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void builder_breakingAWholeRulebookRule_isRefusedAtThePath() {
    // given
    Rulebook.Builder builder = ours().ratioBands(List.of(RatioBand.of(0, 10, 5)));

    // when
    InvalidRulebookException e =
        catchThrowableOfType(InvalidRulebookException.class, builder::build);

    // then
    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(PlanProblem::path)
        .containsExactly("$.supervision.ratioBands[0].toAge");
  }

  @Test
  void builder_basedOnALayer_isRefused() {
    RulebookId layer = Rulebook.read(layer("")).id();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rulebook.builder().basedOn(layer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a rulebook is based on a whole rulebook, but ours 1.0 (based on uk-default 2026.2) is"
                + " a layer");
  }

  @Test
  void builder_empty_reportsEveryMissingValue() {
    InvalidRulebookException e =
        catchThrowableOfType(InvalidRulebookException.class, () -> Rulebook.builder().build());

    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(PlanProblem::path).contains("$.name", "$.supervision");
  }

  private static List<PlanProblem> problemsOf(String json) {
    InvalidRulebookException e =
        catchThrowableOfType(InvalidRulebookException.class, () -> Rulebook.read(json));
    assertThat(e).as("an InvalidRulebookException").isNotNull();
    return e.problems();
  }

  private static List<String> paths(String json) {
    return problemsOf(json).stream().map(PlanProblem::path).toList();
  }
}
