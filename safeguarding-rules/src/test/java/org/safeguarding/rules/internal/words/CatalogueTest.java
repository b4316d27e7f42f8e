package org.safeguarding.rules.internal.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.PlatformFamily;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.testing.ClassFiles;
import org.safeguarding.rules.AdmissionCodes;
import org.safeguarding.rules.FindingCodes;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SafeguardingEngine;

/**
 * Every word a person reads comes from the catalogue: a missing label is a test failure here, not a
 * raw constant in a safeguarding lead's report.
 */
class CatalogueTest {

  private final Catalogue english = Catalogue.english();

  /** Every public enum the two modules export, found from their class files. */
  private static List<Class<? extends Enum<?>>> exportedEnums() {
    List<Class<? extends Enum<?>>> enums = new ArrayList<>();
    List<Class<?>> types = new ArrayList<>();
    types.addAll(ClassFiles.classes(SessionPlan.class, "org.safeguarding.core"));
    types.addAll(ClassFiles.classes(SafeguardingEngine.class, "org.safeguarding.rules"));
    for (Class<?> type : types) {
      if (type.isEnum() && ClassFiles.isPublicApi(type)) {
        @SuppressWarnings("unchecked")
        Class<? extends Enum<?>> found = (Class<? extends Enum<?>>) type;
        enums.add(found);
      }
    }
    return enums;
  }

  @Test
  void everyValueOfEveryExportedEnum_hasALabel() {
    List<Class<? extends Enum<?>>> enums = exportedEnums();
    assertThat(enums.stream().map(Class::getSimpleName))
        .as("enums found")
        .contains("Decision", "FindingLevel", "PlatformControl", "CheckLevel", "ResponseAction");
    Set<String> missing = new TreeSet<>();
    for (Class<? extends Enum<?>> type : enums) {
      for (Enum<?> value : type.getEnumConstants()) {
        if (english.find(Catalogue.key(value)).filter(text -> !text.isBlank()).isEmpty()) {
          missing.add(Catalogue.key(value));
        }
      }
    }
    assertThat(missing).as("enum values without a label").isEmpty();
  }

  @Test
  void enumLabelKeys_nameRealConstants_soNoneIsLeftBehindByARename() {
    Set<String> known = new TreeSet<>();
    for (Class<? extends Enum<?>> type : exportedEnums()) {
      for (Enum<?> value : type.getEnumConstants()) {
        known.add(Catalogue.key(value));
        if (value instanceof PlatformControl) {
          for (PlatformFamily family : PlatformFamily.values()) {
            known.add(Catalogue.key(value) + "." + family.name());
          }
        }
      }
    }
    Set<String> stale =
        english.keys().stream()
            .filter(key -> Character.isUpperCase(key.charAt(0)))
            .filter(key -> !known.contains(key))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(stale).as("labels of constants that do not exist").isEmpty();
  }

  @Test
  void everyFindingCodeAdmissionReasonAndEngineRule_hasATitle() throws Exception {
    Set<String> codes = new TreeSet<>();
    codes.addAll(constants(FindingCodes.class));
    codes.addAll(constants(AdmissionCodes.class));
    for (RuleDescription rule : SafeguardingEngine.ukDefault().rules()) {
      codes.add(rule.code());
    }
    assertThat(codes).hasSizeGreaterThan(50);
    Set<String> missing =
        codes.stream()
            .filter(code -> english.find("code." + code).isEmpty())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(missing).as("codes without a title").isEmpty();
    Set<String> stale =
        english.keys().stream()
            .filter(key -> key.startsWith("code."))
            .map(key -> key.substring("code.".length()))
            .filter(code -> !codes.contains(code))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(stale).as("titles of codes that do not exist").isEmpty();
  }

  @Test
  void controls_areNamedInEachPlatformsOwnWords_andNeutrallyOtherwise() {
    assertThat(english.control(PlatformControl.WAITING_ROOM, Optional.of(PlatformFamily.ZOOM)))
        .isEqualTo("Waiting Room");
    assertThat(english.control(PlatformControl.WAITING_ROOM, Optional.of(PlatformFamily.TEAMS)))
        .contains("lobby");
    assertThat(english.control(PlatformControl.WAITING_ROOM, Optional.of(PlatformFamily.MEET)))
        .contains("ask to join");
    assertThat(
            english.control(PlatformControl.COMMENTS_DISABLED, Optional.of(PlatformFamily.YOUTUBE)))
        .isEqualTo("Live chat off");
    assertThat(
            english.control(
                PlatformControl.COMMENTS_DISABLED, Optional.of(PlatformFamily.FACEBOOK)))
        .contains("Comments");
    String neutral = english.control(PlatformControl.WAITING_ROOM, Optional.empty());
    assertThat(neutral).contains("waiting room").doesNotContain("Zoom");
    assertThat(english.control(PlatformControl.WAITING_ROOM, Optional.of(PlatformFamily.OTHER)))
        .isEqualTo(neutral);
  }

  @Test
  void templates_fillNamedParameters_andLabelConstantsOfTheKindNamed() {
    // A template of the labels bundle is used here so that the test stands without the others.
    assertThat(english.text("code.CONSENT_MISSING")).isEqualTo("Consent is missing");
    Catalogue catalogue = english;
    assertThat(
            catalogueWith("Set {control:PlatformControl} for {who}.")
                .render(
                    "t",
                    Map.of("control", "WAITING_ROOM", "who", "p1"),
                    Optional.of(PlatformFamily.TEAMS)))
        .startsWith("Set the lobby (")
        .endsWith(" for p1.");
    assertThat(catalogue.label(org.safeguarding.core.assessment.Decision.GO)).startsWith("Go");
  }

  @Test
  void templates_choosePluralsListConstantsAndFillLabelsThatNameParameters() {
    Catalogue words =
        catalogueWith(
            "{n} {n:plural:adult:adults}; {controls:PlatformControl+}; {levels:CheckLevel;};"
                + " {levels:CheckLevel|}");

    assertThat(
            words.render(
                "t",
                Map.of(
                    "n",
                    "1",
                    "controls",
                    "PASSCODE,WAITING_ROOM,LOCK_AFTER_START",
                    "levels",
                    "BASIC,ENHANCED"),
                Optional.empty()))
        .isEqualTo(
            "1 adult; a passcode to join, a waiting room, where the host lets each person in and"
                + " the meeting locked once everyone expected is in; basic check; enhanced check;"
                + " basic check or enhanced check");
    assertThat(
            words.render(
                "t", Map.of("n", "2", "controls", "PASSCODE", "levels", "BASIC"), Optional.empty()))
        .startsWith("2 adults; a passcode to join; basic check");
  }

  @Test
  void templates_refuseAMissingParameterOrUnknownLabel_ratherThanPrintABrace() {
    Catalogue catalogue = catalogueWith("Get {level:CheckLevel} for {staff}.");
    assertThatThrownBy(() -> catalogue.render("t", Map.of("level", "BASIC"), Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("staff");
    assertThatThrownBy(
            () ->
                catalogue.render("t", Map.of("level", "PLATINUM", "staff", "s1"), Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CheckLevel.PLATINUM");
    assertThat(catalogue.render("t", Map.of("level", "BASIC", "staff", "s1"), Optional.empty()))
        .isEqualTo("Get basic check for s1.");
  }

  @Test
  void templates_writeDatesInWords_andRefuseADateThatIsNotOne() {
    Catalogue catalogue = catalogueWith("due for review by {reviewBy:date}");
    assertThat(catalogue.render("t", Map.of("reviewBy", "2027-01-01"), Optional.empty()))
        .isEqualTo("due for review by 1 January 2027");
    assertThatThrownBy(
            () -> catalogue.render("t", Map.of("reviewBy", "next week"), Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not one");
  }

  @Test
  void anUnknownLanguage_isRefused_andEveryKeyIsInOneBundleOnly() {
    assertThatThrownBy(() -> Catalogue.of("xx")).isInstanceOf(IllegalArgumentException.class);
    // Loading English checks that no key is in two bundles; it would have thrown above.
    assertThat(english.keys()).hasSizeGreaterThan(200);
  }

  @Test
  void anotherLanguage_isAddedAsFiles_andFallsBackToEnglishKeyByKey() {
    Catalogue welsh = Catalogue.of("cy");
    assertThat(welsh.language()).isEqualTo("cy");
    assertThat(welsh.label(org.safeguarding.core.assessment.Decision.GO)).startsWith("Ewch");
    assertThat(welsh.codeTitle("CONSENT_MISSING")).isEqualTo("Mae caniatâd ar goll");
    assertThat(welsh.label(org.safeguarding.core.assessment.Decision.DO_NOT_RUN))
        .isEqualTo(english.label(org.safeguarding.core.assessment.Decision.DO_NOT_RUN));
    assertThat(welsh.keys()).containsExactlyInAnyOrder("Decision.GO", "code.CONSENT_MISSING");
    assertThat(english.keys())
        .as("a translation names only English keys")
        .containsAll(welsh.keys());
  }

  @Test
  void everyTemplate_namesOnlyKindsTheCatalogueLabels() {
    Set<String> kinds = new TreeSet<>();
    for (Class<? extends Enum<?>> type : exportedEnums()) {
      kinds.add(type.getSimpleName());
    }
    Set<String> unknown = new TreeSet<>();
    for (String key : english.keys()) {
      String text = english.text(key);
      int at = 0;
      while ((at = text.indexOf('{', at)) >= 0) {
        int close = text.indexOf('}', at);
        assertThat(close).as("closing brace in %s", key).isGreaterThan(at);
        String placeholder = text.substring(at + 1, close);
        int colon = placeholder.indexOf(':');
        String kind = colon < 0 ? "" : placeholder.substring(colon + 1);
        if (kind.endsWith("+") || kind.endsWith("|") || kind.endsWith(";")) {
          kind = kind.substring(0, kind.length() - 1);
        }
        boolean known =
            colon < 0
                || kinds.contains(kind)
                || kind.equals("date")
                || kind.startsWith("plural:") && kind.split(":", -1).length == 3
                || Character.isLowerCase(kind.charAt(0)) && hasPhrases(kind);
        if (!known) {
          unknown.add(key + ": " + placeholder);
        }
        at = close;
      }
    }
    assertThat(unknown).as("placeholders of kinds with no labels").isEmpty();
  }

  private boolean hasPhrases(String kind) {
    return english.keys().stream().anyMatch(key -> key.startsWith(kind + "."));
  }

  private static Set<String> constants(Class<?> holder) throws IllegalAccessException {
    Set<String> values = new TreeSet<>();
    for (Field field : holder.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        values.add((String) field.get(null));
      }
    }
    return values;
  }

  /** The English catalogue with one extra template under the key {@code t}. */
  private Catalogue catalogueWith(String template) {
    return Catalogue.withExtra("t", template);
  }
}
