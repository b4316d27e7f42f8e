package org.safeguarding.rules.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.safeguarding.rules.testing.DefaultRulebookText.edited;
import static org.safeguarding.rules.testing.DefaultRulebookText.ukDefaultText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.plan.PlanProblem;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class RulebookExtensionsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The bundled rulebook with an extensions section added as text, so numbers keep every digit. */
  private static String withExtensions(String extensions) {
    String json = ukDefaultText();
    return json.substring(0, json.lastIndexOf('}')) + ", \"extensions\": " + extensions + "}";
  }

  @Test
  void ukDefault_hasNoExtensions() {
    assertThat(Rulebook.ukDefault().extensions()).isEmpty();
  }

  @Test
  void read_extensions_keepsEachSettingWithItsTypeSortedByRuleName() {
    // when
    Rulebook rulebook =
        Rulebook.read(
            withExtensions(
                "{\"quiet-hours\": {\"from\": \"21:00\", \"strict\": true, \"minutes\": 30,"
                    + " \"share\": 0.25, \"days\": [\"SAT\", \"SUN\"], \"mixed\": [1, false, \"x\"]},"
                    + " \"a.rule_1\": {}}"));

    // then
    assertThat(rulebook.extensions().keySet()).containsExactly("a.rule_1", "quiet-hours");
    RuleSettings quiet = rulebook.extensions().get("quiet-hours");
    assertThat(quiet.names())
        .containsExactly("days", "from", "minutes", "mixed", "share", "strict");
    assertThat(quiet.value("from")).contains("21:00");
    assertThat(quiet.value("strict")).contains(true);
    assertThat(quiet.value("minutes")).contains(new BigDecimal("30"));
    assertThat(quiet.value("share")).contains(new BigDecimal("0.25"));
    assertThat(quiet.value("days")).contains(List.of("SAT", "SUN"));
    assertThat(quiet.value("mixed")).contains(List.of(new BigDecimal("1"), false, "x"));
    assertThat(quiet.value("missing")).isEmpty();
    assertThat(rulebook.extensions().get("a.rule_1").names()).isEmpty();
  }

  @Test
  void extensions_areUnmodifiable() {
    Rulebook rulebook = Rulebook.read(withExtensions("{\"r\": {\"list\": [\"a\"]}}"));

    assertThatThrownBy(() -> rulebook.extensions().put("s", RuleSettings.of(Map.of())))
        .isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) rulebook.extensions().get("r").value("list").orElseThrow();
    assertThatThrownBy(() -> list.add("b")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toJson_extensions_roundTripExactly() {
    // given
    Rulebook rulebook =
        Rulebook.read(
            withExtensions(
                "{\"zeta\": {\"n\": 12345678901234567890.50, \"big\": 1e400, \"t\": \"\\u00e9\"},"
                    + " \"alpha\": {\"on\": false, \"list\": []}}"));

    // when
    String json = rulebook.toJson();
    Rulebook back = Rulebook.read(json);

    // then
    assertThat(back).isEqualTo(rulebook);
    assertThat(back.toJson()).isEqualTo(json);
    assertThat(back.extensions().get("zeta").value("n"))
        .contains(new BigDecimal("12345678901234567890.50"));
    assertThat(back.extensions().get("zeta").value("big")).contains(new BigDecimal("1e400"));
    assertThat(json.indexOf("\"alpha\"")).isLessThan(json.indexOf("\"zeta\""));
  }

  @Test
  void builder_fromARulebookWithExactNumbers_keepsEveryDigitAndScale() {
    // given
    Rulebook rulebook =
        Rulebook.read(withExtensions("{\"r\": {\"n\": 12345678901234567890.50, \"m\": 1.50}}"));

    // when
    Rulebook copy = Rulebook.builder().from(rulebook).build();
    Rulebook extended =
        Rulebook.builder()
            .from(Rulebook.ukDefault())
            .extension("r", RuleSettings.of(Map.of("m", new BigDecimal("1.50"))))
            .build();

    // then
    assertThat(copy).isEqualTo(rulebook);
    assertThat(copy.extensions().get("r").value("n"))
        .contains(new BigDecimal("12345678901234567890.50"));
    assertThat(extended.extensions().get("r").value("m")).contains(new BigDecimal("1.50"));
  }

  @Test
  void equals_differentExtensions_areNotEqual() {
    Rulebook one = Rulebook.read(withExtensions("{\"r\": {\"n\": 1}}"));
    Rulebook two = Rulebook.read(withExtensions("{\"r\": {\"n\": 2}}"));

    assertThat(one).isNotEqualTo(two).isNotEqualTo(Rulebook.ukDefault());
    assertThat(one).isEqualTo(Rulebook.read(withExtensions("{\"r\": {\"n\": 1}}")));
  }

  @Test
  void read_extensionsOfTheWrongShape_areRefusedEachAtItsPath() {
    // when
    List<PlanProblem> problems =
        problemsOf(
            withExtensions(
                "{\"1st\": {}, \"-x\": {}, \"ok\": {\"n\": null, \"o\": {}, \"a\": [[1], null, {}]},"
                    + " \"notAnObject\": 3, \"nothing\": null}"));

    // then
    assertThat(problems)
        .extracting(PlanProblem::path, PlanProblem::message)
        .containsExactly(
            tuple(
                "$.extensions['1st']",
                "must be a rule name: 1 to 64 letters, digits, '-', '_' or '.', starting with a"
                    + " letter"),
            tuple(
                "$.extensions['-x']",
                "must be a rule name: 1 to 64 letters, digits, '-', '_' or '.', starting with a"
                    + " letter"),
            tuple("$.extensions.ok.n", "must not be null"),
            tuple(
                "$.extensions.ok.o", "must be a string, a number, a boolean or an array of those"),
            tuple("$.extensions.ok.a[0]", "must be a string, a number or a boolean"),
            tuple("$.extensions.ok.a[1]", "must not be null"),
            tuple("$.extensions.ok.a[2]", "must be a string, a number or a boolean"),
            tuple("$.extensions.notAnObject", "must be an object of settings"),
            tuple("$.extensions.nothing", "must not be null"));
  }

  @Test
  void read_extensionsNotAnObjectOrNull_isRefusedAtExtensions() {
    assertThat(problemsOf(withExtensions("[]")))
        .extracting(PlanProblem::path, PlanProblem::message)
        .containsExactly(tuple("$.extensions", "must be an object keyed by rule name"));
    assertThat(problemsOf(withExtensions("null")))
        .extracting(PlanProblem::path, PlanProblem::message)
        .containsExactly(tuple("$.extensions", "must not be null"));
  }

  @Test
  void read_ruleNameOfSixtyFourCharacters_isAcceptedAndOfSixtyFiveRefused() {
    String longest = "r" + "x".repeat(63);

    assertThat(Rulebook.read(withExtensions("{\"" + longest + "\": {}}")).extensions())
        .containsKey(longest);
    assertThat(problemsOf(withExtensions("{\"" + longest + "x\": {}}")))
        .extracting(PlanProblem::path)
        .hasSize(1);
  }

  @Test
  void read_repeatedSetting_isOneProblem() {
    String json =
        edited(root -> root.putObject("extensions").putObject("r"))
            .replace("\"r\":{}", "\"r\":{\"a\":1,\"a\":2}");

    assertThat(problemsOf(json)).extracting(PlanProblem::path).containsExactly("$.extensions.r.a");
  }

  @Test
  void merge_extensions_mergeByRuleNameThenBySettingNameListsWhole() {
    // given
    ObjectNode base =
        (ObjectNode)
            JSON.readTree(
                "{\"extensions\": {\"r\": {\"a\": 1, \"b\": [\"x\"]}, \"s\": {\"c\": true}}}");
    ObjectNode layer =
        (ObjectNode)
            JSON.readTree(
                "{\"extensions\": {\"r\": {\"b\": [\"y\", \"z\"], \"d\": 4},"
                    + " \"t\": {\"e\": \"f\"}}}");

    // when
    RulebookReader.merge(base, layer);

    // then
    assertThat(base)
        .isEqualTo(
            JSON.readTree(
                "{\"extensions\": {\"r\": {\"a\": 1, \"b\": [\"y\", \"z\"], \"d\": 4},"
                    + " \"s\": {\"c\": true}, \"t\": {\"e\": \"f\"}}}"));
  }

  @Test
  void read_layerOfExtensions_mergesWithinOneRuleBySettingName() {
    // given
    Rulebook layer =
        Rulebook.read(
            "{\"basedOn\": \"uk-default\", \"name\": \"n\", \"version\": \"1\","
                + " \"extensions\": {\"r\": {\"a\": 1}}}");

    // when: the builder merges as a layer does
    Rulebook more =
        Rulebook.builder()
            .from(layer)
            .extension("r", RuleSettings.of(Map.of("b", new BigDecimal("2"))))
            .build();

    // then
    assertThat(more.extensions().get("r").names()).containsExactly("a", "b");
    assertThat(more.id()).isEqualTo(layer.id());
  }

  // --- RuleSettings
  // -------------------------------------------------------------------------------

  @Test
  void ruleSettings_of_copiesSortsAndCompares() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("z", "text");
    values.put("a", new ArrayList<>(List.of(BigDecimal.ONE, true)));

    RuleSettings settings = RuleSettings.of(values);
    values.put("b", "later");

    assertThat(settings.names()).containsExactly("a", "z");
    assertThat(settings)
        .isEqualTo(RuleSettings.of(Map.of("z", "text", "a", List.of(BigDecimal.ONE, true))))
        .hasSameHashCodeAs(RuleSettings.of(Map.of("z", "text", "a", List.of(BigDecimal.ONE, true))))
        .isNotEqualTo(RuleSettings.of(Map.of("z", "text")));
    assertThat(settings.toString()).contains("z=text");
  }

  @Test
  void ruleSettings_of_refusesOtherTypesAndNulls() {
    assertThatThrownBy(() -> RuleSettings.of(Map.of("n", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "setting n must be a String, a BigDecimal, a Boolean or a List of those, not a"
                + " java.lang.Integer");
    assertThatThrownBy(() -> RuleSettings.of(Map.of("l", List.of(List.of("x")))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleSettings.of(Map.of("m", Map.of())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleSettings.of(Map.of("l", Arrays.asList("x", null))))
        .isInstanceOf(NullPointerException.class);
  }

  private static List<PlanProblem> problemsOf(String json) {
    InvalidRulebookException e =
        catchThrowableOfType(InvalidRulebookException.class, () -> Rulebook.read(json));
    assertThat(e).as("an InvalidRulebookException").isNotNull();
    return e.problems();
  }
}
