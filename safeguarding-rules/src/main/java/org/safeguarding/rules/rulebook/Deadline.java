package org.safeguarding.rules.rulebook;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When an action of an incident response is due: a time {@link #within()} after a starting point
 * {@link #from()}. Calendar days ({@code P1D}) are added in the rulebook's time zone, so that "the
 * next day" stays the next day across a clock change; hours and minutes ({@code PT15M}) are exact.
 */
public final class Deadline {

  /** Where a deadline is counted from. */
  public enum From {
    /** The instant the incident occurred. */
    INCIDENT,
    /** The end of the session (its start plus its duration), or the incident if that is later. */
    SESSION_END,
    /** The last second (23:59:59) of the incident's day, in the rulebook's time zone. */
    END_OF_INCIDENT_DAY
  }

  private static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

  private final From from;
  private final TemporalAmount within;

  Deadline(From from, TemporalAmount within) {
    this.from = Objects.requireNonNull(from, "from");
    this.within = Objects.requireNonNull(within, "within");
  }

  /**
   * Returns a deadline, for {@link Rulebook.Builder#deadlines}; the amount is checked when the
   * rulebook is built.
   *
   * @param from where it is counted from
   * @param within how long after that the action is due: a {@link java.time.Duration} of hours,
   *     minutes or seconds, or a {@link java.time.Period} of days
   * @return the deadline
   */
  public static Deadline of(From from, TemporalAmount within) {
    return new Deadline(from, within);
  }

  /** {@return where it is counted from} */
  public From from() {
    return from;
  }

  /**
   * {@return how long after {@link #from()}: a {@link Duration} or a {@link Period} of whole days}
   */
  public TemporalAmount within() {
    return within;
  }

  /**
   * The instant an action is due, never before the incident itself.
   *
   * @param occurredAt when the incident occurred
   * @param sessionEnd when the session ends
   * @param zone the rulebook's time zone
   * @return the due instant
   */
  public Instant due(Instant occurredAt, Instant sessionEnd, ZoneId zone) {
    ZonedDateTime start;
    switch (from) {
      case SESSION_END:
        start = (sessionEnd.isAfter(occurredAt) ? sessionEnd : occurredAt).atZone(zone);
        break;
      case END_OF_INCIDENT_DAY:
        start = occurredAt.atZone(zone).toLocalDate().atTime(LAST_SECOND).atZone(zone);
        break;
      default:
        start = occurredAt.atZone(zone);
        break;
    }
    Instant due = start.plus(within).toInstant();
    return due.isBefore(occurredAt) ? occurredAt : due;
  }

  /** Returns the deadline as the rulebook writes it, such as {@code INCIDENT+PT15M}. */
  @Override
  public String toString() {
    return from + "+" + within;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Deadline
        && ((Deadline) other).from == from
        && ((Deadline) other).within.equals(within);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, within);
  }
}
