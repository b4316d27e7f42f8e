package org.safeguarding.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.rules.testing.SafePlans;

/** The fixtures every focused test starts from must themselves assess clean. */
class SafePlansTest {

  @Test
  void childrensGroup_assessesGoWithNoFindings() {
    Assessment assessment =
        SafeguardingEngine.ukDefault().assess(SafePlans.childrensGroup().build());

    assertThat(assessment.findings()).isEmpty();
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
    assertThat(assessment.asOf()).isEqualTo(SafePlans.SESSION_DATE);
  }
}
