package org.safeguarding.core.json;

/**
 * The limits the JSON reader keeps, so that hostile input costs bounded time and memory before any
 * structural check runs. They sit above the plan's own limits ({@link
 * org.safeguarding.core.plan.PlanLimits}), which then report overlong values at their path.
 */
public final class JsonLimits {

  /** The largest document, in bytes or characters. */
  public static final long MAX_DOCUMENT_LENGTH = 128L * 1024 * 1024;

  /** The deepest nesting of objects and arrays (a plan needs five). */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest field name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest number, in digits. */
  public static final int MAX_NUMBER_LENGTH = 100;

  private JsonLimits() {}
}
