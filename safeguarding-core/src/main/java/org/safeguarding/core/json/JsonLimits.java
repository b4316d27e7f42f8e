package org.safeguarding.core.json;

/**
 * The limits the JSON reader keeps, so that hostile input costs bounded time and memory before any
 * structural check runs. They sit above the plan's own limits ({@link
 * org.safeguarding.core.plan.PlanLimits}), which then report overlong values at their path.
 *
 * <p>The reader streams: it holds what the document's value needs and no tree of the text, so the
 * limits bound time (a document is read once, token by token) more than memory. A caller may lower
 * any of them for the documents it reads, such as a service that takes only small plans: {@code
 * SafeguardingJson.PLAN.withLimits(JsonLimits.defaults().withMaxDocumentLength(1_000_000))}. No
 * limit can be raised above its default. Instances are immutable.
 */
public final class JsonLimits {

  /**
   * The largest document, in characters: room for a plan of 100,000 participants written
   * canonically (about 82 million characters with every need and a consent each), with a margin.
   */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  /**
   * The most tokens (values, names, brackets) in a document, which bounds the time reading takes:
   * that plan of 100,000 participants has about 5.1 million.
   */
  public static final long MAX_TOKENS = 6_000_000;

  /**
   * The most entries in any one array, checked while parsing, wherever the array is: the largest
   * list any document may have is a room's, which may list everyone on a plan.
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

  private static final JsonLimits DEFAULTS =
      new JsonLimits(
          MAX_DOCUMENT_LENGTH,
          MAX_TOKENS,
          MAX_ARRAY_ENTRIES,
          MAX_NESTING_DEPTH,
          MAX_STRING_LENGTH,
          MAX_NAME_LENGTH,
          MAX_NUMBER_LENGTH);

  private final long maxDocumentLength;
  private final long maxTokens;
  private final int maxArrayEntries;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;

  private JsonLimits(
      long maxDocumentLength,
      long maxTokens,
      int maxArrayEntries,
      int maxNestingDepth,
      int maxStringLength,
      int maxNameLength,
      int maxNumberLength) {
    this.maxDocumentLength = maxDocumentLength;
    this.maxTokens = maxTokens;
    this.maxArrayEntries = maxArrayEntries;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNameLength = maxNameLength;
    this.maxNumberLength = maxNumberLength;
  }

  /** {@return the default limits, the constants of this class} */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** {@return the largest document, in characters} */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** {@return the most tokens in a document} */
  public long maxTokens() {
    return maxTokens;
  }

  /** {@return the most entries in any one array} */
  public int maxArrayEntries() {
    return maxArrayEntries;
  }

  /** {@return the deepest nesting of objects and arrays} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return the longest string value, in characters} */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** {@return the longest field name, in characters} */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** {@return the longest number, in digits} */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * {@return these limits with a lower largest document}
   *
   * @param characters at least 1, at most {@link #MAX_DOCUMENT_LENGTH}
   * @throws IllegalArgumentException outside that range
   */
  public JsonLimits withMaxDocumentLength(long characters) {
    return new JsonLimits(
        lowered("maxDocumentLength", characters, MAX_DOCUMENT_LENGTH),
        maxTokens,
        maxArrayEntries,
        maxNestingDepth,
        maxStringLength,
        maxNameLength,
        maxNumberLength);
  }

  /**
   * {@return these limits with fewer tokens}
   *
   * @param tokens at least 1, at most {@link #MAX_TOKENS}
   * @throws IllegalArgumentException outside that range
   */
  public JsonLimits withMaxTokens(long tokens) {
    return new JsonLimits(
        maxDocumentLength,
        lowered("maxTokens", tokens, MAX_TOKENS),
        maxArrayEntries,
        maxNestingDepth,
        maxStringLength,
        maxNameLength,
        maxNumberLength);
  }

  /**
   * {@return these limits with shorter arrays}
   *
   * @param entries at least 1, at most {@link #MAX_ARRAY_ENTRIES}
   * @throws IllegalArgumentException outside that range
   */
  public JsonLimits withMaxArrayEntries(int entries) {
    return new JsonLimits(
        maxDocumentLength,
        maxTokens,
        (int) lowered("maxArrayEntries", entries, MAX_ARRAY_ENTRIES),
        maxNestingDepth,
        maxStringLength,
        maxNameLength,
        maxNumberLength);
  }

  /**
   * {@return these limits with shallower nesting}
   *
   * @param depth at least 1, at most {@link #MAX_NESTING_DEPTH}
   * @throws IllegalArgumentException outside that range
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(
        maxDocumentLength,
        maxTokens,
        maxArrayEntries,
        (int) lowered("maxNestingDepth", depth, MAX_NESTING_DEPTH),
        maxStringLength,
        maxNameLength,
        maxNumberLength);
  }

  /**
   * {@return these limits with shorter strings}
   *
   * @param characters at least 1, at most {@link #MAX_STRING_LENGTH}
   * @throws IllegalArgumentException outside that range
   */
  public JsonLimits withMaxStringLength(int characters) {
    return new JsonLimits(
        maxDocumentLength,
        maxTokens,
        maxArrayEntries,
        maxNestingDepth,
        (int) lowered("maxStringLength", characters, MAX_STRING_LENGTH),
        maxNameLength,
        maxNumberLength);
  }

  /**
   * {@return these limits with shorter field names}
   *
   * @param characters at least 1, at most {@link #MAX_NAME_LENGTH}
   * @throws IllegalArgumentException outside that range
   */
  public JsonLimits withMaxNameLength(int characters) {
    return new JsonLimits(
        maxDocumentLength,
        maxTokens,
        maxArrayEntries,
        maxNestingDepth,
        maxStringLength,
        (int) lowered("maxNameLength", characters, MAX_NAME_LENGTH),
        maxNumberLength);
  }

  /**
   * {@return these limits with shorter numbers}
   *
   * @param digits at least 1, at most {@link #MAX_NUMBER_LENGTH}
   * @throws IllegalArgumentException outside that range
   */
  public JsonLimits withMaxNumberLength(int digits) {
    return new JsonLimits(
        maxDocumentLength,
        maxTokens,
        maxArrayEntries,
        maxNestingDepth,
        maxStringLength,
        maxNameLength,
        (int) lowered("maxNumberLength", digits, MAX_NUMBER_LENGTH));
  }

  private static long lowered(String name, long value, long most) {
    if (value < 1 || value > most) {
      throw new IllegalArgumentException(name + " must be between 1 and " + most + ": " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return "JsonLimits{maxDocumentLength="
        + maxDocumentLength
        + ", maxTokens="
        + maxTokens
        + ", maxArrayEntries="
        + maxArrayEntries
        + ", maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxNumberLength="
        + maxNumberLength
        + "}";
  }
}
