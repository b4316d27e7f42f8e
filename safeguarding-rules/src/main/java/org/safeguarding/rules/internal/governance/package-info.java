/**
 * Governance: the policies a service must have, an approved remit, a local authority contact, the
 * safeguarding lead's availability, and a holding screen with the rules and the lead's contact.
 */
@NullMarked
package org.safeguarding.rules.internal.governance;

import org.jspecify.annotations.NullMarked;
