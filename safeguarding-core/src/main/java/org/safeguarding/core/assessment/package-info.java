/**
 * The answer the engine gives about a session plan: the decision, the findings that explain it, the
 * risk register in priority order, who must consent, and how many checked adults must be present.
 * These are plain values: the judgements that produce them live in the rules module, and {@link
 * org.safeguarding.core.json.SafeguardingJson} writes them as the contract's JSON.
 */
@NullMarked
package org.safeguarding.core.assessment;

import org.jspecify.annotations.NullMarked;
