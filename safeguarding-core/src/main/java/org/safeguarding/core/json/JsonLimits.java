package org.safeguarding.core.json;

/**
 * The limits the JSON reader keeps, so that hostile input costs bounded time and memory before any
 * structural check runs. They sit above the plan's own limits ({@link
 * org.safeguarding.core.plan.PlanLimits}), which then report overlong values at their path.
 */
public final class JsonLimits {

  /**
   * The largest document, in characters: room for a plan of 100,000 participants written
   * canonically (about 82 million characters with every need and a consent each), with a margin.
   */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /**
   * The most tokens (values, names, brackets) in a document, which bounds the memory its tree
   * takes: that plan of 100,000 participants has about 5.1 million. The tree is held until the
   * limit is reached, and empty objects are its costliest tokens (about 45 bytes each), so the
   * worst document costs a few hundred MiB before it is refused; the limit is kept as low as the
   * largest plan allows.
   */
  public static final long MAX_TOKENS = 6_000_000;

  /**
   * The most entries in any one array, checked while parsing so that a huge array is refused before
   * it is held in memory: the largest list any document may have is a room's, which may list
   * everyone on a plan.
   */
  public static final int MAX_ARRAY_ENTRIES = org.safeguarding.core.plan.RoomState.MAX_PEOPLE;

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
