package org.safeguarding.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Finding;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * An organisation's own rulebook: the same rules, judged by its own numbers. The bundled {@code
 * three-adults-online} rulebook is a layer: {@code "basedOn": "uk-default"}, its own name and
 * version, and its one change, {@code supervision.minimumAdults} 3, as the Scouts recommend three
 * adults online. Everything else is {@code uk-default}'s, and every assessment names both. The
 * youth club, run by two checked adults, is fine by {@code uk-default} and not by it.
 *
 * <p>The same layer in Java: {@code Rulebook.builder().from(Rulebook.ukDefault()).basedOn(
 * Rulebook.ukDefault().id()).name("three-adults-online").version("1.0").minimumAdults(3).build()}.
 *
 * <p>Run it with no arguments for the bundled rulebook, or with the path of a rulebook's JSON.
 */
public final class CustomRulebook {

  /** The bundled rulebook, next to this class. */
  static final String BUNDLED = "rulebooks/three-adults-online.json";

  private CustomRulebook() {}

  /**
   * Assesses the youth-club plan by {@code uk-default} and by another rulebook, and prints both
   * decisions and the other rulebook's supervision finding.
   *
   * @param args the path of a rulebook's JSON, or nothing for the bundled one
   */
  public static void main(String[] args) {
    // Reading is strict: a misspelt field or a gap in the ratio bands is an
    // InvalidRulebookException listing every problem with its JSON path, never a silent default.
    Rulebook ours = args.length > 0 ? Rulebook.read(Path.of(args[0])) : bundled();

    // The builder starts from uk-default and the built-in rules; only the numbers change.
    SafeguardingEngine ukDefault = SafeguardingEngine.ukDefault();
    SafeguardingEngine engine = SafeguardingEngine.builder().rulebook(ours).build();

    SessionPlan plan = ExamplePlans.load("youth-club");
    print(ukDefault.assess(plan));
    print(engine.assess(plan));
  }

  private static void print(Assessment assessment) {
    // Every assessment names the rulebook it was made with, and a layer's base, so a decision can
    // be traced to its numbers.
    System.out.println(assessment.rulebook() + ": " + assessment.decision());
    assessment
        .supervision()
        .ifPresent(
            supervision ->
                System.out.println(
                    "  adults required "
                        + supervision.requiredAdults()
                        + ", counted "
                        + supervision.countedAdults()));
    for (Finding finding : assessment.findings()) {
      if (finding.rule().equals("SUPERVISION_SHORTFALL")) {
        System.out.println(
            "  " + finding.level() + " " + finding.rule() + ": " + finding.message());
        System.out.println("    what to do: " + finding.action());
        System.out.println("    sources: " + String.join(", ", finding.sources()));
      }
    }
  }

  private static Rulebook bundled() {
    // Rulebook.read(InputStream) does not close the stream, so close it here.
    try (InputStream json = CustomRulebook.class.getResourceAsStream(BUNDLED)) {
      if (json == null) {
        throw new IllegalStateException("the rulebook " + BUNDLED + " is missing from the jar");
      }
      return Rulebook.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rulebook " + BUNDLED, e);
    }
  }
}
