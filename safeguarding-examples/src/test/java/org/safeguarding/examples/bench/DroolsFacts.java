package org.safeguarding.examples.bench;

import org.safeguarding.core.risk.RiskBand;

/**
 * The facts {@code subset.drl} reasons over: the plan's people, consents and risks as JavaBeans,
 * and the rulebook's numbers as reference facts, the way Drools rules are usually fed. Dates are
 * epoch days, so that rules compare them with {@code <=}.
 *
 * <p>Public, with public getters, because Drools' generated classes read them from another class
 * loader.
 */
public final class DroolsFacts {

  private DroolsFacts() {}

  /** The session date (an epoch day in the rulebook's time zone) and the rulebook's figures. */
  public static final class SettingsFact {
    private final long asOfDay;
    private final int digitalConsentAge;
    private final int adultAge;
    private final int minimumAdults;
    private final int adultsAtRiskPerAdult;
    private final int adultsWithoutVulnerable;

    /** Creates the settings of one session. */
    public SettingsFact(
        long asOfDay,
        int digitalConsentAge,
        int adultAge,
        int minimumAdults,
        int adultsAtRiskPerAdult,
        int adultsWithoutVulnerable) {
      this.asOfDay = asOfDay;
      this.digitalConsentAge = digitalConsentAge;
      this.adultAge = adultAge;
      this.minimumAdults = minimumAdults;
      this.adultsAtRiskPerAdult = adultsAtRiskPerAdult;
      this.adultsWithoutVulnerable = adultsWithoutVulnerable;
    }

    public long getAsOfDay() {
      return asOfDay;
    }

    public int getDigitalConsentAge() {
      return digitalConsentAge;
    }

    public int getAdultAge() {
      return adultAge;
    }

    public int getMinimumAdults() {
      return minimumAdults;
    }

    public int getAdultsAtRiskPerAdult() {
      return adultsAtRiskPerAdult;
    }

    public int getAdultsWithoutVulnerable() {
      return adultsWithoutVulnerable;
    }
  }

  /** One row of the rulebook's ratio table, numbered in the table's order. */
  public static final class RatioBandFact {
    private final int index;
    private final int fromAge;
    private final int toAge;
    private final int childrenPerAdult;

    /** Creates a row. */
    public RatioBandFact(int index, int fromAge, int toAge, int childrenPerAdult) {
      this.index = index;
      this.fromAge = fromAge;
      this.toAge = toAge;
      this.childrenPerAdult = childrenPerAdult;
    }

    public int getIndex() {
      return index;
    }

    public int getFromAge() {
      return fromAge;
    }

    public int getToAge() {
      return toAge;
    }

    public int getChildrenPerAdult() {
      return childrenPerAdult;
    }
  }

  /** One row of the rulebook's risk band table: scores {@code lowest} to {@code highest}. */
  public static final class BandRowFact {
    private final int lowest;
    private final int highest;
    private final RiskBand band;

    /** Creates a row. */
    public BandRowFact(int lowest, int highest, RiskBand band) {
      this.lowest = lowest;
      this.highest = highest;
      this.band = band;
    }

    public int getLowest() {
      return lowest;
    }

    public int getHighest() {
      return highest;
    }

    public RiskBand getBand() {
      return band;
    }
  }

  /** A participant: their age, when known, and whether they are at risk. */
  public static final class ParticipantFact {
    private final String id;
    private final boolean ageKnown;
    private final int age;
    private final boolean atRisk;

    /** Creates a participant; {@code age} is ignored unless {@code ageKnown}. */
    public ParticipantFact(String id, boolean ageKnown, int age, boolean atRisk) {
      this.id = id;
      this.ageKnown = ageKnown;
      this.age = age;
      this.atRisk = atRisk;
    }

    public String getId() {
      return id;
    }

    public boolean isAgeKnown() {
      return ageKnown;
    }

    public int getAge() {
      return age;
    }

    public boolean isAtRisk() {
      return atRisk;
    }
  }

  /** One of a participant's consents. */
  public static final class ConsentFact {
    /** The withdrawal day of a consent never withdrawn: later than every session. */
    public static final long NEVER = Long.MAX_VALUE;

    private final String participant;
    private final boolean parentOrCarer;
    private final boolean participation;
    private final boolean confirmed;
    private final long givenDay;
    private final long withdrawnDay;

    /**
     * Creates a consent; {@code confirmed} when its verification is one the rulebook counts for a
     * parent's or carer's consent; {@code withdrawnDay} is {@link #NEVER} when it was not
     * withdrawn.
     */
    public ConsentFact(
        String participant,
        boolean parentOrCarer,
        boolean participation,
        boolean confirmed,
        long givenDay,
        long withdrawnDay) {
      this.participant = participant;
      this.parentOrCarer = parentOrCarer;
      this.participation = participation;
      this.confirmed = confirmed;
      this.givenDay = givenDay;
      this.withdrawnDay = withdrawnDay;
    }

    public String getParticipant() {
      return participant;
    }

    public boolean isParentOrCarer() {
      return parentOrCarer;
    }

    public boolean isParticipation() {
      return participation;
    }

    public boolean isConfirmed() {
      return confirmed;
    }

    public long getGivenDay() {
      return givenDay;
    }

    public long getWithdrawnDay() {
      return withdrawnDay;
    }
  }

  /**
   * A member of staff: their age, when known, and the issue day of a check under a scheme accepted
   * in the jurisdiction, if they have one.
   */
  public static final class StaffFact {
    private final String id;
    private final boolean ageKnown;
    private final int age;
    private final boolean checked;
    private final long checkIssuedDay;

    /** Creates a member of staff; {@code age} and {@code checkIssuedDay} count only when known. */
    public StaffFact(String id, boolean ageKnown, int age, boolean checked, long checkIssuedDay) {
      this.id = id;
      this.ageKnown = ageKnown;
      this.age = age;
      this.checked = checked;
      this.checkIssuedDay = checkIssuedDay;
    }

    public String getId() {
      return id;
    }

    public boolean isAgeKnown() {
      return ageKnown;
    }

    public int getAge() {
      return age;
    }

    public boolean isChecked() {
      return checked;
    }

    public long getCheckIssuedDay() {
      return checkIssuedDay;
    }
  }

  /** A declared risk: its inherent rating, and its residual rating when given. */
  public static final class RiskFact {
    private final String id;
    private final int likelihood;
    private final int severity;
    private final boolean residualGiven;
    private final int residualLikelihood;
    private final int residualSeverity;

    /** Creates a risk; the residual levels count only when {@code residualGiven}. */
    public RiskFact(
        String id,
        int likelihood,
        int severity,
        boolean residualGiven,
        int residualLikelihood,
        int residualSeverity) {
      this.id = id;
      this.likelihood = likelihood;
      this.severity = severity;
      this.residualGiven = residualGiven;
      this.residualLikelihood = residualLikelihood;
      this.residualSeverity = residualSeverity;
    }

    public String getId() {
      return id;
    }

    public int getLikelihood() {
      return likelihood;
    }

    public int getSeverity() {
      return severity;
    }

    public boolean isResidualGiven() {
      return residualGiven;
    }

    public int getResidualLikelihood() {
      return residualLikelihood;
    }

    public int getResidualSeverity() {
      return residualSeverity;
    }
  }
}
