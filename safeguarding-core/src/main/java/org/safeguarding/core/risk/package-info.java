/**
 * The risk matrix: likelihood and severity on five-point scales, their product as the score, and
 * the band (LOW, MODERATE, HIGH, EXTREME) the score falls in, by a band table that is data (default
 * NPSA 2008).
 */
@NullMarked
package org.safeguarding.core.risk;

import org.jspecify.annotations.NullMarked;
