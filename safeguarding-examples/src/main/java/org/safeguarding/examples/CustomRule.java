package org.safeguarding.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.Setting;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * An organisation's own rule, added to the built-in ones: {@code LATE_SESSION_FOR_CHILDREN}, a
 * warning when a session with a young participant ends after the organisation's latest time in the
 * rulebook's time zone. Its numbers live in the rulebook, not the code: the bundled {@code
 * friday-club} rulebook is {@code uk-default} plus an {@code extensions} section giving the rule
 * its latest end (21:00) and the age under which a participant is young (16). It runs on the youth
 * club as planned (it ends at 19:00, so the rule is silent) and on the same club moved to 20:30 (it
 * ends at 21:30, so the rule fires).
 */
public final class CustomRule {

  /** The rule's code: its own, as the builder refuses a code another rule already reports. */
  static final String CODE = "LATE_SESSION_FOR_CHILDREN";

  /** The bundled rulebook with the rule's settings, next to this class. */
  static final String RULEBOOK = "rulebooks/late-session.json";

  /** The latest a session with young participants may end, in local time. */
  static final Setting<LocalTime> LATEST_END = Setting.timeOfDay("latestEnd");

  /** Participants younger than this are young. */
  static final Setting<Integer> UNDER_AGE = Setting.wholeNumber("underAge", 1, 18);

  // The code, its level, what triggers it, what to do and the sources sit together, so that the
  // whole rule is on one screen; the engine's catalogue (engine.rules()) lists it too.
  static final RuleDescription LATE_SESSION =
      RuleDescription.of(
          CODE,
          FindingLevel.WARNING,
          "A session with a participant under the rulebook's age (or of unknown age) ends after the"
              + " rulebook's latest time, in the rulebook's time zone.",
          "Finish the session earlier, or tell parents and carers when it ends.",
          "Friday Club online policy s4 (session times)");

  /**
   * The organisation's rule. The check keeps nothing between runs, as the engine requires: one
   * engine runs it for every assessment on every thread. Its settings sit in the rulebook under the
   * rule's name ({@code extensions.late-session}); the engine reads and checks them when it is
   * built.
   */
  static final Rule LATE_SESSION_FOR_CHILDREN =
      Rule.of(
          "late-session", List.of(LATE_SESSION), List.of(LATEST_END, UNDER_AGE), CustomRule::check);

  private CustomRule() {}

  private static void check(Evaluation evaluation) {
    LocalTime latestEnd = evaluation.setting(LATEST_END);
    int underAge = evaluation.setting(UNDER_AGE);
    SessionPlan plan = evaluation.plan();
    // Judge the time where the session happens: the rulebook's zone (Europe/London for
    // uk-default), the same zone the engine judges dates in.
    Instant endInstant = plan.start().plusSeconds(60L * plan.durationMinutes());
    ZonedDateTime end = endInstant.atZone(evaluation.rulebook().timeZone());
    boolean late =
        end.toLocalDate().isAfter(evaluation.asOf()) || end.toLocalTime().isAfter(latestEnd);
    if (!late) {
      return;
    }
    // Read an unknown age the protective way, as the built-in rules do: as a young child.
    int young = 0;
    for (Participant participant : plan.participants()) {
      if (participant.age().isEmpty() || participant.age().getAsInt() < underAge) {
        young++;
      }
    }
    if (young == 0) {
      return;
    }
    // Messages go to logs and reports: count people, or name them by id, never by free text.
    // Without about(...), the finding is about the whole session.
    evaluation
        .report(LATE_SESSION)
        .message(
            "the session ends at "
                + end.toLocalTime()
                + " "
                + end.getZone()
                + ", after "
                + latestEnd
                + ", and "
                + young
                + (young == 1 ? " participant is under " : " participants are under ")
                + underAge)
        .action("Finish the session by " + latestEnd + ", or tell parents and carers when it ends");
  }

  /**
   * Assesses the youth club as planned and moved later, with the organisation's rule added, and
   * prints each decision and the rule's finding.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    // The builder starts from the built-in rules; addRule runs ours after them, and build() reads
    // its settings from the rulebook's extensions (a missing or misspelt one is refused there).
    SafeguardingEngine engine =
        SafeguardingEngine.builder()
            .rulebook(rulebook())
            .addRule(LATE_SESSION_FOR_CHILDREN)
            .build();

    // The engine's catalogue lists the organisation's rule with the built-in ones.
    for (RuleDescription rule : engine.rules()) {
      if (rule.code().equals(CODE)) {
        System.out.println(rule.code() + " " + rule.levels() + ": " + rule.trigger());
      }
    }

    SessionPlan evening = ExamplePlans.load("youth-club");
    // Plans are immutable: to move the session, build a copy with a new start (and its own id).
    SessionPlan late =
        SessionPlan.builder()
            .from(evening)
            .id("youth-club-late")
            .start(Instant.parse("2026-12-04T20:30:00Z"))
            .build();

    print(engine.assess(evening));
    print(engine.assess(late));
  }

  /** {@return the bundled rulebook that gives the rule its numbers} */
  static Rulebook rulebook() {
    // Rulebook.read(InputStream) does not close the stream, so close it here.
    try (InputStream json = CustomRule.class.getResourceAsStream(RULEBOOK)) {
      if (json == null) {
        throw new IllegalStateException("the rulebook " + RULEBOOK + " is missing from the jar");
      }
      return Rulebook.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rulebook " + RULEBOOK, e);
    }
  }

  private static void print(Assessment assessment) {
    System.out.println(assessment.planId() + ": " + assessment.decision());
    boolean fired = false;
    for (Finding finding : assessment.findings()) {
      if (finding.rule().equals(CODE)) {
        fired = true;
        System.out.println(
            "  " + finding.level() + " " + finding.rule() + ": " + finding.message());
        System.out.println("    what to do: " + finding.action());
        System.out.println("    sources: " + String.join(", ", finding.sources()));
      }
    }
    if (!fired) {
      System.out.println("  " + CODE + ": no finding");
    }
  }
}
