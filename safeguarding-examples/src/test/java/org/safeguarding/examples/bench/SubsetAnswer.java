package org.safeguarding.examples.bench;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.risk.RiskBand;

/**
 * What one run of the common rule subset says about a plan, in a form the three implementations can
 * be compared by: ids sorted, the risk bands by id.
 *
 * <p>Public, with a public builder, because Drools' generated rule classes live in another class
 * loader and reach it through the {@code answer} global.
 *
 * @param parentalConsent participants who need a parent's or carer's consent: under the age of
 *     digital consent, or of unknown age
 * @param consentMissing those of them with no parental consent given and none withdrawn ({@code
 *     CONSENT_MISSING})
 * @param consentWithdrawn those of them whose consent was withdrawn on or before the session date
 *     and not given again since ({@code CONSENT_WITHDRAWN})
 * @param requiredAdults the counted adults the session needs
 * @param countedAdults the staff who count: not under the adult age, with a check issued by the
 *     session date
 * @param supervisionShortfall whether fewer adults count than are required ({@code
 *     SUPERVISION_SHORTFALL})
 * @param riskBands the band of each declared risk's current rating, by risk id
 * @param riskExtreme the declared risks whose current rating is EXTREME ({@code RISK_EXTREME})
 */
public record SubsetAnswer(
    List<String> parentalConsent,
    List<String> consentMissing,
    List<String> consentWithdrawn,
    int requiredAdults,
    int countedAdults,
    boolean supervisionShortfall,
    SortedMap<String, RiskBand> riskBands,
    List<String> riskExtreme) {

  /** Copies every collection, sorted and unmodifiable. */
  public SubsetAnswer {
    parentalConsent = sorted(parentalConsent);
    consentMissing = sorted(consentMissing);
    consentWithdrawn = sorted(consentWithdrawn);
    riskBands = Collections.unmodifiableSortedMap(new TreeMap<>(riskBands));
    riskExtreme = sorted(riskExtreme);
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  private static List<String> sorted(Collection<String> ids) {
    return List.copyOf(new TreeSet<>(ids));
  }

  /**
   * Collects an answer as rules fire. Reporting the same id twice to a set is harmless (a rule may
   * match twice); giving a figure or a risk's band twice, differently, is a bug in the rules, and
   * throws.
   */
  public static final class Builder {

    private final TreeSet<String> parentalConsent = new TreeSet<>();
    private final TreeSet<String> consentMissing = new TreeSet<>();
    private final TreeSet<String> consentWithdrawn = new TreeSet<>();
    private @Nullable Integer requiredAdults;
    private @Nullable Integer countedAdults;
    private boolean supervisionShortfall;
    private final TreeMap<String, RiskBand> riskBands = new TreeMap<>();
    private final TreeSet<String> riskExtreme = new TreeSet<>();

    private Builder() {}

    /** Records that a participant needs a parent's or carer's consent. */
    public void parentalConsent(String participant) {
      parentalConsent.add(participant);
    }

    /** Records a {@code CONSENT_MISSING} finding. */
    public void consentMissing(String participant) {
      consentMissing.add(participant);
    }

    /** Records a {@code CONSENT_WITHDRAWN} finding. */
    public void consentWithdrawn(String participant) {
      consentWithdrawn.add(participant);
    }

    /**
     * Records the required adults.
     *
     * @throws IllegalStateException if a different figure was already recorded
     */
    public void requiredAdults(int adults) {
      requiredAdults = once("required adults", requiredAdults, adults);
    }

    /**
     * Records the counted adults.
     *
     * @throws IllegalStateException if a different figure was already recorded
     */
    public void countedAdults(int adults) {
      countedAdults = once("counted adults", countedAdults, adults);
    }

    /** Records a {@code SUPERVISION_SHORTFALL} finding. */
    public void supervisionShortfall() {
      supervisionShortfall = true;
    }

    /**
     * Records a declared risk's band.
     *
     * @throws IllegalStateException if a different band was already recorded for the risk
     */
    public void riskBand(String risk, RiskBand band) {
      RiskBand earlier = riskBands.putIfAbsent(risk, band);
      if (earlier != null && earlier != band) {
        throw new IllegalStateException(
            "risk " + risk + " was already banded " + earlier + ", not " + band);
      }
    }

    /** Records a {@code RISK_EXTREME} finding. */
    public void riskExtreme(String risk) {
      riskExtreme.add(risk);
    }

    /**
     * Builds the answer.
     *
     * @throws IllegalStateException if the required or counted adults were never recorded
     */
    public SubsetAnswer build() {
      if (requiredAdults == null || countedAdults == null) {
        throw new IllegalStateException(
            "required adults ("
                + requiredAdults
                + ") and counted adults ("
                + countedAdults
                + ") must both be recorded");
      }
      return new SubsetAnswer(
          List.copyOf(parentalConsent),
          List.copyOf(consentMissing),
          List.copyOf(consentWithdrawn),
          requiredAdults,
          countedAdults,
          supervisionShortfall,
          riskBands,
          List.copyOf(riskExtreme));
    }

    private static Integer once(String figure, @Nullable Integer earlier, int adults) {
      if (earlier != null && earlier != adults) {
        throw new IllegalStateException(figure + " were already " + earlier + ", not " + adults);
      }
      return adults;
    }
  }
}
