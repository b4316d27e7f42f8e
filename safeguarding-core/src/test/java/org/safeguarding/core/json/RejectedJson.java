package org.safeguarding.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;

/** Shared steps of the tests that feed the codec documents it must reject. */
final class RejectedJson {

  private RejectedJson() {}

  /** Reads {@code json}, expecting it to be rejected as an invalid {@code subject}. */
  static InvalidPlanException invalid(String subject, String json, Function<String, ?> read) {
    InvalidPlanException e =
        catchThrowableOfType(InvalidPlanException.class, () -> read.apply(json));
    assertThat(e).as("expected the input to be rejected").isNotNull();
    assertThat(e.getMessage()).startsWith("invalid " + subject + ": ");
    assertThat(e.subject().name()).isEqualTo(subject);
    return e;
  }

  /** Each problem as {@code path: message}. */
  static List<String> problems(InvalidPlanException e) {
    assertThat(e).as("expected the input to be rejected").isNotNull();
    return e.problems().stream().map(PlanProblem::toString).collect(Collectors.toList());
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
