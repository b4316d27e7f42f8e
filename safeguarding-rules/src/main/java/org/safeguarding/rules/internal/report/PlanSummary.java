package org.safeguarding.rules.internal.report;

import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;

/**
 * The summary of a plan's structure that the command line's {@code validate} prints: a first line
 * with the plan's id, one labelled line each for the service, the platform, the session, the staff,
 * the participants and the risks, and a last line saying that nothing was judged. The plan's ids
 * and names pass through {@link TextEscaper}; everything else is a number, a date or a constant's
 * name.
 */
final class PlanSummary {

  private PlanSummary() {}

  static String of(SessionPlan plan) {
    StringBuilder text = new StringBuilder();
    text.append(TextEscaper.escape(plan.id()))
        .append(": a valid session plan (schemaVersion ")
        .append(SessionPlan.SCHEMA_VERSION)
        .append(")\n");
    line(
        text,
        "service",
        TextEscaper.escape(plan.service().name())
            + ", "
            + plan.service().jurisdiction()
            + ", "
            + plan.service().frequency()
            + ", "
            + plan.service().policies().size()
            + " of "
            + Policy.values().length
            + " policies");
    line(
        text,
        "platform",
        TextEscaper.escape(plan.platform().name())
            + " ("
            + plan.platform().accounts()
            + " accounts), "
            + plan.platform().controls().size()
            + " controls on");
    line(
        text,
        "session",
        plan.start()
            + " for "
            + plan.durationMinutes()
            + " minutes, "
            + plan.format()
            + ", "
            + plan.interaction());
    line(text, "staff", plan.staff().size() + staffRoles(plan.staff()));
    line(text, "participants", plan.participants().size() + ages(plan.participants()));
    line(text, "risks", plan.risks().size() + " declared");
    text.append("Structure only: use 'assess' to judge whether the session is safe.\n");
    return text.toString();
  }

  private static String staffRoles(List<StaffMember> staff) {
    if (staff.isEmpty()) {
      return "";
    }
    return ": "
        + staff.stream()
            .map(
                member ->
                    TextEscaper.escape(member.id())
                        + " "
                        + member.roles().stream().map(Enum::name).collect(Collectors.joining("+")))
            .collect(Collectors.joining(", "));
  }

  private static String ages(List<Participant> participants) {
    IntSummaryStatistics known =
        participants.stream()
            .map(Participant::age)
            .filter(OptionalInt::isPresent)
            .mapToInt(OptionalInt::getAsInt)
            .summaryStatistics();
    long unknown = participants.size() - known.getCount();
    long atRisk = participants.stream().filter(Participant::atRisk).count();
    StringBuilder text = new StringBuilder();
    if (known.getCount() > 0) {
      text.append(", aged ").append(known.getMin()).append(" to ").append(known.getMax());
    }
    return text.append(" (")
        .append(unknown)
        .append(" of unknown age, ")
        .append(atRisk)
        .append(" adults at risk)")
        .toString();
  }

  /** A labelled line: two spaces, the label padded to 13 characters, the value. */
  private static void line(StringBuilder text, String label, String value) {
    text.append(String.format(Locale.ROOT, "  %-13s%s", label, value)).append('\n');
  }
}
