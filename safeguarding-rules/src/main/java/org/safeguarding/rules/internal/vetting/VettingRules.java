package org.safeguarding.rules.internal.vetting;

import static org.safeguarding.core.assessment.FindingLevel.BLOCKER;
import static org.safeguarding.core.assessment.FindingLevel.WARNING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.safeguarding.core.plan.Check;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.FindingCodes;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.Sources;
import org.safeguarding.rules.rulebook.Rulebook;

/** The vetting rules, which apply only when vulnerable participants take part. */
public final class VettingRules implements Rule {

  static final RuleDescription STAFF_CHECK_MISSING =
      RuleDescription.of(
          FindingCodes.STAFF_CHECK_MISSING,
          BLOCKER,
          "A member of staff has no criminal-records check issued on or before the session date.",
          "Do not let them work with the participants until their check comes through.",
          Sources.CONSENT_AND_RECRUITMENT_GUIDE,
          Sources.DBS,
          Sources.ACCESSNI,
          Sources.DISCLOSURE_SCOTLAND_PVG);

  static final RuleDescription STAFF_CHECK_INSUFFICIENT =
      RuleDescription.of(
          FindingCodes.STAFF_CHECK_INSUFFICIENT,
          BLOCKER,
          "A member of staff's check is below the level the rulebook sets for their roles, the"
              + " audience (children or adults at risk) and how often the session runs; PVG"
              + " membership counts as ENHANCED_BARRED, a member of staff with no role is judged by"
              + " the strictest role, and so is a volunteer with nobody to supervise them (no other"
              + " checked adult in a role other than volunteer or external tutor whose own check is"
              + " sufficient). Or the rulebook requires a scheme for the jurisdiction and frequency"
              + " (by default PVG scheme membership for regulated work in Scotland: a regular"
              + " session with children or adults at risk) and the check is of another scheme, or"
              + " older than the scheme's period, so the membership has lapsed.",
          "Obtain a check of the required level before they work with the participants.",
          Sources.DBS,
          Sources.ACCESSNI,
          Sources.DISCLOSURE_SCOTLAND_PVG,
          Sources.CONSENT_AND_RECRUITMENT_GUIDE);

  static final RuleDescription STAFF_CHECK_WRONG_SCHEME =
      RuleDescription.of(
          FindingCodes.STAFF_CHECK_WRONG_SCHEME,
          BLOCKER,
          "A member of staff's check is from a scheme that does not apply in the service's"
              + " jurisdiction (DBS in England and Wales, AccessNI in Northern Ireland, Disclosure"
              + " Scotland or PVG in Scotland, by default). Such a check is read as no check: its"
              + " holder counts towards no ratio and is not let in while vulnerable participants"
              + " are expected.",
          "Obtain a check from the jurisdiction's scheme.",
          Sources.DBS,
          Sources.ACCESSNI,
          Sources.DISCLOSURE_SCOTLAND_PVG);

  static final RuleDescription STAFF_CHECK_STALE =
      RuleDescription.of(
          FindingCodes.STAFF_CHECK_STALE,
          WARNING,
          "A member of staff's check was issued longer ago than the rulebook's re-check period for"
              + " its scheme.",
          "Renew the check.",
          Sources.DBS,
          Sources.DISCLOSURE_SCOTLAND_PVG,
          Sources.CONSENT_AND_RECRUITMENT_GUIDE);

  static final RuleDescription STAFF_TRAINING_MISSING =
      RuleDescription.of(
          FindingCodes.STAFF_TRAINING_MISSING,
          WARNING,
          "A member of staff has no safeguarding training completed by the session date, or it is"
              + " older than the rulebook's training period.",
          "Have them complete safeguarding training before the session.",
          Sources.CONSENT_AND_RECRUITMENT_GUIDE,
          Sources.PLATFORM_QUESTIONS_GUIDE);

  static final RuleDescription STAFF_PERSONAL_ACCOUNT =
      RuleDescription.of(
          FindingCodes.STAFF_PERSONAL_ACCOUNT,
          WARNING,
          "A member of staff uses a personal account rather than the organisation's.",
          "Have them use an organisation account, never a personal profile, email or phone.",
          Sources.PLATFORM_QUESTIONS_GUIDE,
          Sources.CONSENT_AND_RECRUITMENT_GUIDE);

  private static final List<RuleDescription> DESCRIPTIONS =
      List.of(
          STAFF_CHECK_MISSING,
          STAFF_CHECK_INSUFFICIENT,
          STAFF_CHECK_WRONG_SCHEME,
          STAFF_CHECK_STALE,
          STAFF_TRAINING_MISSING,
          STAFF_PERSONAL_ACCOUNT);

  /** Creates the rule. */
  public VettingRules() {}

  @Override
  public String name() {
    return "vetting";
  }

  @Override
  public List<RuleDescription> descriptions() {
    return DESCRIPTIONS;
  }

  @Override
  public void evaluate(Evaluation evaluation) {
    SessionFacts facts = evaluation.facts();
    if (!facts.hasVulnerable()) {
      return;
    }
    CheckRequirements requirements = CheckRequirements.of(facts, evaluation.rulebook());
    for (StaffMember member : evaluation.plan().staff()) {
      check(evaluation, member, requirements);
      training(evaluation, member);
      if (!member.organisationAccount()) {
        evaluation
            .report(STAFF_PERSONAL_ACCOUNT)
            .about(member.id())
            .with("staff", member.id())
            .worded();
      }
    }
  }

  private static void check(
      Evaluation evaluation, StaffMember member, CheckRequirements requirements) {
    String id = member.id();
    if (member.check().isEmpty() || member.check().get().issued().isAfter(evaluation.asOf())) {
      evaluation
          .report(STAFF_CHECK_MISSING)
          .about(id)
          .with("staff", id)
          .worded(member.check().isEmpty() ? null : "notYet");
      return;
    }
    Check check = member.check().get();
    Rulebook rulebook = evaluation.rulebook();
    Set<CheckScheme> accepted =
        rulebook.acceptedSchemes(evaluation.plan().service().jurisdiction());
    if (!accepted.contains(check.scheme())) {
      // Another nation's check is no check here (SessionFacts reads it so): it is the blocker,
      // and its level and age say nothing more.
      Set<CheckScheme> needed =
          requirements.requiredSchemes().isEmpty() ? accepted : requirements.requiredSchemes();
      evaluation
          .report(STAFF_CHECK_WRONG_SCHEME)
          .about(id)
          .with("staff", id)
          .with("scheme", check.scheme())
          .with("jurisdiction", evaluation.plan().service().jurisdiction())
          .with("schemes", names(needed))
          .worded();
      return;
    }
    boolean unsupervisedVolunteer = requirements.isUnsupervisedVolunteer(member);
    CheckLevel required = requirements.required(member);
    CheckLevel held = CheckRequirements.held(check);
    boolean shortOfLevel = !held.isAtLeast(required);
    Set<CheckScheme> schemes = requirements.requiredSchemes();
    boolean shortOfScheme = !requirements.meetsScheme(member);
    // A required scheme's check that has lapsed is insufficient: it is not also stale.
    boolean lapsed = shortOfScheme && schemes.contains(check.scheme());
    if (shortOfLevel || shortOfScheme) {
      Evaluation.Report report =
          evaluation.report(STAFF_CHECK_INSUFFICIENT).about(id).with("staff", id);
      if (shortOfLevel) {
        report
            .with("held", held)
            .with("required", required)
            .with("neededBy", unsupervisedVolunteer ? "UNSUPERVISED_VOLUNTEER" : "ROLE");
      }
      if (shortOfScheme) {
        report
            .with("schemeShortfall", lapsed ? "LAPSED" : "OTHER_SCHEME")
            .with("scheme", check.scheme())
            .with("issued", check.issued())
            .with("validYears", rulebook.checkValidYears(check.scheme()))
            .with("frequency", evaluation.plan().service().frequency())
            .with("jurisdiction", evaluation.plan().service().jurisdiction())
            .with("schemes", names(schemes));
      }
      report.worded(shortOfLevel ? (shortOfScheme ? "levelAndScheme" : "level") : "scheme");
    }
    int years = rulebook.checkValidYears(check.scheme());
    if (!lapsed && requirements.hasLapsed(check)) {
      evaluation
          .report(STAFF_CHECK_STALE)
          .about(id)
          .with("staff", id)
          .with("issued", check.issued())
          .with("validYears", years)
          .worded();
    }
  }

  private static void training(Evaluation evaluation, StaffMember member) {
    String id = member.id();
    LocalDate asOf = evaluation.asOf();
    int years = evaluation.rulebook().trainingValidYears();
    if (member.trainingCompleted().isEmpty() || member.trainingCompleted().get().isAfter(asOf)) {
      evaluation.report(STAFF_TRAINING_MISSING).about(id).with("staff", id).worded();
    } else if (member.trainingCompleted().get().plusYears(years).isBefore(asOf)) {
      evaluation
          .report(STAFF_TRAINING_MISSING)
          .about(id)
          .with("staff", id)
          .with("validYears", years)
          .worded("outOfDate");
    }
  }

  /** {@return the schemes' constant names, separated by commas, for a list in the catalogue} */
  private static String names(Set<CheckScheme> schemes) {
    List<String> names = new ArrayList<>(schemes.size());
    schemes.forEach(scheme -> names.add(scheme.name()));
    return String.join(",", names);
  }
}
