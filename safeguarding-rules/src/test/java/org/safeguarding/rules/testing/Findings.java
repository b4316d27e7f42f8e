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

  /** Asserts the one finding of a code about a subject: its level, and a message naming it. */
  public static Finding assertFinding(
      Assessment assessment, String code, FindingLevel level, String subject) {
    Finding finding = only(assessment, code);
    assertThat(finding.level()).isEqualTo(level);
    assertThat(finding.subject()).contains(subject);
    assertThat(finding.message()).contains(subject);
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
