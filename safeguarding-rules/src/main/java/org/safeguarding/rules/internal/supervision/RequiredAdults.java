package org.safeguarding.rules.internal.supervision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

  /** Which figure a session's number of counted adults comes from. */
  public enum Basis {
    /** No vulnerable participants: the rulebook's figure for that. */
    NO_VULNERABLE,
    /** A one-to-one session: its own figure. */
    ONE_TO_ONE,
    /** A broadcast to vulnerable participants: its own figure. */
    BROADCAST,
    /** An interactive group with vulnerable participants: the ratio table, at least the minimum. */
    RATIO
  }

  /**
   * One term of the ratio's sum: children in an age band (with {@code unknownAges} of unknown age
   * among them, in the strictest band), or adults at risk when {@code band} is empty, and the
   * adults they need, rounded up on its own.
   */
  public record Share(
      Optional<RatioBand> band, int participants, int unknownAges, int perAdult, int adults) {}

  /**
   * How the number of counted adults was worked out, for a reader to check it: the figure it came
   * from, the ratio's terms (for {@link Basis#RATIO}; empty otherwise), the minimum, and the
   * result.
   */
  public record Workings(Basis basis, List<Share> shares, int minimum, int required) {}

  /**
   * Shows how {@link #of(SessionFacts, Rulebook)} reaches its number.
   *
   * @param facts the facts of the session
   * @param rulebook the rulebook
   * @return the workings, whose {@code required} is {@link #of(SessionFacts, Rulebook)}
   */
  public static Workings workings(SessionFacts facts, Rulebook rulebook) {
    return workings(facts, rulebook, facts.plan().participants(), facts.hasVulnerable());
  }

  private static int of(
      SessionFacts facts,
      Rulebook rulebook,
      Collection<Participant> participants,
      boolean vulnerable) {
    return workings(facts, rulebook, participants, vulnerable).required();
  }

  private static Workings workings(
      SessionFacts facts,
      Rulebook rulebook,
      Collection<Participant> participants,
      boolean vulnerable) {
    if (!vulnerable) {
      int adults = rulebook.adultsWithoutVulnerable();
      return new Workings(Basis.NO_VULNERABLE, List.of(), adults, adults);
    }
    if (facts.isOneToOne()) {
      int adults = rulebook.oneToOneAdults();
      return new Workings(Basis.ONE_TO_ONE, List.of(), adults, adults);
    }
    if (!facts.isInteractive()) {
      int adults = rulebook.broadcastAdults();
      return new Workings(Basis.BROADCAST, List.of(), adults, adults);
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
    List<Share> shares = new ArrayList<>();
    int adults = 0;
    for (RatioBand band : bands) {
      int unknown = band == strictest ? unknownAges : 0;
      int children = unknown;
      for (int age = band.fromAge(); age <= band.toAge(); age++) {
        children += childrenByAge[age];
      }
      int needed = ceilDiv(children, band.childrenPerAdult());
      adults += needed;
      if (children > 0) {
        shares.add(
            new Share(Optional.of(band), children, unknown, band.childrenPerAdult(), needed));
      }
    }
    int forAdultsAtRisk = ceilDiv(adultsAtRisk, rulebook.adultsAtRiskPerAdult());
    adults += forAdultsAtRisk;
    if (adultsAtRisk > 0) {
      shares.add(
          new Share(
              Optional.empty(), adultsAtRisk, 0, rulebook.adultsAtRiskPerAdult(), forAdultsAtRisk));
    }
    return new Workings(
        Basis.RATIO,
        List.copyOf(shares),
        rulebook.minimumAdults(),
        Math.max(rulebook.minimumAdults(), adults));
  }

  private static int ceilDiv(int count, int perAdult) {
    return (count + perAdult - 1) / perAdult;
  }
}
