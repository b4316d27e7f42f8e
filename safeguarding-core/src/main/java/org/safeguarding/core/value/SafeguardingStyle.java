package org.safeguarding.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.MissingAttributesException;

/**
 * The one Immutables style of every value type in the library.
 *
 * <p>Value types are abstract classes with a package-private constructor, a static {@code
 * builder()} and a nested {@code Builder}; the generated {@code ImmutableX} classes stay
 * package-private so that only the abstract types are public API. Each nested {@code Builder}
 * declares every method a user calls, with its type and meaning in its own Javadoc, and hands each
 * call to the generated builder, which does the work. It does not extend the generated builder:
 * Immutables makes that builder's methods {@code final}, so a subclass could only inherit them, and
 * Javadoc shows methods inherited from a package-private class without their documentation. So
 * {@code typeInnerBuilder} names a class no value type declares (Immutables must not take the
 * nested {@code Builder} for one to extend or implement), and {@code builder = "new"} gives the
 * generated builder a constructor rather than a static {@code builder()} that would clash with the
 * value type's own. JSON is written and read by {@code
 * org.safeguarding.core.json.SafeguardingJson}, not by annotations, so that reading can report
 * every problem of a plan with its path at once (data binding stops at the first).
 *
 * <p>A builder left without a required value throws {@link MissingAttributesException} naming what
 * is missing, and every value type's {@code Builder.build()} reports that through {@code
 * StructureChecks.build} as an {@code InvalidPlanException} listing each missing value at its JSON
 * path, as the JSON readers report a missing field. A value's {@code @Value.Check} reports broken
 * invariants the same way, through {@code StructureChecks}, never with an {@code
 * IllegalStateException}.
 *
 * <p>Source retention: nothing of Immutables is needed at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    builder = "new",
    typeInnerBuilder = "NoInnerBuilder",
    redactedMask = "<redacted>",
    throwForInvalidImmutableState = MissingAttributesException.class,
    defaults = @Value.Immutable(copy = false))
public @interface SafeguardingStyle {}
