package org.safeguarding.rules.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.ConsentStatus;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.rules.SafeguardingEngine;

class MarkdownReportTest {

  private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

  private final String markdown = Reports.markdown(ReportFixtures.hostileAssessment());

  @Test
  void markdown_hostileData_holdsNoHtmlAtAll() {
    assertThat(markdown).doesNotContain("<").doesNotContain(">");
    assertThat(markdown)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("&amp;amp;")
        .contains("a&amp;b");
  }

  @Test
  void markdown_hostileData_makesNoLinkEmphasisOrCode() {
    assertThat(markdown)
        .doesNotContainPattern("(?<!\\\\)\\]\\(")
        .doesNotContainPattern("(?<!\\\\)`")
        .contains("\\](javascript\\:x)")
        .contains("\\| \\* \\`c\\`")
        .contains("**RULE\\_&lt;script&gt;alert(1)&lt;/script&gt;**")
        .contains("**ADVICE\\*\\`x\\`\\***");
  }

  @Test
  void markdown_pipesInTableCells_areEscaped() {
    List<List<String>> tables = new ArrayList<>();
    List<String> table = new ArrayList<>();
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("|")) {
        table.add(line);
      } else if (!table.isEmpty()) {
        tables.add(table);
        table = new ArrayList<>();
      }
    }
    assertThat(tables).hasSize(2);
    for (List<String> rows : tables) {
      long columns = UNESCAPED_PIPE.matcher(rows.get(0)).results().count();
      assertThat(rows)
          .allSatisfy(
              row ->
                  assertThat(UNESCAPED_PIPE.matcher(row).results().count())
                      .as(row)
                      .isEqualTo(columns));
    }
    assertThat(markdown)
        .contains(
            "| 1 | &lt;script&gt;alert(1)&lt;/script&gt; \"q\" 'a' &amp;amp; a&amp;b \\| \\*"
                + " \\`c\\` \\](javascript\\:x) | OTHER | DECLARED | 4 × 5 = 20 EXTREME | 2 × 5 ="
                + " 10 HIGH |")
        .contains("| &lt;i&gt;\"'&amp;amp;\\|\\*\\`&lt;/i&gt; | not required | NOT_REQUIRED |");
  }

  @Test
  void markdown_lineBreaksInData_endNoListItemOrRow() {
    for (String line : markdown.split("\n", -1)) {
      assertThat(line)
          .as("every line is blank, a heading, a list item, a table row or the decision's meaning")
          .satisfiesAnyOf(
              blank -> assertThat(blank).isEmpty(),
              heading -> assertThat(heading).startsWith("# "),
              heading -> assertThat(heading).startsWith("## "),
              item -> assertThat(item).startsWith("- **"),
              item -> assertThat(item).startsWith("  - **"),
              row -> assertThat(row).startsWith("| ").endsWith(" |"),
              rule -> assertThat(rule).startsWith("|---"),
              meaning -> assertThat(meaning).startsWith("**The session ").endsWith(".**"));
    }
    assertThat(markdown)
        .contains("line one\\u000aline two\\u000d\\u0000end")
        .contains("\\u001b\\[31mred\\u001b\\[0m")
        .doesNotContain("\r")
        .doesNotContain("\u001b")
        .doesNotContain("\u0000");
  }

  @Test
  void markdown_urlsWwwNamesAndEmailAddressesInData_makeNoAutolink() {
    String report =
        Reports.markdown(
            ReportFixtures.assessment(Decision.GO)
                .planId("https://evil.example/plan")
                .addFinding(
                    ReportFixtures.finding(
                        FindingLevel.ADVICE,
                        "CONSENT_MISSING",
                        "foo@evil.example",
                        "see www.evil.example or WWW.Evil.Example, or javascript:alert(1)"))
                .addRisks(ReportFixtures.risk("www.evil.example", 1, 2, 2))
                .addConsents(
                    ReportFixtures.consentOf("foo@evil.example", null, ConsentStatus.NOT_REQUIRED))
                .build());

    assertThat(report)
        .contains("# Safeguarding assessment: https\\://evil.example/plan\n")
        .contains(
            "- **CONSENT_MISSING** (foo\\@evil.example): see www\\.evil.example or"
                + " WWW\\.Evil.Example, or javascript\\:alert(1)\n")
        .contains("| 1 | www\\.evil.example | OTHER |")
        .contains("| foo\\@evil.example | not required | NOT_REQUIRED |")
        .doesNotContainPattern("(?<!\\\\)@")
        .doesNotContainPattern("(?i)(https|javascript):")
        .doesNotContainPattern("(?i)www\\.");
  }

  @Test
  void markdown_codesAndIds_keepUnderscoresBetweenLettersReadable() {
    String report =
        Reports.markdown(SafeguardingEngine.ukDefault().assess(ReportFixtures.fridayClub()));

    assertThat(report)
        .contains("- **CONSENT_WITHDRAWN** (p4): consent for p4 to take part was withdrawn")
        .contains("| 2 | inferred-impersonation | IMPERSONATION | INFERRED | 3 × 4 = 12 HIGH | — |")
        .contains("  - **Sources:** 001_d742c0c78f7cd9a6.txt; ")
        .doesNotContain("\\_");
  }
}
