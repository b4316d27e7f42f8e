package org.safeguarding.rules.report;

/**
 * The forms a report of an assessment can take, for {@link
 * org.safeguarding.rules.SafeguardingEngine#report}.
 */
public enum ReportFormat {
  /** Plain text for a terminal, with control characters in the data made visible. */
  TEXT,
  /**
   * The assessment's JSON contract, exactly as {@code SafeguardingJson.ASSESSMENT.write} writes it.
   */
  JSON,
  /** GitHub-flavoured Markdown, with the data escaped so that it cannot inject markup. */
  MARKDOWN,
  /**
   * One self-contained HTML page with no scripts and no external resources, and a risk heat map.
   */
  HTML
}
