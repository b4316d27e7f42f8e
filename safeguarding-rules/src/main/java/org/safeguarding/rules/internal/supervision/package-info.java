/**
 * Supervision: how many checked adults a session needs (the NSPCC ratios by age band, adults at
 * risk as a band of their own, a minimum of two), one-to-one safeguards, a second person to
 * administer the session, cover for a distressed participant, and accompaniment online.
 */
@NullMarked
package org.safeguarding.rules.internal.supervision;

import org.jspecify.annotations.NullMarked;
