/**
 * How reports are written: plain text, Markdown and HTML from an assessment, each with its own
 * escaping of data from the plan and the rules. The engine's {@code report} method is the public
 * entry point; this package is not exported.
 */
@NullMarked
package org.safeguarding.rules.internal.report;

import org.jspecify.annotations.NullMarked;
