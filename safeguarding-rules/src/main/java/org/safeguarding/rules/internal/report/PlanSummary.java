package org.safeguarding.rules.internal.report;

import java.time.ZoneId;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.rules.internal.words.Catalogue;

/**
 * The summary of a plan's structure that the command line's {@code validate} prints: a first line
 * with the plan's id, one labelled line each for the service, the platform, the session's time and
 * shape, the staff, the participants and the risks, in the catalogue's words and the rulebook's
 * time zone, and a last line saying that nothing was judged. The plan's ids and names pass through
 * {@link TextEscaper}; everything else is a number, a date or catalogue words.
 */
final class PlanSummary {

  private final Catalogue words;
  private final StringBuilder text = new StringBuilder();

  private PlanSummary(Catalogue words) {
    this.words = words;
  }

  static String of(SessionPlan plan, ZoneId zone) {
    return new PlanSummary(Catalogue.english()).write(plan, zone);
  }

  private String write(SessionPlan plan, ZoneId zone) {
    LocalTimes times = new LocalTimes(words, zone, LocalTimes.dayOf(plan.start(), zone));
    text.append(
            render(
                "summary.title",
                Map.of(
                    "plan", TextEscaper.escape(plan.id()),
                    "version", Integer.toString(SessionPlan.SCHEMA_VERSION))))
        .append('\n');
    line(
        "summary.service",
        render(
            "summary.service.value",
            Map.of(
                "name", TextEscaper.escape(plan.service().name()),
                "jurisdiction", words.label(plan.service().jurisdiction()),
                "frequency", words.label(plan.service().frequency()),
                "policies", Integer.toString(plan.service().policies().size()),
                "all", Integer.toString(Policy.values().length))));
    line(
        "summary.platform",
        render(
            "summary.platform.value",
            Map.of(
                "name", TextEscaper.escape(plan.platform().name()),
                "accounts", words.label(plan.platform().accounts()),
                "controls", Integer.toString(plan.platform().controls().size()))));
    line(
        "summary.when",
        render(
            "summary.when.value",
            Map.of(
                "start", times.at(plan.start()),
                "zone", times.zone(),
                "minutes", Integer.toString(plan.durationMinutes()))));
    line("summary.shape", words.label(plan.format()) + "; " + words.label(plan.interaction()));
    line("summary.staff", plan.staff().size() + staffRoles(plan.staff()));
    line("summary.participants", participants(plan.participants()));
    line(
        "summary.risks",
        render("summary.risks.value", Map.of("count", Integer.toString(plan.risks().size()))));
    text.append(words.text("summary.structureOnly")).append('\n');
    return text.toString();
  }

  private String staffRoles(List<StaffMember> staff) {
    if (staff.isEmpty()) {
      return "";
    }
    return ": "
        + staff.stream()
            .map(
                member ->
                    TextEscaper.escape(member.id())
                        + " ("
                        + member.roles().stream()
                            .map(words::label)
                            .collect(Collectors.joining(", "))
                        + ")")
            .collect(Collectors.joining(", "));
  }

  private String participants(List<Participant> participants) {
    IntSummaryStatistics known =
        participants.stream()
            .map(Participant::age)
            .filter(OptionalInt::isPresent)
            .mapToInt(OptionalInt::getAsInt)
            .summaryStatistics();
    long unknown = participants.size() - known.getCount();
    long atRisk = participants.stream().filter(Participant::atRisk).count();
    StringBuilder value = new StringBuilder().append(participants.size());
    if (known.getCount() > 0) {
      value.append(
          render(
              known.getMin() == known.getMax() ? "summary.aged.one" : "summary.aged",
              Map.of(
                  "min", Integer.toString(known.getMin()),
                  "max", Integer.toString(known.getMax()))));
    }
    value.append(
        render(
            unknown == 1 ? "summary.unknownAge.one" : "summary.unknownAge",
            Map.of("count", Long.toString(unknown))));
    value.append(
        render(
            atRisk == 1 ? "summary.atRisk.one" : "summary.atRisk",
            Map.of("count", Long.toString(atRisk))));
    return value.toString();
  }

  private String render(String key, Map<String, String> values) {
    return words.render(key, values, Optional.empty());
  }

  /** A labelled line: two spaces, the label and its colon padded to 15 characters, the value. */
  private void line(String label, String value) {
    text.append(String.format(Locale.ROOT, "  %-15s%s", words.text(label) + ":", value))
        .append('\n');
  }
}
