/** The {@code safeguarding} command line. */
@NullMarked
package org.safeguarding.examples.cli;

import org.jspecify.annotations.NullMarked;
