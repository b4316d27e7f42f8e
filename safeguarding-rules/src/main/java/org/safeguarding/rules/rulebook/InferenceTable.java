package org.safeguarding.rules.rulebook;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.safeguarding.core.plan.PlatformControl;

/**
 * The numbers behind the risks the engine infers from a plan's facts: added when the register has
 * no entry for a hazard, and a floor under an entry that rates the hazard lower. Likelihoods and
 * severities are levels 1 to 5; an inferred likelihood stays between 1 and 5.
 */
public final class InferenceTable {

  private final Set<PlatformControl> hijackControls;
  private final int hijackLikelihood;
  private final int hijackPerMissingControl;
  private final int hijackSeverity;
  private final int hijackSeverityWithVulnerable;
  private final int impersonationLikelihood;
  private final int impersonationLikelihoodOnPublicAccounts;
  private final int impersonationIfAnyoneUnregistered;
  private final int impersonationIfChildUnverifiedOnPublicAccounts;
  private final int impersonationStepDownIfAdministered;
  private final int impersonationSeverity;
  private final int distressLikelihood;
  private final int distressLikelihoodWithoutCover;
  private final int distressSeverity;

  InferenceTable(
      Set<PlatformControl> hijackControls,
      int hijackLikelihood,
      int hijackPerMissingControl,
      int hijackSeverity,
      int hijackSeverityWithVulnerable,
      int impersonationLikelihood,
      int impersonationLikelihoodOnPublicAccounts,
      int impersonationIfAnyoneUnregistered,
      int impersonationIfChildUnverifiedOnPublicAccounts,
      int impersonationStepDownIfAdministered,
      int impersonationSeverity,
      int distressLikelihood,
      int distressLikelihoodWithoutCover,
      int distressSeverity) {
    EnumSet<PlatformControl> controls = EnumSet.noneOf(PlatformControl.class);
    controls.addAll(hijackControls);
    this.hijackControls = Collections.unmodifiableSet(controls);
    this.hijackLikelihood = hijackLikelihood;
    this.hijackPerMissingControl = hijackPerMissingControl;
    this.hijackSeverity = hijackSeverity;
    this.hijackSeverityWithVulnerable = hijackSeverityWithVulnerable;
    this.impersonationLikelihood = impersonationLikelihood;
    this.impersonationLikelihoodOnPublicAccounts = impersonationLikelihoodOnPublicAccounts;
    this.impersonationIfAnyoneUnregistered = impersonationIfAnyoneUnregistered;
    this.impersonationIfChildUnverifiedOnPublicAccounts =
        impersonationIfChildUnverifiedOnPublicAccounts;
    this.impersonationStepDownIfAdministered = impersonationStepDownIfAdministered;
    this.impersonationSeverity = impersonationSeverity;
    this.distressLikelihood = distressLikelihood;
    this.distressLikelihoodWithoutCover = distressLikelihoodWithoutCover;
    this.distressSeverity = distressSeverity;
  }

  /** {@return SESSION_HIJACK: the controls whose absence each makes a hijack likelier} */
  public Set<PlatformControl> hijackControls() {
    return hijackControls;
  }

  /** {@return SESSION_HIJACK: the likelihood with every one of {@link #hijackControls()} set} */
  public int hijackLikelihood() {
    return hijackLikelihood;
  }

  /** {@return SESSION_HIJACK: what each missing control adds to the likelihood} */
  public int hijackPerMissingControl() {
    return hijackPerMissingControl;
  }

  /** {@return SESSION_HIJACK: the severity when nobody vulnerable takes part} */
  public int hijackSeverity() {
    return hijackSeverity;
  }

  /** {@return SESSION_HIJACK: the severity when vulnerable participants take part} */
  public int hijackSeverityWithVulnerable() {
    return hijackSeverityWithVulnerable;
  }

  /** {@return IMPERSONATION: the likelihood on platforms without public profiles} */
  public int impersonationLikelihood() {
    return impersonationLikelihood;
  }

  /** {@return IMPERSONATION: the likelihood on PERSISTENT_PUBLIC accounts} */
  public int impersonationLikelihoodOnPublicAccounts() {
    return impersonationLikelihoodOnPublicAccounts;
  }

  /** {@return IMPERSONATION: what it adds when anyone taking part is unregistered} */
  public int impersonationIfAnyoneUnregistered() {
    return impersonationIfAnyoneUnregistered;
  }

  /**
   * {@return IMPERSONATION: what it adds when a child on PERSISTENT_PUBLIC accounts is unverified}
   */
  public int impersonationIfChildUnverifiedOnPublicAccounts() {
    return impersonationIfChildUnverifiedOnPublicAccounts;
  }

  /**
   * {@return IMPERSONATION: what it takes off the likelihood when everyone taking part registered
   * beforehand and a counted adult other than the lead administers the session (a HOST or
   * CO_FACILITATOR who can check that webcams match accounts); the likelihood stays at least 1}
   */
  public int impersonationStepDownIfAdministered() {
    return impersonationStepDownIfAdministered;
  }

  /** {@return IMPERSONATION: the severity} */
  public int impersonationSeverity() {
    return impersonationSeverity;
  }

  /**
   * {@return PARTICIPANT_DISTRESS: the likelihood with enough support staff to cover a distressed
   * person}
   */
  public int distressLikelihood() {
    return distressLikelihood;
  }

  /** {@return PARTICIPANT_DISTRESS: the likelihood with fewer support staff than that} */
  public int distressLikelihoodWithoutCover() {
    return distressLikelihoodWithoutCover;
  }

  /** {@return PARTICIPANT_DISTRESS: the severity} */
  public int distressSeverity() {
    return distressSeverity;
  }
}
