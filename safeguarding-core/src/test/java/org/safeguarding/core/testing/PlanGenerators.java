package org.safeguarding.core.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.quicktheories.core.Gen;
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
import org.safeguarding.core.plan.Frequency;
import org.safeguarding.core.plan.Hazard;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Need;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.Policy;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.RiskArea;
import org.safeguarding.core.plan.RiskEntry;
import org.safeguarding.core.plan.Service;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.core.plan.StaffMember;
import org.safeguarding.core.plan.StaffRole;

/**
 * Generators of valid session plans for property tests. Every random choice is drawn through a
 * QuickTheories generator from the one randomness source, so a failing plan shrinks.
 *
 * <p>Plans always have at least one member of staff and one participant (so that a duplicate id can
 * always be made), ids that are unique by construction, and free text drawn from all of Unicode
 * less the characters the model forbids.
 */
public final class PlanGenerators {

  private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(2999, 12, 31).toEpochDay();
  private static final long FIRST_SECOND = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST_SECOND = Instant.parse("2999-12-31T23:59:59Z").getEpochSecond();

  private PlanGenerators() {}

  /** Valid plans of every shape the contract allows. */
  public static Gen<SessionPlan> plans() {
    return in -> {
      SessionFormat format = arbitrary().enumValues(SessionFormat.class).generate(in);
      int participants =
          format == SessionFormat.ONE_TO_ONE ? 1 : integers().between(1, 8).generate(in);
      int staff = integers().between(1, 4).generate(in);
      int risks = integers().between(0, 4).generate(in);
      SessionPlan.Builder plan =
          SessionPlan.builder()
              .id(ids().generate(in))
              .service(service(in))
              .platform(platform(in))
              .start(instants().generate(in))
              .durationMinutes(integers().between(1, 1440).generate(in))
              .format(format)
              .interaction(arbitrary().enumValues(Interaction.class).generate(in))
              .recording(arbitrary().enumValues(Recording.class).generate(in))
              .chat(arbitrary().enumValues(ChatMode.class).generate(in))
              .attendanceRecorded(booleans().all().generate(in))
              .holdingScreen(booleans().all().generate(in))
              .safeguardingLeadAvailable(booleans().all().generate(in));
      for (int i = 0; i < staff; i++) {
        plan.addStaff(staffMember("s" + i, in));
      }
      for (int i = 0; i < participants; i++) {
        plan.addParticipant(participant("p" + i, in));
      }
      for (int i = 0; i < risks; i++) {
        plan.addRisk(risk("r" + i, in));
      }
      return plan.build();
    };
  }

  /** Ids: short, with letters, digits and a few separators. */
  public static Gen<String> ids() {
    return strings().betweenCodePoints('-', 'z').ofLengthBetween(1, 16).map(raw -> asId(raw));
  }

  /** Free text: any Unicode the model allows, never blank. */
  public static Gen<String> texts() {
    return strings().allPossible().ofLengthBetween(1, 24).map(raw -> asText(raw));
  }

  /** Dates the model accepts: 1900-01-01 to 2999-12-31. */
  public static Gen<LocalDate> dates() {
    return longs().between(FIRST_DAY, LAST_DAY).map(day -> LocalDate.ofEpochDay(day));
  }

  /** Instants the model accepts, to the second. */
  public static Gen<Instant> instants() {
    return longs().between(FIRST_SECOND, LAST_SECOND).map(second -> Instant.ofEpochSecond(second));
  }

  private static Service service(org.quicktheories.core.RandomnessSource in) {
    return Service.builder()
        .name(texts().generate(in))
        .jurisdiction(arbitrary().enumValues(Jurisdiction.class).generate(in))
        .frequency(arbitrary().enumValues(Frequency.class).generate(in))
        .policies(enumSet(Policy.class, in))
        .remitApproved(booleans().all().generate(in))
        .localAuthorityContactKnown(booleans().all().generate(in))
        .build();
  }

  private static Platform platform(org.quicktheories.core.RandomnessSource in) {
    return Platform.builder()
        .name(texts().generate(in))
        .accounts(arbitrary().enumValues(AccountType.class).generate(in))
        .controls(enumSet(PlatformControl.class, in))
        .build();
  }

  private static StaffMember staffMember(String id, org.quicktheories.core.RandomnessSource in) {
    StaffMember.Builder staff =
        StaffMember.builder()
            .id(id)
            .age(age(in))
            .roles(enumSet(StaffRole.class, in))
            .organisationAccount(booleans().all().generate(in));
    if (booleans().all().generate(in)) {
      staff.check(
          Check.builder()
              .scheme(arbitrary().enumValues(CheckScheme.class).generate(in))
              .level(arbitrary().enumValues(CheckLevel.class).generate(in))
              .issued(dates().generate(in))
              .build());
    }
    if (booleans().all().generate(in)) {
      staff.trainingCompleted(dates().generate(in));
    }
    return staff.build();
  }

  private static Participant participant(String id, org.quicktheories.core.RandomnessSource in) {
    Participant.Builder participant =
        Participant.builder()
            .id(id)
            .age(age(in))
            .atRisk(booleans().all().generate(in))
            .needs(enumSet(Need.class, in))
            .capacity(arbitrary().enumValues(Capacity.class).generate(in))
            .registered(booleans().all().generate(in))
            .identityVerified(booleans().all().generate(in))
            .supervisedOffline(booleans().all().generate(in))
            .accompanied(booleans().all().generate(in))
            .responsibleAdultAtHome(booleans().all().generate(in))
            .surnameVisible(booleans().all().generate(in));
    int consents = integers().between(0, 3).generate(in);
    for (int i = 0; i < consents; i++) {
      participant.addConsent(consent(in));
    }
    if (booleans().all().generate(in)) {
      participant.location(arbitrary().enumValues(Location.class).generate(in));
    }
    return participant.build();
  }

  private static Consent consent(org.quicktheories.core.RandomnessSource in) {
    LocalDate given = dates().generate(in);
    Consent.Builder consent =
        Consent.builder()
            .givenBy(arbitrary().enumValues(ConsentGiver.class).generate(in))
            .verification(arbitrary().enumValues(ConsentVerification.class).generate(in))
            .covers(enumSet(ConsentScope.class, in))
            .given(given);
    if (booleans().all().generate(in)) {
      long later = Math.min(LAST_DAY, given.toEpochDay() + integers().between(0, 400).generate(in));
      consent.withdrawn(LocalDate.ofEpochDay(later));
    }
    return consent.build();
  }

  private static RiskEntry risk(String id, org.quicktheories.core.RandomnessSource in) {
    RiskEntry.Builder risk =
        RiskEntry.builder()
            .id(id)
            .hazard(arbitrary().enumValues(Hazard.class).generate(in))
            .area(arbitrary().enumValues(RiskArea.class).generate(in))
            .likelihood(levels().generate(in))
            .severity(levels().generate(in));
    if (booleans().all().generate(in)) {
      risk.residualLikelihood(levels().generate(in)).residualSeverity(levels().generate(in));
    }
    int mitigations = integers().between(0, 3).generate(in);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < mitigations; i++) {
      texts.add(texts().generate(in));
    }
    risk.mitigations(texts);
    risk.owner(optional(texts(), in));
    risk.description(optional(texts(), in));
    risk.reviewBy(optional(dates(), in));
    return risk.build();
  }

  private static Gen<Integer> levels() {
    return integers().between(1, 5);
  }

  private static OptionalInt age(org.quicktheories.core.RandomnessSource in) {
    return booleans().all().generate(in)
        ? OptionalInt.of(integers().between(0, 120).generate(in))
        : OptionalInt.empty();
  }

  private static <T> Optional<T> optional(
      Gen<T> values, org.quicktheories.core.RandomnessSource in) {
    return booleans().all().generate(in) ? Optional.of(values.generate(in)) : Optional.empty();
  }

  private static <E extends Enum<E>> Set<E> enumSet(
      Class<E> type, org.quicktheories.core.RandomnessSource in) {
    Set<E> values = EnumSet.noneOf(type);
    for (E constant : type.getEnumConstants()) {
      if (booleans().all().generate(in)) {
        values.add(constant);
      }
    }
    return values;
  }

  private static String asId(String raw) {
    return raw.isBlank() ? "id" : raw.strip().isEmpty() ? "id" : raw;
  }

  /** Replaces what the model forbids in text (control characters, lone surrogates). */
  private static String asText(String raw) {
    StringBuilder text = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < raw.length()
          && Character.isLowSurrogate(raw.charAt(i + 1))) {
        text.append(c).append(raw.charAt(++i));
      } else if (Character.isSurrogate(c)
          || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
        text.append('?');
      } else {
        text.append(c);
      }
    }
    return text.toString().isBlank() ? "text " + text : text.toString();
  }
}
