/**
 * Reports for people: the forms an {@link org.safeguarding.core.assessment.Assessment} can be
 * written in ({@link org.safeguarding.rules.report.ReportFormat}): plain text for a terminal,
 * GitHub-flavoured Markdown, or one self-contained HTML page with a risk heat map, each giving the
 * decision first, then the findings from the most serious down, the risk register, the consents and
 * the supervision figures. The engine writes them ({@code engine.report(plan, assessment,
 * format)}), so that a report is always drawn with the rulebook the assessment was made with. Every
 * piece of data from a plan or a rule is escaped for the output language, and the same assessment
 * always gives the same text.
 */
@NullMarked
package org.safeguarding.rules.report;

import org.jspecify.annotations.NullMarked;
