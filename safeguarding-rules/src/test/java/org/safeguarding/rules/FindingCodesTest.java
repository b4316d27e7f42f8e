package org.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public constants of the built-in codes are exactly the codes the engine describes. */
class FindingCodesTest {

  private static List<String> constantsOf(Class<?> type) throws IllegalAccessException {
    List<String> constants = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      assertThat(Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)).isTrue();
      assertThat(Modifier.isFinal(modifiers)).as(field.getName()).isTrue();
      String value = (String) field.get(null);
      assertThat(value).as(field.getName()).isEqualTo(field.getName());
      constants.add(value);
    }
    return constants;
  }

  @Test
  void constants_equalTheCodesOfTheDefaultEngine_eachNamedForItsValue() throws Exception {
    List<String> constants = constantsOf(FindingCodes.class);

    List<String> described =
        SafeguardingEngine.ukDefault().rules().stream().map(RuleDescription::code).toList();

    assertThat(constants).hasSize(described.size()).containsExactlyInAnyOrderElementsOf(described);
  }

  @Test
  void admissionConstants_equalTheDoorsCodes_eachNamedForItsValue() throws Exception {
    List<String> constants = constantsOf(AdmissionCodes.class);

    List<String> described =
        SafeguardingEngine.ukDefault().admissionRules().stream().map(AdmissionRule::code).toList();

    assertThat(constants).hasSize(described.size()).containsExactlyInAnyOrderElementsOf(described);
  }
}
