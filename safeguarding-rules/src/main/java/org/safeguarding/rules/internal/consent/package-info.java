/**
 * Consent and capacity: whose consent each participant needs (a parent or carer under the age of
 * digital consent, the person themself from it, a best-interests decision or an attorney when a
 * person of 16 or over lacks capacity), whether it is in place, and the rules that report on it.
 */
@NullMarked
package org.safeguarding.rules.internal.consent;

import org.jspecify.annotations.NullMarked;
