/**
 * What must happen after an incident: a {@link org.safeguarding.core.response.ResponsePlan} of
 * {@link org.safeguarding.core.response.PlannedAction}s, each with its owner and the instant it is
 * due, ordered by when it is due. The judgement lives in the rules module; these are plain values.
 */
@NullMarked
package org.safeguarding.core.response;

import org.jspecify.annotations.NullMarked;
