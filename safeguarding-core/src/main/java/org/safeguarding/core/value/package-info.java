/** The style shared by every value type of the library. Nothing here is used at run time. */
@NullMarked
package org.safeguarding.core.value;

import org.jspecify.annotations.NullMarked;
