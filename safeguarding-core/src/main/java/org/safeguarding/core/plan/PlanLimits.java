package org.safeguarding.core.plan;

/**
 * The structural limits a plan, a room and an incident must keep. They bound the time and memory
 * one plan can cost, and catch values that cannot be real (an age of 200, a check issued in 1066).
 */
public final class PlanLimits {

  /** The most participants one plan may hold. */
  public static final int MAX_PARTICIPANTS = 100_000;

  /** The most staff one plan may hold. */
  public static final int MAX_STAFF = 10_000;

  /** The most entries one risk register may hold. */
  public static final int MAX_RISKS = 10_000;

  /** The most consents one participant may hold. */
  public static final int MAX_CONSENTS = 100;

  /** The most mitigations one risk may hold. */
  public static final int MAX_MITIGATIONS = 100;

  /** The longest id, in characters. */
  public static final int MAX_ID_LENGTH = 128;

  /** The longest free text (names, descriptions, mitigations, owners), in characters. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  /** The youngest age. */
  public static final int MIN_AGE = 0;

  /** The oldest age. */
  public static final int MAX_AGE = 120;

  /** The lowest likelihood or severity. */
  public static final int MIN_LEVEL = 1;

  /** The highest likelihood or severity. */
  public static final int MAX_LEVEL = 5;

  /** The shortest session, in minutes. */
  public static final int MIN_DURATION_MINUTES = 1;

  /** The longest session, in minutes (a day). */
  public static final int MAX_DURATION_MINUTES = 1_440;

  /** The earliest year a date may fall in. */
  public static final int MIN_YEAR = 1900;

  /** The latest year a date may fall in. */
  public static final int MAX_YEAR = 2999;

  /** The prefix of the ids the engine gives the risks it infers; declared ids may not use it. */
  public static final String INFERRED_RISK_PREFIX = "inferred-";

  private PlanLimits() {}
}
