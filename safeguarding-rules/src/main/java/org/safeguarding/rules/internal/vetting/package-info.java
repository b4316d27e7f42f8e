/**
 * Vetting of staff when vulnerable participants take part: a criminal-records check of the level
 * the role, audience and frequency need, from the jurisdiction's scheme, not out of date; current
 * safeguarding training; and the organisation's accounts rather than personal ones.
 */
@NullMarked
package org.safeguarding.rules.internal.vetting;

import org.jspecify.annotations.NullMarked;
