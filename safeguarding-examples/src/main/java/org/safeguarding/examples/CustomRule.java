package org.safeguarding.examples;

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

/**
 * An organisation's own rule, added to the built-in ones: {@code LATE_SESSION_FOR_CHILDREN}, a
 * warning when a session with a participant under 16 ends after 21:00 in the rulebook's time zone.
 * It runs on the youth club as planned (it ends at 19:00, so the rule is silent) and on the same
 * club moved to 20:30 (it ends at 21:30, so the rule fires).
 */
public final class CustomRule {

  private CustomRule() {}

  /**
   * The organisation's rule. Stateless and thread-safe, as the engine requires: one engine runs it
   * for every assessment on every thread, so its settings are final and it keeps nothing between
   * runs.
   */
  static final class LateSessionForChildren implements Rule {

    /** The rule's code: its own, as the builder refuses a code another rule already reports. */
    static final String CODE = "LATE_SESSION_FOR_CHILDREN";

    private final LocalTime latestEnd;
    private final int underAge;
    private final RuleDescription description;

    /**
     * Creates the rule. A rulebook file holds only the numbers of the built-in rules, so an own
     * rule takes its numbers here.
     *
     * @param latestEnd the latest a session with young participants may end, in local time
     * @param underAge participants younger than this are young
     */
    LateSessionForChildren(LocalTime latestEnd, int underAge) {
      this.latestEnd = latestEnd;
      this.underAge = underAge;
      // The code, its level, what triggers it, what to do and the sources sit together, so that
      // the whole rule is on one screen; the engine's catalogue (engine.rules()) lists it too.
      this.description =
          RuleDescription.of(
              CODE,
              FindingLevel.WARNING,
              "A session with a participant under "
                  + underAge
                  + " (or of unknown age) ends after "
                  + latestEnd
                  + " in the rulebook's time zone.",
              "Finish the session earlier, or tell parents and carers when it ends.",
              "Friday Club online policy s4 (session times)");
    }

    @Override
    public String name() {
      return "late-session"; // a RULE_FAILED finding names the rule by this if it ever throws
    }

    @Override
    public List<RuleDescription> descriptions() {
      return List.of(description);
    }

    @Override
    public void evaluate(Evaluation evaluation) {
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
      evaluation.report(
          description,
          null, // about the whole session, not one person
          "the session ends at "
              + end.toLocalTime()
              + " "
              + end.getZone()
              + ", after "
              + latestEnd
              + ", and "
              + young
              + (young == 1 ? " participant is under " : " participants are under ")
              + underAge,
          "Finish the session by " + latestEnd + ", or tell parents and carers when it ends");
    }
  }

  /**
   * Assesses the youth club as planned and moved later, with the organisation's rule added, and
   * prints each decision and the rule's finding.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    // The builder starts from uk-default and every built-in rule; addRule runs ours after them.
    SafeguardingEngine engine =
        SafeguardingEngine.builder()
            .addRule(new LateSessionForChildren(LocalTime.of(21, 0), 16))
            .build();

    // The engine's catalogue lists the organisation's rule with the built-in ones.
    for (RuleDescription rule : engine.rules()) {
      if (rule.code().equals(LateSessionForChildren.CODE)) {
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

  private static void print(Assessment assessment) {
    System.out.println(assessment.planId() + ": " + assessment.decision());
    boolean fired = false;
    for (Finding finding : assessment.findings()) {
      if (finding.rule().equals(LateSessionForChildren.CODE)) {
        fired = true;
        System.out.println(
            "  " + finding.level() + " " + finding.rule() + ": " + finding.message());
        System.out.println("    what to do: " + finding.action());
        System.out.println("    sources: " + String.join(", ", finding.sources()));
      }
    }
    if (!fired) {
      System.out.println("  " + LateSessionForChildren.CODE + ": no finding");
    }
  }
}
