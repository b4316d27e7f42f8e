package org.safeguarding.rules.internal.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.rules.internal.words.Catalogue;

/**
 * Instants in words, in a time zone: "18:20 on Friday 4 December 2026", and due times relative to a
 * reference day, "by 18:35 today", "by 09:00 tomorrow, Saturday 5 December", "by 23:59 on Saturday
 * 5 December" (with the year when it is not the reference day's). The patterns and the locale are
 * the catalogue's.
 *
 * <p>A time is written to the minute, cut down rather than rounded, so that a due time is never
 * shown later than it is. A local time that the clocks show twice (the hour before the clocks go
 * back) is followed by its offset from UTC, so that it cannot be read as the other one.
 */
final class LocalTimes {

  private final Catalogue words;
  private final ZoneId zone;
  private final LocalDate today;
  private final DateTimeFormatter time;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateWithYear;
  private final DateTimeFormatter offset;

  /**
   * Times in a zone, relative to a day.
   *
   * @param words the catalogue, for the patterns and the phrases
   * @param zone the zone times are written in
   * @param today the day "today" means, in that zone
   */
  LocalTimes(Catalogue words, ZoneId zone, LocalDate today) {
    this.words = words;
    this.zone = zone;
    this.today = today;
    Locale locale = Locale.forLanguageTag(words.text("door.locale"));
    this.time = DateTimeFormatter.ofPattern(words.text("door.pattern.time"), locale);
    this.date = DateTimeFormatter.ofPattern(words.text("door.pattern.date"), locale);
    this.dateWithYear =
        DateTimeFormatter.ofPattern(words.text("door.pattern.dateWithYear"), locale);
    this.offset = DateTimeFormatter.ofPattern(words.text("door.pattern.offset"), locale);
  }

  /** {@return the day of an instant in the zone} */
  static LocalDate dayOf(Instant instant, ZoneId zone) {
    return instant.atZone(zone).toLocalDate();
  }

  /** {@return the zone's id, as people read it: {@code Europe/London}} */
  String zone() {
    return zone.getId();
  }

  /** {@return the reference day in words, with its year: "Friday 4 December 2026"} */
  String today() {
    return dateWithYear.format(today);
  }

  /** {@return an instant's time and day: "18:20 on Friday 4 December 2026"} */
  String at(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    return words.render(
        "door.at",
        Map.of("time", time(local), "date", dateWithYear.format(local)),
        Optional.empty());
  }

  /**
   * A due time relative to the reference day: "by 18:35 today", "by 09:00 tomorrow, Saturday 5
   * December", or "by 23:59 on Saturday 5 December", with the year when it differs from the
   * reference day's.
   */
  String due(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    LocalDate day = local.toLocalDate();
    String at = time(local);
    if (day.equals(today)) {
      return words.render("door.due.today", Map.of("time", at), Optional.empty());
    }
    String when = day.getYear() == today.getYear() ? date.format(day) : dateWithYear.format(day);
    if (day.equals(today.plusDays(1))) {
      return words.render("door.due.tomorrow", Map.of("time", at, "date", when), Optional.empty());
    }
    return words.render("door.due.otherDay", Map.of("time", at, "date", when), Optional.empty());
  }

  private String time(ZonedDateTime local) {
    String shown = time.format(local);
    if (zone.getRules().getValidOffsets(local.toLocalDateTime()).size() > 1) {
      return words.render(
          "door.time.ambiguous",
          Map.of("time", shown, "offset", offset.format(local)),
          Optional.empty());
    }
    return shown;
  }
}
