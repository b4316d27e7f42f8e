/**
 * Risk: the plan's risk register rated on the NPSA 2008 matrix with the rulebook's bands, risks the
 * engine infers when the register lacks them (a hijack, impersonation, a participant's distress),
 * the order in which to deal with them, and the rules that report on them.
 */
@NullMarked
package org.safeguarding.rules.internal.risk;

import org.jspecify.annotations.NullMarked;
