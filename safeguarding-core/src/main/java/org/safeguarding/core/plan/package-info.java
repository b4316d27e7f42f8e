/**
 * The session plan: who is coming, the staff and their checks, the platform and its settings, and
 * the risk register, with the room at the door and incidents. Every type is immutable and built
 * with a builder; a {@link org.safeguarding.core.plan.SessionPlan} that breaks a structural rule
 * cannot be built and throws {@link org.safeguarding.core.plan.InvalidPlanException} listing every
 * problem with its JSON path. Judgements (is this safe?) belong to the rules, not here.
 */
@NullMarked
package org.safeguarding.core.plan;

import org.jspecify.annotations.NullMarked;
