package org.safeguarding.rules.internal.supervision;

import java.util.Collection;
import java.util.List;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.rulebook.RatioBand;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * Works out how many counted adults a session needs.
 *
 * <ul>
 *   <li>No vulnerable participants: the rulebook's figure for that (1 by default).
 *   <li>One-to-one: its own figure (1); its other safeguards are rules of their own.
 *   <li>A broadcast to vulnerable participants: its own figure (2).
 *   <li>An interactive group with vulnerable participants: the larger of the minimum (2) and the
 *       sum over the ratio bands of ⌈children in the band ÷ the band's ratio⌉, with adults at risk
 *       as a band of their own and children of unknown age in the strictest band. Each band is
 *       rounded up on its own, as the NSPCC table is read band by band.
 * </ul>
 */
public final class RequiredAdults {

  private RequiredAdults() {}

  /**
   * Works out the counted adults a session needs.
   *
   * @param facts the facts of the session
   * @param rulebook the rulebook
   * @return at least 1
   */
  public static int of(SessionFacts facts, Rulebook rulebook) {
    return of(facts, rulebook, facts.plan().participants(), facts.hasVulnerable());
  }

  /**
   * Works out the counted adults needed for some of a session's participants, such as those let in
   * from the waiting room so far, in the session's format and interaction.
   *
   * @param facts the facts of the session
   * @param rulebook the rulebook
   * @param participants some of the session's participants
   * @return at least 1
   */
  public static int forParticipants(
      SessionFacts facts, Rulebook rulebook, Collection<Participant> participants) {
    boolean vulnerable = false;
    for (Participant participant : participants) {
      vulnerable |= facts.isVulnerable(participant);
    }
    return of(facts, rulebook, participants, vulnerable);
  }

  private static int of(
      SessionFacts facts,
      Rulebook rulebook,
      Collection<Participant> participants,
      boolean vulnerable) {
    if (!vulnerable) {
      return rulebook.adultsWithoutVulnerable();
    }
    if (facts.isOneToOne()) {
      return rulebook.oneToOneAdults();
    }
    if (!facts.isInteractive()) {
      return rulebook.broadcastAdults();
    }
    List<RatioBand> bands = rulebook.ratioBands();
    int[] childrenByAge = new int[rulebook.adultAge()];
    int unknownAges = 0;
    int adultsAtRisk = 0;
    for (Participant participant : participants) {
      if (participant.age().isEmpty()) {
        unknownAges++;
      } else if (facts.isChild(participant)) {
        childrenByAge[participant.age().getAsInt()]++;
      } else if (facts.isAdultAtRisk(participant)) {
        adultsAtRisk++;
      }
    }
    RatioBand strictest = bands.get(0);
    for (RatioBand band : bands) {
      if (band.childrenPerAdult() < strictest.childrenPerAdult()) {
        strictest = band;
      }
    }
    int adults = ceilDiv(adultsAtRisk, rulebook.adultsAtRiskPerAdult());
    for (RatioBand band : bands) {
      int children = band == strictest ? unknownAges : 0;
      for (int age = band.fromAge(); age <= band.toAge(); age++) {
        children += childrenByAge[age];
      }
      adults += ceilDiv(children, band.childrenPerAdult());
    }
    return Math.max(rulebook.minimumAdults(), adults);
  }

  private static int ceilDiv(int count, int perAdult) {
    return (count + perAdult - 1) / perAdult;
  }
}
