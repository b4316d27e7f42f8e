/**
 * Small runnable programs that show the library's public API at work, each a {@code main} that
 * prints what it finds: {@link org.safeguarding.examples.QuickStart} (assess a plan and print the
 * report), {@link org.safeguarding.examples.CustomRulebook} (judge by an organisation's own
 * numbers), {@link org.safeguarding.examples.CustomRule} (add an organisation's own rule), {@link
 * org.safeguarding.examples.AdmissionAtTheDoor} (decide who may come in from the waiting room) and
 * {@link org.safeguarding.examples.IncidentFollowUp} (what must happen after an incident). A test
 * runs each one, so they stay true to the API.
 */
@NullMarked
package org.safeguarding.examples;

import org.jspecify.annotations.NullMarked;
