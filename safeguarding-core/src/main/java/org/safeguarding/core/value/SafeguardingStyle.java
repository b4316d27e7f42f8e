package org.safeguarding.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.safeguarding.core.plan.MissingAttributesException;

/**
 * The one Immutables style of every value type in the library.
 *
 * <p>Value types are abstract classes with a package-private constructor, a static {@code
 * builder()} and a nested {@code Builder}; the generated {@code ImmutableX} classes stay
 * package-private so that only the abstract types are public API. JSON is written and read by
 * {@code org.safeguarding.core.json.SafeguardingJson}, not by annotations, so that reading can
 * report every problem of a plan with its path at once (data binding stops at the first).
 *
 * <p>A builder left without a required value throws {@link MissingAttributesException} naming what
 * is missing, and every value type's {@code Builder.build()} reports that through {@code
 * StructureChecks.build} as an {@code InvalidPlanException} listing each missing value at its JSON
 * path, as the JSON readers report a missing field.
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
    redactedMask = "<redacted>",
    throwForInvalidImmutableState = MissingAttributesException.class,
    defaults = @Value.Immutable(copy = false))
public @interface SafeguardingStyle {}
