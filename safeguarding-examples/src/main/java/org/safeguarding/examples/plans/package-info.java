/** The bundled example session plans. */
@NullMarked
package org.safeguarding.examples.plans;

import org.jspecify.annotations.NullMarked;
