/**
 * Reports: an {@link org.safeguarding.core.assessment.Assessment} written for people to read, as
 * plain text for a terminal, GitHub-flavoured Markdown, or one self-contained HTML page with a risk
 * heat map, each giving the decision first, then the findings from the most serious down, the risk
 * register, the consents and the supervision figures. {@link org.safeguarding.rules.report.Reports}
 * is the entry point; every piece of data from a plan or a rule is escaped for the output language,
 * and the same assessment always gives the same text.
 */
@NullMarked
package org.safeguarding.rules.report;

import org.jspecify.annotations.NullMarked;
