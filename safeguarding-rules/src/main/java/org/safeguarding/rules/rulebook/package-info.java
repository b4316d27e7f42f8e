/**
 * The rulebook: every number and table the rules judge by (ages, ratios, check levels, required
 * controls, the inference table, risk bands), as versioned data. {@link
 * org.safeguarding.rules.rulebook.Rulebook#ukDefault()} is the bundled UK default; an organisation
 * loads its own file with {@link
 * org.safeguarding.rules.rulebook.Rulebook#read(java.nio.file.Path)}. Loading is strict and reports
 * every problem with its JSON path in one {@link
 * org.safeguarding.rules.rulebook.InvalidRulebookException}.
 */
@NullMarked
package org.safeguarding.rules.rulebook;

import org.jspecify.annotations.NullMarked;
