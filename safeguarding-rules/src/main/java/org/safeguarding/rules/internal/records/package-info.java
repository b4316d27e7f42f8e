/** Records of the session: attendance, chat, and notes of one-to-one sessions. */
@NullMarked
package org.safeguarding.rules.internal.records;

import org.jspecify.annotations.NullMarked;
