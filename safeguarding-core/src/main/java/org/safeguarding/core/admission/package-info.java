/**
 * The answer at the waiting room: may this person come in now? An {@link
 * org.safeguarding.core.admission.Admission} gives a {@link
 * org.safeguarding.core.admission.Verdict} and the reasons for it, each with its rule code and the
 * guidance it comes from. The judgement lives in the rules module; these are plain values.
 */
@NullMarked
package org.safeguarding.core.admission;

import org.jspecify.annotations.NullMarked;
