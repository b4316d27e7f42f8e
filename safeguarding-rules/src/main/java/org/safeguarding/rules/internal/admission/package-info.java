/**
 * The door: whether a person waiting to join a live session may be let in now, given who is already
 * in the room and who has been removed. Staff and participants both go through it.
 */
@NullMarked
package org.safeguarding.rules.internal.admission;

import org.jspecify.annotations.NullMarked;
