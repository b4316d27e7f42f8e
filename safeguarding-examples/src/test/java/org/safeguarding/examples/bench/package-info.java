/**
 * Benchmarks side by side with Easy Rules and Drools: one common rule subset (consent requirement
 * by age, the NSPCC ratio with a minimum of two adults, the NPSA risk band) written for this
 * library ({@link org.safeguarding.examples.bench.OursSubset}), for Easy Rules 4.1.0 ({@link
 * org.safeguarding.examples.bench.EasyRulesSubset}) and for Drools 10.2.0 ({@link
 * org.safeguarding.examples.bench.DroolsSubset}, rules in {@code subset.drl}), each answering a
 * {@link org.safeguarding.examples.bench.SubsetAnswer}; the deterministic plans they are fed
 * ({@link org.safeguarding.examples.bench.BenchPlans}); and the test that all of them give the same
 * answers before anything is timed. The peers are test-scope dependencies only.
 */
@NullMarked
package org.safeguarding.examples.bench;

import org.jspecify.annotations.NullMarked;
