package org.safeguarding.examples.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.Capacity;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.Check;
import org.safeguarding.core.plan.CheckLevel;
import org.safeguarding.core.plan.CheckScheme;
import org.safeguarding.core.plan.Consent;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.ConsentVerification;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Need;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.PlanLimits;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;

/**
 * Deterministic plans for the benchmarks and the equal-answers test: the same seed always gives the
 * same plans. Every plan is an interactive group session, built through the model's builders (so it
 * is valid), and drawn as a realistic mix.
 *
 * <ul>
 *   <li>Each plan is run with one of four degrees of care: well run, patchy, poor, or a group of
 *       adults (mostly not at risk, so that some sessions have no vulnerable participant).
 *   <li>Participants: children of 5 to 17, a few adults (half of them at risk; those lacking
 *       capacity are all adults), some of unknown age; parental consents in place (verified or not,
 *       some withdrawn after the session or given again after a withdrawal) or missing (none, given
 *       after the session, covering only recording, given by the wrong person) or withdrawn (by a
 *       parent, or by the participant).
 *   <li>Staff: about as many as the ratio asks (2 to 6 in groups of up to 10; more, or fewer, with
 *       care), a few under 18, some without a check or with one issued after the session.
 *   <li>Risks: 1 to 10 declared, about half with a residual rating after mitigation.
 *   <li>Start times: some late in the evening UTC, so that in summer the session date in London is
 *       the next day.
 * </ul>
 */
final class BenchPlans {

  /** The sizes the benchmarks measure: 30 for throughput, the rest for the growth of cost. */
  static final List<Integer> BENCHMARK_SIZES = List.of(10, 30, 100, 1_000, 10_000);

  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
  private static final Hazard[] HAZARDS = Hazard.values();
  private static final RiskArea[] AREAS = RiskArea.values();
  private static final Jurisdiction[] JURISDICTIONS = Jurisdiction.values();
  private static final StaffRole[] OTHER_ROLES = {
    StaffRole.CO_FACILITATOR,
    StaffRole.VOLUNTEER,
    StaffRole.EXTERNAL_TUTOR,
    StaffRole.SAFEGUARDING_LEAD
  };

  /** How well a session is prepared: drives how often consents, checks and staff fall short. */
  private enum Care {
    WELL_RUN(0.015, 0.97, 0.01, 0.8, 2),
    PATCHY(0.08, 0.88, 0.05, 0.5, 0),
    POOR(0.25, 0.75, 0.12, 0.2, -2),
    ADULT_GROUP(0.05, 0.9, 0.0, 0.5, 0);

    final double consentProblem;
    final double checked;
    final double unknownAge;
    final double residual;
    final int spareStaff;

    Care(
        double consentProblem, double checked, double unknownAge, double residual, int spareStaff) {
      this.consentProblem = consentProblem;
      this.checked = checked;
      this.unknownAge = unknownAge;
      this.residual = residual;
      this.spareStaff = spareStaff;
    }
  }

  private BenchPlans() {}

  /**
   * Plans of one size.
   *
   * @param seed the seed; the same seed gives the same plans
   * @param count how many plans
   * @param participants how many participants each has, 1 to {@link PlanLimits#MAX_PARTICIPANTS}
   * @return the plans
   */
  static List<SessionPlan> plans(long seed, int count, int participants) {
    if (participants < 1 || participants > PlanLimits.MAX_PARTICIPANTS) {
      throw new IllegalArgumentException(
          "participants must be between 1 and "
              + PlanLimits.MAX_PARTICIPANTS
              + ", not "
              + participants);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<SessionPlan> plans = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      plans.add(plan("bench-" + seed + "-" + participants + "-" + i, participants, random.split()));
    }
    return plans;
  }

  /**
   * Plans of varied sizes: two in three of 1 to 40 participants, most others of up to 100, one in
   * twenty of up to 300.
   *
   * @param seed the seed; the same seed gives the same plans
   * @param count how many plans
   * @return the plans
   */
  static List<SessionPlan> mixed(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SessionPlan> plans = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      SplittableRandom one = random.split();
      double size = one.nextDouble();
      int participants =
          size < 0.65
              ? one.nextInt(1, 41)
              : size < 0.95 ? one.nextInt(41, 101) : one.nextInt(101, 301);
      plans.add(plan("bench-" + seed + "-mixed-" + i, participants, one));
    }
    return plans;
  }

  private static SessionPlan plan(String id, int participants, SplittableRandom random) {
    double draw = random.nextDouble();
    Care care =
        draw < 0.4
            ? Care.WELL_RUN
            : draw < 0.75 ? Care.PATCHY : draw < 0.95 ? Care.POOR : Care.ADULT_GROUP;
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(365));
    // Three in ten start between 23:00 and 23:59 UTC: in British Summer Time, the next day in
    // London.
    int minuteOfDay =
        random.nextDouble() < 0.3 ? 23 * 60 + random.nextInt(60) : 16 * 60 + random.nextInt(180);
    Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(minuteOfDay * 60L);
    // Dates below are relative to the UTC day; the session day in London may be one later.
    Jurisdiction jurisdiction = JURISDICTIONS[random.nextInt(JURISDICTIONS.length)];
    SessionPlan.Builder plan =
        SessionPlan.builder()
            .id(id)
            .service(Service.builder().name("Bench club").jurisdiction(jurisdiction).build())
            .platform(
                Platform.builder()
                    .name("Video meeting")
                    .accounts(AccountType.SHORT_LIVED)
                    .addControls(PlatformControl.PASSCODE, PlatformControl.WAITING_ROOM)
                    .build())
            .start(start)
            .durationMinutes(60)
            .format(SessionFormat.GROUP)
            .interaction(Interaction.INTERACTIVE)
            .recording(Recording.NONE)
            .chat(ChatMode.RETAINED)
            .attendanceRecorded(true)
            .safeguardingLeadAvailable(true);
    for (int i = 0; i < participants; i++) {
      plan.addParticipants(participant("p" + (i + 1), care, day, random));
    }
    int staff = staffCount(participants, care, random);
    for (int i = 0; i < staff; i++) {
      plan.addStaff(staffMember(i, care, day, jurisdiction, random));
    }
    int risks = random.nextInt(1, 11);
    for (int i = 0; i < risks; i++) {
      plan.addRisks(risk("r" + (i + 1), care, day, random));
    }
    return plan.build();
  }

  /**
   * About what the ratio asks (an adult per seven participants, and up to three more for rounding
   * band by band), with the care's spare staff, or fewer when care is poor; at least 2.
   */
  private static int staffCount(int participants, Care care, SplittableRandom random) {
    int needed = Math.max(2, (participants + 6) / 7 + Math.min(3, (participants + 9) / 10));
    int staff = needed + care.spareStaff + random.nextInt(-1, 2);
    if (care == Care.POOR) {
      staff -= random.nextInt(0, needed / 4 + 1);
    }
    return Math.max(2, staff);
  }

  private static Participant participant(
      String id, Care care, LocalDate day, SplittableRandom random) {
    Participant.Builder participant = Participant.builder().id(id).registered(true);
    boolean adult;
    if (care == Care.ADULT_GROUP) {
      adult = true;
      participant.age(random.nextInt(18, 81)).atRisk(random.nextDouble() < 0.03);
    } else if (random.nextDouble() < care.unknownAge) {
      adult = false; // judged as a young child
    } else if (random.nextDouble() < 0.08) {
      adult = true;
      boolean atRisk = random.nextBoolean();
      participant.age(random.nextInt(18, 71)).atRisk(atRisk);
      if (atRisk) {
        double capacity = random.nextDouble();
        participant.capacity(
            capacity < 0.3
                ? Capacity.LACKS_CAPACITY
                : capacity < 0.7 ? Capacity.HAS_CAPACITY : Capacity.NOT_ASSESSED);
      }
    } else {
      adult = false;
      int age = random.nextInt(5, 18);
      participant.age(age).atRisk(random.nextDouble() < 0.05);
      if (age >= 13 && random.nextBoolean()) {
        participant.capacity(Capacity.HAS_CAPACITY); // Gillick competent; never lacking, under 18
      }
    }
    if (random.nextDouble() < 0.1) {
      participant.addNeeds(Need.values()[random.nextInt(Need.values().length)]);
    }
    if (adult) {
      participant.addConsents(
          consent(ConsentGiver.SELF, day.minusDays(random.nextInt(1, 90)), random));
    } else if (random.nextDouble() < care.consentProblem) {
      consentProblem(participant, day, random);
    } else {
      consentInPlace(participant, day, random);
    }
    return participant.build();
  }

  /** A parental consent in place at the session, perhaps unverified, perhaps given again. */
  private static void consentInPlace(
      Participant.Builder participant, LocalDate day, SplittableRandom random) {
    double kind = random.nextDouble();
    if (kind < 0.04) {
      // withdrawn earlier, then given again later
      LocalDate given = day.minusDays(random.nextInt(40, 120));
      LocalDate withdrawn = given.plusDays(random.nextInt(1, 20));
      participant.addConsents(
          withdrawn(consent(ConsentGiver.PARENT_OR_CARER, given, random), withdrawn));
      participant.addConsents(
          consent(ConsentGiver.PARENT_OR_CARER, withdrawn.plusDays(random.nextInt(1, 15)), random));
    } else if (kind < 0.07) {
      // to be withdrawn after the session
      LocalDate given = day.minusDays(random.nextInt(1, 60));
      participant.addConsents(
          withdrawn(
              consent(ConsentGiver.PARENT_OR_CARER, given, random),
              day.plusDays(random.nextInt(2, 30))));
    } else {
      // given some weeks before, or on the day itself
      int before = random.nextDouble() < 0.05 ? 0 : random.nextInt(1, 120);
      participant.addConsents(consent(ConsentGiver.PARENT_OR_CARER, day.minusDays(before), random));
    }
    if (random.nextDouble() < 0.3) {
      participant.addConsents(
          consent(ConsentGiver.SELF, day.minusDays(random.nextInt(1, 60)), random));
    }
  }

  /** No parental consent in place: missing in several ways, or withdrawn. */
  private static void consentProblem(
      Participant.Builder participant, LocalDate day, SplittableRandom random) {
    switch (random.nextInt(8)) {
      case 0: // none at all
        break;
      case 1: // given after the session; the day after (UTC) is the session day for a late summer
        // start
        participant.addConsents(
            consent(ConsentGiver.PARENT_OR_CARER, day.plusDays(random.nextInt(1, 30)), random));
        break;
      case 2: // covers recording, not taking part
        participant.addConsents(
            Consent.builder()
                .givenBy(ConsentGiver.PARENT_OR_CARER)
                .verification(ConsentVerification.WRITTEN)
                .addCovers(ConsentScope.RECORDING, ConsentScope.DATA_SHARING)
                .given(day.minusDays(random.nextInt(1, 60)))
                .build());
        break;
      case 3: // from the child, or from someone who is not a parent or carer
        participant.addConsents(
            consent(
                random.nextBoolean() ? ConsentGiver.SELF : ConsentGiver.ATTORNEY,
                day.minusDays(random.nextInt(1, 60)),
                random));
        break;
      case 4: // withdrawn by the parent or carer
      case 5:
        {
          LocalDate given = day.minusDays(random.nextInt(10, 120));
          participant.addConsents(
              withdrawn(
                  consent(ConsentGiver.PARENT_OR_CARER, given, random),
                  given.plusDays(random.nextInt(0, 10))));
          break;
        }
      case 6: // withdrawn by the participant, after the parent had consented
        {
          LocalDate given = day.minusDays(random.nextInt(10, 120));
          participant.addConsents(consent(ConsentGiver.PARENT_OR_CARER, given, random));
          participant.addConsents(
              withdrawn(
                  consent(ConsentGiver.SELF, given, random),
                  given.plusDays(random.nextInt(1, 10))));
          break;
        }
      default: // withdrawn, and given again on the same day: the withdrawal still stands
        {
          LocalDate withdrawn = day.minusDays(random.nextInt(1, 30));
          participant.addConsents(
              withdrawn(
                  consent(ConsentGiver.PARENT_OR_CARER, withdrawn.minusDays(20), random),
                  withdrawn));
          participant.addConsents(consent(ConsentGiver.PARENT_OR_CARER, withdrawn, random));
          break;
        }
    }
  }

  private static Consent consent(ConsentGiver givenBy, LocalDate given, SplittableRandom random) {
    double verification = random.nextDouble();
    Consent.Builder consent =
        Consent.builder()
            .givenBy(givenBy)
            .verification(
                verification < 0.6
                    ? ConsentVerification.CONFIRMED_EMAIL
                    : verification < 0.85
                        ? ConsentVerification.WRITTEN
                        : verification < 0.95
                            ? ConsentVerification.RECORDED_VERBAL
                            : ConsentVerification.UNVERIFIED)
            .addCovers(ConsentScope.PARTICIPATION)
            .given(given);
    if (random.nextDouble() < 0.3) {
      consent.addCovers(ConsentScope.RECORDING);
    }
    return consent.build();
  }

  private static Consent withdrawn(Consent consent, LocalDate withdrawn) {
    return Consent.builder().from(consent).withdrawn(withdrawn).build();
  }

  /** The check scheme that applies in {@code jurisdiction}. */
  private static CheckScheme homeScheme(Jurisdiction jurisdiction) {
    return switch (jurisdiction) {
      case ENGLAND, WALES -> CheckScheme.DBS;
      case SCOTLAND -> CheckScheme.DISCLOSURE_SCOTLAND;
      case NORTHERN_IRELAND -> CheckScheme.ACCESSNI;
    };
  }

  /** A scheme from another nation: a check that is no check here. */
  private static CheckScheme otherScheme(Jurisdiction jurisdiction) {
    return jurisdiction == Jurisdiction.SCOTLAND
        ? CheckScheme.DBS
        : CheckScheme.DISCLOSURE_SCOTLAND;
  }

  private static StaffMember staffMember(
      int index, Care care, LocalDate day, Jurisdiction jurisdiction, SplittableRandom random) {
    StaffRole role =
        index == 0
            ? StaffRole.LEAD
            : index == 1 ? StaffRole.HOST : OTHER_ROLES[random.nextInt(OTHER_ROLES.length)];
    StaffMember.Builder member =
        StaffMember.builder().id("s" + (index + 1)).addRoles(role).organisationAccount(true);
    double age = random.nextDouble();
    if (age < 0.06 && index > 0) {
      member.age(random.nextInt(16, 18)); // a young volunteer: not a counted adult
    } else if (age < 0.45) {
      member.age(random.nextInt(19, 66));
    }
    if (random.nextDouble() < care.checked) {
      double issued = random.nextDouble();
      LocalDate date =
          issued < 0.04
              ? day.plusDays(random.nextInt(2, 60)) // not issued by the session date
              : issued < 0.07
                  ? day.plusDays(
                      random.nextInt(0, 2)) // counts if issued by the session day in London
                  : day.minusDays(random.nextInt(1, 1_500));
      member.check(
          Check.builder()
              .scheme(
                  random.nextDouble() < 0.03 ? otherScheme(jurisdiction) : homeScheme(jurisdiction))
              .level(random.nextDouble() < 0.9 ? CheckLevel.ENHANCED_BARRED : CheckLevel.BASIC)
              .issued(date)
              .build());
    }
    if (random.nextDouble() < 0.8) {
      member.trainingCompleted(day.minusDays(random.nextInt(1, 700)));
    }
    return member.build();
  }

  private static RiskEntry risk(String id, Care care, LocalDate day, SplittableRandom random) {
    int likelihood = random.nextInt(1, 6);
    int severity = random.nextInt(1, 6);
    RiskEntry.Builder risk =
        RiskEntry.builder()
            .id(id)
            .hazard(HAZARDS[random.nextInt(HAZARDS.length)])
            .area(AREAS[random.nextInt(AREAS.length)])
            .likelihood(likelihood)
            .severity(severity)
            .owner("Session lead")
            .reviewBy(day.plusDays(random.nextInt(-30, 180)));
    if (random.nextDouble() < care.residual) {
      risk.residualLikelihood(random.nextInt(1, likelihood + 1))
          .residualSeverity(Math.max(1, severity - random.nextInt(0, 2)))
          .addMitigations("Mitigation agreed with the safeguarding lead");
    }
    return risk.build();
  }
}
