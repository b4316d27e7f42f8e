package org.safeguarding.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;

/** Reading and asserting an assessment's findings, shared by the focused rule tests. */
public final class Findings {

  private Findings() {}

  /** The codes found, in the assessment's order. */
  public static List<String> codes(Assessment assessment) {
    return assessment.findings().stream().map(Finding::rule).toList();
  }

  /** Each finding as "CODE subject" ("-" for none), in the assessment's order. */
  public static List<String> findingsOf(Assessment assessment) {
    return assessment.findings().stream()
        .map(finding -> finding.rule() + " " + finding.subject().orElse("-"))
        .toList();
  }

  /** The one finding of a code, with an action and at least one source. */
  public static Finding only(Assessment assessment, String code) {
    List<Finding> found =
        assessment.findings().stream().filter(finding -> finding.rule().equals(code)).toList();
    assertThat(found).as("findings of %s", code).hasSize(1);
    Finding finding = found.get(0);
    assertThat(finding.action()).isNotBlank();
    assertThat(finding.sources()).isNotEmpty();
    return finding;
  }

  /**
   * Asserts the one finding of a code about a subject: its level, and a message naming it (an id as
   * it is; a constant, such as a policy, by its label, the constant being a parameter).
   */
  public static Finding assertFinding(
      Assessment assessment, String code, FindingLevel level, String subject) {
    Finding finding = only(assessment, code);
    assertThat(finding.level()).isEqualTo(level);
    assertThat(finding.subject()).contains(subject);
    if (subject.matches("[A-Z][A-Z0-9_]*")) {
      assertThat(finding.parameters()).containsValue(subject);
      assertThat(finding.message()).doesNotContain(subject);
    } else {
      assertThat(finding.message()).contains(subject);
    }
    return finding;
  }

  /** Asserts the one finding of a code about the whole session: its level, and no subject. */
  public static Finding assertSessionFinding(
      Assessment assessment, String code, FindingLevel level) {
    Finding finding = only(assessment, code);
    assertThat(finding.level()).isEqualTo(level);
    assertThat(finding.subject()).isEmpty();
    assertThat(finding.message()).isNotBlank();
    return finding;
  }
}
