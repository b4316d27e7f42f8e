/**
 * The JSON contract: {@link org.safeguarding.core.json.SafeguardingJson} reads plans strictly,
 * reporting every problem with its JSON path, and writes them canonically.
 */
@NullMarked
package org.safeguarding.core.json;

import org.jspecify.annotations.NullMarked;
