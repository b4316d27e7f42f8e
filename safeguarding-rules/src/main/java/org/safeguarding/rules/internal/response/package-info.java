/**
 * After an incident: who does what, by when. The actions and their owners follow the recovery
 * college procedure of seed 000 and the recording and referral duties of seed 002, and after a
 * disclosure about a child the Wales Safeguarding Procedures and Working Together to Safeguard
 * Children 2023; the deadlines are rulebook data.
 */
@NullMarked
package org.safeguarding.rules.internal.response;

import org.jspecify.annotations.NullMarked;
