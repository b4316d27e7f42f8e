package org.safeguarding.rules.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.internal.words.Catalogue;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * The admission report: the verdict in plain words first, with what the host should do; who is at
 * the door and the session; then each reason in plain words with the engine's sentence, its sources
 * and its code in small print.
 */
final class AdmissionReport {

  private AdmissionReport() {}

  /** {@return the assessment's findings about the person at the door, in its order} */
  private static List<Finding> about(Assessment assessment, Admission admission) {
    return assessment.findings().stream()
        .filter(finding -> finding.subject().filter(admission.person()::equals).isPresent())
        .toList();
  }

  static DoorPage page(
      SessionPlan plan,
      Rulebook rulebook,
      Admission admission,
      Assessment assessment,
      Catalogue words) {
    Map<String, String> person = Map.of("person", admission.person());
    List<Finding> open = about(assessment, admission);
    LocalTimes times =
        new LocalTimes(
            words, rulebook.timeZone(), LocalTimes.dayOf(plan.start(), rulebook.timeZone()));
    DoorPage.Tone tone =
        switch (admission.verdict()) {
          case ADMIT -> DoorPage.Tone.GO;
          case WAIT -> DoorPage.Tone.WAIT;
          case REFUSE -> DoorPage.Tone.STOP;
        };
    DoorPage page =
        new DoorPage(
            words.text("door.locale"),
            words.render("door.admission.title", person, Optional.empty()),
            tone,
            words.label(admission.verdict()),
            words.render(
                "door.admission.todo."
                    + admission.verdict().name()
                    + (admission.verdict() == Verdict.ADMIT && !open.isEmpty() ? ".open" : ""),
                person,
                Optional.empty()));
    page.fact(words.text("door.admission.person"), admission.person());
    page.fact(
        words.text("door.session"),
        words.render(
            "door.session.value",
            Map.of("service", plan.service().name(), "start", times.at(plan.start())),
            Optional.empty()));
    page.remark(
        words.render("door.zone.admission", Map.of("zone", times.zone()), Optional.empty()));
    List<DoorPage.Item> items = new ArrayList<>();
    for (AdmissionReason reason : admission.reasons()) {
      items.add(
          new DoorPage.Item(
              words.codeTitle(reason.rule()),
              List.of(),
              List.of(PlainWords.of(reason.message(), words)),
              words.text("door.sources"),
              SourceText.cite(words, reason.sources()),
              Optional.of(
                  words.render("door.code", Map.of("code", reason.rule()), Optional.empty()))));
    }
    page.section(
        new DoorPage.Section(
            "reasons",
            words.text("door.admission.reasons"),
            items,
            List.of(),
            words.text("door.admission.noReasons")));
    // The door judges the person; the assessment judges the session. A host letting someone in
    // must still see what the assessment holds open about them, and whether the session itself
    // may run, or a clean "let in" reads as if all were well.
    if (assessment.decision() != Decision.GO) {
      page.remark(
          words.render(
              "door.admission.session." + assessment.decision().name(),
              Map.of(),
              Optional.empty()));
    }
    List<DoorPage.Item> openItems = new ArrayList<>();
    for (Finding finding : open) {
      openItems.add(
          new DoorPage.Item(
              words.codeTitle(finding.rule()),
              List.of(
                  new DoorPage.Fact(
                      words.text("door.admission.level"), words.label(finding.level())),
                  new DoorPage.Fact(
                      words.text("door.admission.action"), PlainWords.of(finding.action(), words))),
              List.of(PlainWords.of(finding.message(), words)),
              words.text("door.sources"),
              SourceText.cite(words, finding.sources()),
              Optional.of(
                  words.render("door.code", Map.of("code", finding.rule()), Optional.empty()))));
    }
    page.section(
        new DoorPage.Section(
            "open",
            words.render("door.admission.open", person, Optional.empty()),
            openItems,
            List.of(),
            ""));
    return page.numberSources(words.text("door.sources"));
  }
}
