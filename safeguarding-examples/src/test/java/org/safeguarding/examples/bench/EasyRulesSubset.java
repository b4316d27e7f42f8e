package org.safeguarding.examples.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.RuleListener;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.risk.RiskBand;
import org.safeguarding.core.risk.RiskMatrix;
import org.safeguarding.rules.rulebook.RatioBand;
import org.safeguarding.rules.rulebook.Rulebook;

/**
 * The rule subset in Easy Rules 4.1.0, written the way its documentation shows: rules made once
 * with {@link RuleBuilder} (a name, a priority, a condition and an action over {@link Facts}), one
 * {@link DefaultRulesEngine}, and the plan's subjects put into the facts one at a time, the engine
 * firing the rules for each: each participant, each member of staff, each risk, and then the
 * session as a whole. Rules talk to each other through the facts: the consent rules read whether
 * the parental-consent rule applied; the session rules read the tallies the others kept.
 *
 * <p>The rulebook's numbers are read from the {@link Rulebook} when the rules are made. The
 * engine's default parameters apply (every rule evaluated, in priority order). A rule that throws
 * fails the whole answer, through a listener, instead of being logged and skipped as Easy Rules
 * does by default.
 */
final class EasyRulesSubset implements RuleSubset {

  // The names of the facts.
  private static final String AS_OF = "asOf";
  private static final String ACCEPTED_SCHEMES = "acceptedSchemes";
  private static final String DIGITAL_CONSENT_AGE = "digitalConsentAge";
  private static final String ANSWER = "answer";
  private static final String TALLY = "tally";
  private static final String PARTICIPANT = "participant";
  private static final String PARENTAL = "parentalConsentNeeded";
  private static final String STAFF = "staff";
  private static final String RISK = "risk";
  private static final String BAND = "band";

  private final Rulebook rulebook;
  private final DefaultRulesEngine engine;
  private final Rules participantRules;
  private final Rules staffRules;
  private final Rules riskRules;
  private final Rules sessionRules;

  /** What the rules keep count of across a plan's subjects. */
  private static final class Tally {
    final int[] childrenByBand;
    int adultsAtRisk;
    boolean vulnerable;
    int countedAdults;
    int requiredAdults;

    Tally(int bands) {
      childrenByBand = new int[bands];
    }
  }

  EasyRulesSubset(Rulebook rulebook) {
    this.rulebook = rulebook;
    this.engine = new DefaultRulesEngine();
    engine.registerRuleListener(new FailLoudly());
    this.participantRules = participantRules(rulebook);
    this.staffRules = staffRules(rulebook);
    this.riskRules = riskRules(rulebook.riskMatrix());
    this.sessionRules = sessionRules(rulebook);
  }

  @Override
  public String engine() {
    return "easy-rules";
  }

  @Override
  public SubsetAnswer answer(SessionPlan plan) {
    RuleSubset.requireInScope(plan);
    SubsetAnswer.Builder answer = SubsetAnswer.builder();
    Tally tally = new Tally(rulebook.ratioBands().size());
    Facts facts = new Facts();
    facts.put(AS_OF, plan.start().atZone(rulebook.timeZone()).toLocalDate());
    facts.put(ACCEPTED_SCHEMES, rulebook.acceptedSchemes(plan.service().jurisdiction()));
    facts.put(DIGITAL_CONSENT_AGE, rulebook.digitalConsentAge(plan.service().jurisdiction()));
    facts.put(ANSWER, answer);
    facts.put(TALLY, tally);
    for (Participant participant : plan.participants()) {
      facts.put(PARTICIPANT, participant);
      facts.put(PARENTAL, Boolean.FALSE);
      engine.fire(participantRules, facts);
    }
    facts.remove(PARTICIPANT);
    facts.remove(PARENTAL);
    for (StaffMember member : plan.staff()) {
      facts.put(STAFF, member);
      engine.fire(staffRules, facts);
    }
    facts.remove(STAFF);
    for (RiskEntry risk : plan.risks()) {
      facts.put(RISK, risk);
      engine.fire(riskRules, facts);
    }
    facts.remove(RISK);
    facts.remove(BAND);
    engine.fire(sessionRules, facts);
    return answer.build();
  }

  private static Rules participantRules(Rulebook rulebook) {
    int adultAge = rulebook.adultAge();
    Set<ConsentVerification> confirmed = rulebook.verifiedParentalConsent();
    List<RatioBand> bands = rulebook.ratioBands();
    int strictest = strictest(bands);
    Rule parental =
        new RuleBuilder()
            .name("parental consent needed")
            .description(
                "under the age of digital consent, or of unknown age: a parent or carer must"
                    + " consent")
            .priority(1)
            .when(
                facts -> {
                  Participant participant = facts.get(PARTICIPANT);
                  int digitalConsentAge = facts.get(DIGITAL_CONSENT_AGE);
                  return participant.age().isEmpty()
                      || participant.age().getAsInt() < digitalConsentAge;
                })
            .then(
                facts -> {
                  answer(facts).parentalConsent(participant(facts).id());
                  facts.put(PARENTAL, Boolean.TRUE);
                })
            .build();
    Rule missing =
        new RuleBuilder()
            .name("CONSENT_MISSING")
            .description("no parental consent given by the session date, and none withdrawn")
            .priority(2)
            .when(
                facts -> {
                  if (!facts.<Boolean>get(PARENTAL)) {
                    return false;
                  }
                  LocalDate asOf = facts.get(AS_OF);
                  Participant participant = participant(facts);
                  return standingWithdrawal(participant, asOf) == null
                      && !hasParentalConsent(participant, null, asOf, null);
                })
            .then(facts -> answer(facts).consentMissing(participant(facts).id()))
            .build();
    Rule withdrawn =
        new RuleBuilder()
            .name("CONSENT_WITHDRAWN")
            .description(
                "consent withdrawn by the session date, and no parental consent given since")
            .priority(2)
            .when(
                facts -> {
                  if (!facts.<Boolean>get(PARENTAL)) {
                    return false;
                  }
                  LocalDate asOf = facts.get(AS_OF);
                  Participant participant = participant(facts);
                  @Nullable LocalDate withdrawal = standingWithdrawal(participant, asOf);
                  return withdrawal != null
                      && !hasParentalConsent(participant, withdrawal, asOf, confirmed);
                })
            .then(facts -> answer(facts).consentWithdrawn(participant(facts).id()))
            .build();
    Rule child =
        new RuleBuilder()
            .name("child in a ratio band")
            .description(
                "a child counts in the band of their age; of unknown age, in the strictest band")
            .priority(3)
            .when(
                facts -> {
                  Participant participant = participant(facts);
                  return participant.age().isEmpty() || participant.age().getAsInt() < adultAge;
                })
            .then(
                facts -> {
                  Participant participant = participant(facts);
                  Tally tally = facts.get(TALLY);
                  tally.vulnerable = true;
                  if (participant.age().isEmpty()) {
                    tally.childrenByBand[strictest]++;
                    return;
                  }
                  int age = participant.age().getAsInt();
                  for (int i = 0; i < bands.size(); i++) {
                    if (bands.get(i).fromAge() <= age && age <= bands.get(i).toAge()) {
                      tally.childrenByBand[i]++;
                    }
                  }
                })
            .build();
    Rule adultAtRisk =
        new RuleBuilder()
            .name("adult at risk")
            .description("an adult at risk counts in the adults-at-risk band")
            .priority(3)
            .when(
                facts -> {
                  Participant participant = participant(facts);
                  return participant.age().isPresent()
                      && participant.age().getAsInt() >= adultAge
                      && participant.atRisk();
                })
            .then(
                facts -> {
                  Tally tally = facts.get(TALLY);
                  tally.vulnerable = true;
                  tally.adultsAtRisk++;
                })
            .build();
    return new Rules(parental, missing, withdrawn, child, adultAtRisk);
  }

  private static Rules staffRules(Rulebook rulebook) {
    int adultAge = rulebook.adultAge();
    Rule counted =
        new RuleBuilder()
            .name("counted adult")
            .description(
                "staff not under the adult age, with a check under a scheme accepted here, issued"
                    + " by the session date")
            .when(
                facts -> {
                  StaffMember member = facts.get(STAFF);
                  LocalDate asOf = facts.get(AS_OF);
                  Set<CheckScheme> accepted = facts.get(ACCEPTED_SCHEMES);
                  return (member.age().isEmpty() || member.age().getAsInt() >= adultAge)
                      && member.check().isPresent()
                      && accepted.contains(member.check().get().scheme())
                      && !member.check().get().issued().isAfter(asOf);
                })
            .then(facts -> facts.<Tally>get(TALLY).countedAdults++)
            .build();
    return new Rules(counted);
  }

  private static Rules riskRules(RiskMatrix matrix) {
    Rule band =
        new RuleBuilder()
            .name("risk band")
            .description("the band of the current rating: residual when given, else inherent")
            .priority(1)
            .when(facts -> true)
            .then(
                facts -> {
                  RiskEntry risk = facts.get(RISK);
                  RiskBand current =
                      risk.residualLikelihood().isPresent()
                          ? matrix
                              .rate(
                                  risk.residualLikelihood().getAsInt(),
                                  risk.residualSeverity().getAsInt())
                              .band()
                          : matrix.rate(risk.likelihood(), risk.severity()).band();
                  answer(facts).riskBand(risk.id(), current);
                  facts.put(BAND, current);
                })
            .build();
    Rule extreme =
        new RuleBuilder()
            .name("RISK_EXTREME")
            .description("the current rating is EXTREME")
            .priority(2)
            .when(facts -> facts.get(BAND) == RiskBand.EXTREME)
            .then(facts -> answer(facts).riskExtreme(facts.<RiskEntry>get(RISK).id()))
            .build();
    return new Rules(band, extreme);
  }

  private static Rules sessionRules(Rulebook rulebook) {
    List<RatioBand> bands = rulebook.ratioBands();
    int withoutVulnerable = rulebook.adultsWithoutVulnerable();
    int minimum = rulebook.minimumAdults();
    int adultsAtRiskPerAdult = rulebook.adultsAtRiskPerAdult();
    Rule noneVulnerable =
        new RuleBuilder()
            .name("required adults without vulnerable participants")
            .description("the rulebook's figure for a session without vulnerable participants")
            .priority(1)
            .when(facts -> !facts.<Tally>get(TALLY).vulnerable)
            .then(
                facts -> {
                  facts.<Tally>get(TALLY).requiredAdults = withoutVulnerable;
                  answer(facts).requiredAdults(withoutVulnerable);
                })
            .build();
    Rule ratio =
        new RuleBuilder()
            .name("required adults by the ratio")
            .description("the larger of the minimum and the sum over the bands, each rounded up")
            .priority(1)
            .when(facts -> facts.<Tally>get(TALLY).vulnerable)
            .then(
                facts -> {
                  Tally tally = facts.get(TALLY);
                  int adults = ceilDiv(tally.adultsAtRisk, adultsAtRiskPerAdult);
                  for (int i = 0; i < bands.size(); i++) {
                    adults += ceilDiv(tally.childrenByBand[i], bands.get(i).childrenPerAdult());
                  }
                  tally.requiredAdults = Math.max(minimum, adults);
                  answer(facts).requiredAdults(tally.requiredAdults);
                })
            .build();
    Rule counted =
        new RuleBuilder()
            .name("counted adults")
            .description("reports the counted adults")
            .priority(1)
            .when(facts -> true)
            .then(facts -> answer(facts).countedAdults(facts.<Tally>get(TALLY).countedAdults))
            .build();
    Rule shortfall =
        new RuleBuilder()
            .name("SUPERVISION_SHORTFALL")
            .description("fewer counted adults than required")
            .priority(2)
            .when(
                facts -> {
                  Tally tally = facts.get(TALLY);
                  return tally.countedAdults < tally.requiredAdults;
                })
            .then(facts -> answer(facts).supervisionShortfall())
            .build();
    return new Rules(noneVulnerable, ratio, counted, shortfall);
  }

  /** The latest withdrawal of consent to take part, by anyone, on or before the session date. */
  private static @Nullable LocalDate standingWithdrawal(Participant participant, LocalDate asOf) {
    @Nullable LocalDate latest = null;
    for (Consent consent : participant.consents()) {
      if (consent.covers().contains(ConsentScope.PARTICIPATION)
          && consent.withdrawn().isPresent()) {
        LocalDate withdrawn = consent.withdrawn().get();
        if (!withdrawn.isAfter(asOf) && (latest == null || withdrawn.isAfter(latest))) {
          latest = withdrawn;
        }
      }
    }
    return latest;
  }

  /**
   * Whether a parent's or carer's consent to take part is in place at the session date: given by
   * then (and after the standing withdrawal, if any), not withdrawn by then, and, when {@code
   * confirmed} names the ways that count, confirmed one of them (a withdrawal is lifted only by a
   * confirmed consent).
   */
  private static boolean hasParentalConsent(
      Participant participant,
      @Nullable LocalDate withdrawal,
      LocalDate asOf,
      @Nullable Set<ConsentVerification> confirmed) {
    for (Consent consent : participant.consents()) {
      if (consent.givenBy() == ConsentGiver.PARENT_OR_CARER
          && consent.covers().contains(ConsentScope.PARTICIPATION)
          && !consent.given().isAfter(asOf)
          && (consent.withdrawn().isEmpty() || consent.withdrawn().get().isAfter(asOf))
          && (withdrawal == null || consent.given().isAfter(withdrawal))
          && (confirmed == null || confirmed.contains(consent.verification()))) {
        return true;
      }
    }
    return false;
  }

  private static int strictest(List<RatioBand> bands) {
    int index = 0;
    for (int i = 1; i < bands.size(); i++) {
      if (bands.get(i).childrenPerAdult() < bands.get(index).childrenPerAdult()) {
        index = i;
      }
    }
    return index;
  }

  private static Participant participant(Facts facts) {
    return facts.get(PARTICIPANT);
  }

  private static SubsetAnswer.Builder answer(Facts facts) {
    return facts.get(ANSWER);
  }

  private static int ceilDiv(int count, int perAdult) {
    return (count + perAdult - 1) / perAdult;
  }

  /**
   * Easy Rules logs a rule that throws and carries on; a benchmark whose answer silently lost a
   * rule would measure less work, so any failure fails the answer.
   */
  private static final class FailLoudly implements RuleListener {
    @Override
    public void onEvaluationError(Rule rule, Facts facts, Exception exception) {
      throw new IllegalStateException(
          "Easy Rules rule \"" + rule.getName() + "\" failed to evaluate", exception);
    }

    @Override
    public void onFailure(Rule rule, Facts facts, Exception exception) {
      throw new IllegalStateException(
          "Easy Rules rule \"" + rule.getName() + "\" failed", exception);
    }
  }
}
