package org.safeguarding.examples;

import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.plan.RoomState;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.examples.plans.ExamplePlans;
import org.safeguarding.rules.SafeguardingEngine;

/**
 * The waiting room of the youth club: p1, a 9-year-old, arrives while only the lead (s1) is in the
 * room and must wait; the host (s2) arrives and is let in; then p1 is let in.
 */
public final class AdmissionAtTheDoor {

  private AdmissionAtTheDoor() {}

  /**
   * Runs the youth club's waiting room and prints each verdict with its reasons.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    SessionPlan plan = ExamplePlans.load("youth-club");
    SafeguardingEngine engine = SafeguardingEngine.ukDefault();

    // The room, by id: who is in it now (and, with addRemoved, who has been removed). A live
    // system would keep this from the platform's events; RoomState is an immutable snapshot.
    RoomState leadOnly = RoomState.builder().addPresent("s1").build();

    // A child arrives first: two checked adults must be in the room before a vulnerable
    // participant comes in, so the host keeps them in the waiting room.
    print(leadOnly, engine.admit(plan, leadOnly, "p1"));

    // Staff go through the door too: the host is on the plan with the check their role needs.
    print(leadOnly, engine.admit(plan, leadOnly, "s2"));

    // With both adults in the room, the child may come in.
    RoomState bothAdults = RoomState.builder().addPresent("s1", "s2").build();
    print(bothAdults, engine.admit(plan, bothAdults, "p1"));
  }

  private static void print(RoomState room, Admission admission) {
    System.out.println(
        "in the room "
            + room.present()
            + ", at the door "
            + admission.person()
            + ": "
            + admission.verdict());
    // An ADMIT has no reasons; a WAIT or REFUSE gives every reason that applies, refusals first.
    for (AdmissionReason reason : admission.reasons()) {
      System.out.println("  " + reason.rule() + ": " + reason.message());
      System.out.println("    sources: " + String.join(", ", reason.sources()));
    }
  }
}
