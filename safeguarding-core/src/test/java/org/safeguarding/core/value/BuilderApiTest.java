package org.safeguarding.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.testing.ClassFiles;

/**
 * Every public builder of the model declares, with its own Javadoc, each method a user calls: every
 * public method of the generated {@code ImmutableX.Builder} is declared in {@code X.Builder} with
 * the same parameters, returning {@code X.Builder} (or {@code X} from {@code build()}), and {@code
 * X.Builder} inherits no public method from a generated class. A method inherited from the
 * package-private generated builder would show in the published Javadoc as a bare name without its
 * parameter types or meaning, and an attribute added later would otherwise reach users that way.
 */
class BuilderApiTest {

  private static final List<String> MODEL_PACKAGES =
      List.of(
          "org.safeguarding.core.plan",
          "org.safeguarding.core.assessment",
          "org.safeguarding.core.admission",
          "org.safeguarding.core.response",
          "org.safeguarding.core.risk");

  /** The public builders of the model's public value types. */
  static Stream<Class<?>> publicBuilders() {
    List<Class<?>> builders = new ArrayList<>();
    for (String model : MODEL_PACKAGES) {
      for (Class<?> type : ClassFiles.classes(SessionPlan.class, model)) {
        if (type.getSimpleName().equals("Builder")
            && ClassFiles.isPublicApi(type)
            && type.getPackageName().equals(model)) {
          builders.add(type);
        }
      }
    }
    return builders.stream();
  }

  @Test
  void publicBuilders_includeThoseOfThePlanAndTheAnswers() {
    // Guards the discovery itself: a test over no builders would pass whatever they declare.
    assertThat(publicBuilders().map(builder -> builder.getDeclaringClass().getSimpleName()))
        .contains(
            "SessionPlan", "Participant", "Assessment", "Finding", "Admission", "ResponsePlan")
        .hasSizeGreaterThanOrEqualTo(18);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicBuilders")
  void builder_declaresEveryPublicMethodOfTheGeneratedBuilder(Class<?> builder) throws Exception {
    Class<?> value = builder.getDeclaringClass();
    Class<?> generated = generatedBuilder(value);

    List<String> missing = new ArrayList<>();
    for (Method method : publicMethodsDeclaredBy(generated)) {
      Method declared;
      try {
        declared = builder.getDeclaredMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException e) {
        missing.add(signature(method));
        continue;
      }
      assertThat(Modifier.isPublic(declared.getModifiers()))
          .as("%s.%s is public", builder.getName(), signature(method))
          .isTrue();
      Class<?> expected = method.getName().equals("build") ? value : builder;
      assertThat(declared.getReturnType())
          .as("what %s.%s returns", builder.getName(), signature(method))
          .isEqualTo(expected);
    }

    assertThat(missing)
        .as("methods of %s that %s does not declare", generated.getName(), builder.getName())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicBuilders")
  void builder_inheritsNoPublicMethodFromAGeneratedClass(Class<?> builder) {
    List<String> inherited =
        Arrays.stream(builder.getMethods())
            .filter(method -> method.getDeclaringClass() != builder)
            .filter(method -> method.getDeclaringClass() != Object.class)
            .map(method -> method.getDeclaringClass().getName() + "." + signature(method))
            .collect(Collectors.toList());

    assertThat(inherited).as("public methods %s inherits", builder.getName()).isEmpty();
  }

  private static Class<?> generatedBuilder(Class<?> value) throws ClassNotFoundException {
    String name = value.getPackageName() + ".Immutable" + value.getSimpleName() + "$Builder";
    return Class.forName(name, false, value.getClassLoader());
  }

  private static List<Method> publicMethodsDeclaredBy(Class<?> type) {
    List<Method> methods =
        Arrays.stream(type.getDeclaredMethods())
            .filter(method -> Modifier.isPublic(method.getModifiers()))
            .filter(method -> !method.isSynthetic() && !method.isBridge())
            .collect(Collectors.toList());
    assertThat(methods).as("public methods of %s", type.getName()).isNotEmpty();
    return methods;
  }

  private static String signature(Method method) {
    return method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }
}
