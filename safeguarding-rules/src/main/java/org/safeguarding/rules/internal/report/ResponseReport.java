package org.safeguarding.rules.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.rules.internal.words.Catalogue;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * The response report: the incident (what happened in words, when in local time, who it is about,
 * who handled it), then each action in order with its owner named and its due time in the
 * rulebook's zone relative to the incident's local day, and the notes.
 *
 * <p>An owner is named as the plan names them: a member of staff by id with their roles in words; a
 * role (nobody on the plan holds it) as the role, said to be whoever holds or covers it; a handler
 * not on the plan's staff by id, said to be someone not on the plan.
 */
final class ResponseReport {

  private ResponseReport() {}

  static DoorPage page(
      SessionPlan plan,
      Rulebook rulebook,
      Incident incident,
      ResponsePlan response,
      Catalogue words) {
    LocalTimes times =
        new LocalTimes(
            words,
            rulebook.timeZone(),
            LocalTimes.dayOf(incident.occurredAt(), rulebook.timeZone()));
    DoorPage page =
        new DoorPage(
            words.text("door.locale"),
            words.render(
                "door.response.title", Map.of("incident", response.incident()), Optional.empty()));
    page.fact(words.text("door.response.kind"), words.label(incident.kind()));
    page.fact(words.text("door.response.when"), times.at(incident.occurredAt()));
    page.fact(
        words.text("door.response.about"),
        incident.participant().orElse(words.text("door.response.about.nobody")));
    page.fact(
        words.text("door.response.handledBy"),
        incident
            .handledBy()
            .map(id -> staffOrId(plan, id, words))
            .orElse(words.text("door.response.handledBy.nobody")));
    page.fact(
        words.text("door.response.removed"),
        words.text(incident.removed() ? "door.response.removed.yes" : "door.response.removed.no"));
    page.fact(
        words.text("door.session"),
        words.render(
            "door.session.value",
            Map.of("service", plan.service().name(), "start", times.at(plan.start())),
            Optional.empty()));
    page.remark(
        words.render(
            "door.zone", Map.of("zone", times.zone(), "day", times.today()), Optional.empty()));
    List<DoorPage.Item> items = new ArrayList<>();
    for (PlannedAction action : response.actions()) {
      items.add(
          new DoorPage.Item(
              words.label(action.action()),
              List.of(
                  new DoorPage.Fact(words.text("door.response.owner"), owner(plan, action, words)),
                  new DoorPage.Fact(words.text("door.response.due"), times.due(action.due()))),
              List.of(PlainWords.of(action.message(), words)),
              words.text("door.sources"),
              SourceText.cite(words, action.sources()),
              Optional.of(
                  words.render(
                      "door.code", Map.of("code", action.action().name()), Optional.empty()))));
    }
    page.section(
        new DoorPage.Section(
            "actions",
            words.text("door.response.actions"),
            items,
            List.of(),
            words.text("door.response.noActions")));
    List<String> notes = new ArrayList<>();
    for (String note : response.notes()) {
      notes.add(PlainWords.of(note, words));
    }
    page.section(new DoorPage.Section("notes", words.text("door.notes"), List.of(), notes, ""));
    return page.numberSources(words.text("door.sources"));
  }

  /** An action's owner, named. */
  private static String owner(SessionPlan plan, PlannedAction action, Catalogue words) {
    return switch (action.ownerType()) {
      case STAFF -> staffOrId(plan, action.owner(), words);
      case ROLE ->
          words.render(
              "door.owner.role",
              Map.of("role", words.label(StaffRole.valueOf(action.owner()))),
              Optional.empty());
      case NOT_ON_PLAN ->
          words.render("door.owner.notOnPlan", Map.of("id", action.owner()), Optional.empty());
    };
  }

  /** A member of the plan's staff with their roles in words, or an id the staff does not hold. */
  private static String staffOrId(SessionPlan plan, String id, Catalogue words) {
    for (StaffMember member : plan.staff()) {
      if (member.id().equals(id)) {
        if (member.roles().isEmpty()) {
          return words.render("door.owner.staffNoRole", Map.of("id", id), Optional.empty());
        }
        List<String> roles = new ArrayList<>();
        for (StaffRole role : StaffRole.values()) {
          if (member.roles().contains(role)) {
            roles.add(words.label(role));
          }
        }
        return words.render(
            "door.owner.staff",
            Map.of("id", id, "roles", String.join(words.text("door.roles.separator"), roles)),
            Optional.empty());
      }
    }
    return words.render("door.owner.notOnPlan", Map.of("id", id), Optional.empty());
  }
}
