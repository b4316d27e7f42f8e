/**
 * The assessment engine and the extension point for rules. {@link
 * org.safeguarding.rules.SafeguardingEngine} is the entry point: build it once (with the UK default
 * rulebook, or your own, and any extra {@link org.safeguarding.rules.Rule}s) and call {@code
 * assess} from any thread. Each concern's built-in rules live in their own package ({@code
 * consent}, {@code supervision}, {@code vetting}, {@code platform}, {@code records}, {@code risk},
 * {@code governance}).
 */
@NullMarked
package org.safeguarding.rules;

import org.jspecify.annotations.NullMarked;
