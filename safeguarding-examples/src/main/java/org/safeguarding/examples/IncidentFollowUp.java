package org.safeguarding.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.Incident;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponsePlan;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.SafeguardingEngine;

/**
 * After an incident at the youth club: p3 became distressed at 18:20 and the host (s2) removed them
 * from the session. The engine lists what must happen now, who owns each action and when it is due,
 * the most urgent first.
 *
 * <p>Run it with no arguments for the bundled incident, or with the path of an incident's JSON
 * about the youth-club plan.
 */
public final class IncidentFollowUp {

  /** The bundled incident, next to this class. */
  static final String BUNDLED = "incidents/youth-club-distress.json";

  private IncidentFollowUp() {}

  /**
   * Works out the response to an incident at the youth club and prints each action in order.
   *
   * @param args the path of an incident's JSON, or nothing for the bundled one
   */
  public static void main(String[] args) {
    SessionPlan plan = ExamplePlans.load("youth-club");
    SafeguardingEngine engine = SafeguardingEngine.ukDefault();

    // The incident as a form or a case system would send it; in Java the same is
    // Incident.builder().id("i1").participant("p3").kind(IncidentKind.DISTRESS).removed(true)...
    Incident incident =
        args.length > 0 ? SafeguardingJson.INCIDENT.read(Path.of(args[0])) : bundled();

    // Deadlines are rulebook data. Every incident gets a response: an id it names that is not on
    // the plan (a sibling on camera, cover staff) is kept, and the response notes what was done.
    ResponsePlan response = engine.respond(plan, incident);

    // A due time is an instant; show it in the rulebook's zone too, for the people doing it.
    ZoneId zone = engine.rulebook().timeZone();
    DateTimeFormatter local = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);
    System.out.println("incident " + response.incident() + ", " + zone + " time:");
    for (PlannedAction action : response.actions()) {
      // The owner is a staff id, a role (SAFEGUARDING_LEAD) when nobody on the plan holds it, or
      // the handler's own id (NOT_ON_PLAN) when the plan's staff does not hold them.
      System.out.println(
          action.due()
              + "  "
              + local.format(action.due().atZone(zone))
              + "  "
              + action.action()
              + ", owner "
              + action.owner()
              + " ("
              + action.ownerType()
              + ")");
      System.out.println("    " + action.message());
    }
    for (String note : response.notes()) {
      System.out.println("note: " + note);
    }
  }

  private static Incident bundled() {
    try (InputStream json = IncidentFollowUp.class.getResourceAsStream(BUNDLED)) {
      if (json == null) {
        throw new IllegalStateException("the incident " + BUNDLED + " is missing from the jar");
      }
      return SafeguardingJson.INCIDENT.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the incident " + BUNDLED, e);
    }
  }
}
