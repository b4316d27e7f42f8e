/**
 * The platform and the room: the controls an interactive session or a broadcast needs, registration
 * and identity checks, surnames on display, bedrooms, and mixing children with adults.
 */
@NullMarked
package org.safeguarding.rules.internal.platform;

import org.jspecify.annotations.NullMarked;
