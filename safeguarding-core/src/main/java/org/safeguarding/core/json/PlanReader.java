package org.safeguarding.core.json;

import java.util.List;
import java.util.function.Supplier;
import org.safeguarding.core.internal.json.JsonInput;
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
import org.safeguarding.core.plan.PlanLimits;
import org.safeguarding.core.plan.PlanProblem;
import org.safeguarding.core.plan.Platform;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.core.plan.PlatformFamily;
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
 * Reads a {@link SessionPlan} as its text streams past: field names camelCase, enums UPPER_SNAKE,
 * unknown fields an error, absent booleans false, absent lists empty ({@code staff} and {@code
 * participants} excepted: a plan must say who is coming, even if nobody is).
 *
 * <p>Each builder starts with placeholders for the required values, which the fields read replace.
 * The shape problems found here and the structural problems found when the plan is built are
 * reported together in one {@link org.safeguarding.core.plan.InvalidPlanException}.
 */
final class PlanReader {

  private static final List<String> PLAN =
      List.of(
          "schemaVersion",
          "id",
          "service",
          "platform",
          "start",
          "durationMinutes",
          "format",
          "interaction",
          "recording",
          "chat",
          "staff",
          "participants");
  private static final List<String> SERVICE = List.of("name", "jurisdiction");
  private static final List<String> PLATFORM = List.of("name", "accounts");
  private static final List<String> STAFF = List.of("id");
  private static final List<String> CHECK = List.of("scheme", "level", "issued");
  private static final List<String> PARTICIPANT = List.of("id");
  private static final List<String> CONSENT = List.of("givenBy", "verification", "given");
  private static final List<String> RISK =
      List.of("id", "hazard", "area", "likelihood", "severity");

  private PlanReader() {}

  static Supplier<SessionPlan> read(JsonInput in) {
    SessionPlan.Builder plan =
        SessionPlan.builder()
            .id(JsonInput.placeholderText())
            .service(service(JsonInput.nowhere()))
            .platform(platform(JsonInput.nowhere()))
            .start(JsonInput.PLACEHOLDER_INSTANT)
            .durationMinutes(1)
            .format(SessionFormat.values()[0])
            .interaction(Interaction.values()[0])
            .recording(Recording.values()[0])
            .chat(ChatMode.values()[0]);
    int[] version = {SessionPlan.SCHEMA_VERSION};
    boolean object =
        in.fields(
            PLAN,
            name -> {
              switch (name) {
                case "schemaVersion" -> in.integer(v -> version[0] = v);
                case "id" -> in.string(plan::id);
                case "service" -> in.object(PlanReader::service, plan::service);
                case "platform" -> in.object(PlanReader::platform, plan::platform);
                case "start" -> in.instant(plan::start);
                case "durationMinutes" -> in.integer(plan::durationMinutes);
                case "format" -> in.enumValue(SessionFormat.class, plan::format);
                case "interaction" -> in.enumValue(Interaction.class, plan::interaction);
                case "recording" -> in.enumValue(Recording.class, plan::recording);
                case "chat" -> in.enumValue(ChatMode.class, plan::chat);
                case "attendanceRecorded" -> in.bool(plan::attendanceRecorded);
                case "holdingScreen" -> in.bool(plan::holdingScreen);
                case "safeguardingLeadAvailable" -> in.bool(plan::safeguardingLeadAvailable);
                case "staff" ->
                    in.objects(PlanLimits.MAX_STAFF, PlanReader::staffMember, plan::staff);
                case "participants" ->
                    in.objects(
                        PlanLimits.MAX_PARTICIPANTS, PlanReader::participant, plan::participants);
                case "risks" -> in.objects(PlanLimits.MAX_RISKS, PlanReader::risk, plan::risks);
                default -> in.unknown();
              }
            });
    if (!object) {
      return in.refused();
    }
    if (version[0] != SessionPlan.SCHEMA_VERSION) {
      // A document of another version may have fields this one does not know: say only that.
      return in.refused(
          List.of(
              PlanProblem.of(
                  "$.schemaVersion",
                  "must be "
                      + SessionPlan.SCHEMA_VERSION
                      + ", the only version this library reads")));
    }
    return in.building(plan::build);
  }

  private static Service service(JsonInput in) {
    Service.Builder service =
        Service.builder()
            .name(JsonInput.placeholderText())
            .jurisdiction(Jurisdiction.values()[0])
            .frequency(Frequency.REGULAR);
    in.fields(
        SERVICE,
        name -> {
          switch (name) {
            case "name" -> in.string(service::name);
            case "jurisdiction" -> in.enumValue(Jurisdiction.class, service::jurisdiction);
            case "frequency" -> in.enumValue(Frequency.class, service::frequency);
            case "policies" -> in.enumSet(Policy.class, service::policies);
            case "remitApproved" -> in.bool(service::remitApproved);
            case "localAuthorityContactKnown" -> in.bool(service::localAuthorityContactKnown);
            default -> in.unknown();
          }
        });
    return service.build();
  }

  private static Platform platform(JsonInput in) {
    Platform.Builder platform =
        Platform.builder().name(JsonInput.placeholderText()).accounts(AccountType.values()[0]);
    in.fields(
        PLATFORM,
        name -> {
          switch (name) {
            case "name" -> in.string(platform::name);
            case "accounts" -> in.enumValue(AccountType.class, platform::accounts);
            case "family" -> in.enumValue(PlatformFamily.class, platform::family);
            case "controls" -> in.enumSet(PlatformControl.class, platform::controls);
            default -> in.unknown();
          }
        });
    return platform.build();
  }

  private static StaffMember staffMember(JsonInput in) {
    StaffMember.Builder staff = StaffMember.builder().id(JsonInput.placeholderText());
    in.fields(
        STAFF,
        name -> {
          switch (name) {
            case "id" -> in.string(staff::id);
            case "age" -> in.integer(staff::age);
            case "roles" -> in.enumSet(StaffRole.class, staff::roles);
            case "organisationAccount" -> in.bool(staff::organisationAccount);
            case "check" -> in.object(PlanReader::check, staff::check);
            case "trainingCompleted" -> in.date(staff::trainingCompleted);
            default -> in.unknown();
          }
        });
    return staff.build();
  }

  private static Check check(JsonInput in) {
    Check.Builder check =
        Check.builder()
            .scheme(CheckScheme.values()[0])
            .level(CheckLevel.values()[0])
            .issued(JsonInput.PLACEHOLDER_DATE);
    in.fields(
        CHECK,
        name -> {
          switch (name) {
            case "scheme" -> in.enumValue(CheckScheme.class, check::scheme);
            case "level" -> in.enumValue(CheckLevel.class, check::level);
            case "issued" -> in.date(check::issued);
            default -> in.unknown();
          }
        });
    return check.build();
  }

  private static Participant participant(JsonInput in) {
    Participant.Builder participant =
        Participant.builder().id(JsonInput.placeholderText()).capacity(Capacity.NOT_ASSESSED);
    in.fields(
        PARTICIPANT,
        name -> {
          switch (name) {
            case "id" -> in.string(participant::id);
            case "age" -> in.integer(participant::age);
            case "atRisk" -> in.bool(participant::atRisk);
            case "needs" -> in.enumSet(Need.class, participant::needs);
            case "capacity" -> in.enumValue(Capacity.class, participant::capacity);
            case "consents" ->
                in.objects(PlanLimits.MAX_CONSENTS, PlanReader::consent, participant::consents);
            case "registered" -> in.bool(participant::registered);
            case "identityVerified" -> in.bool(participant::identityVerified);
            case "supervisedOffline" -> in.bool(participant::supervisedOffline);
            case "accompanied" -> in.bool(participant::accompanied);
            case "responsibleAdultAtHome" -> in.bool(participant::responsibleAdultAtHome);
            case "location" -> in.enumValue(Location.class, participant::location);
            case "surnameVisible" -> in.bool(participant::surnameVisible);
            default -> in.unknown();
          }
        });
    return participant.build();
  }

  private static Consent consent(JsonInput in) {
    Consent.Builder consent =
        Consent.builder()
            .givenBy(ConsentGiver.values()[0])
            .verification(ConsentVerification.values()[0])
            .given(JsonInput.PLACEHOLDER_DATE);
    in.fields(
        CONSENT,
        name -> {
          switch (name) {
            case "givenBy" -> in.enumValue(ConsentGiver.class, consent::givenBy);
            case "verification" -> in.enumValue(ConsentVerification.class, consent::verification);
            case "covers" -> in.enumSet(ConsentScope.class, consent::covers);
            case "given" -> in.date(consent::given);
            case "withdrawn" -> in.date(consent::withdrawn);
            default -> in.unknown();
          }
        });
    return consent.build();
  }

  private static RiskEntry risk(JsonInput in) {
    RiskEntry.Builder risk =
        RiskEntry.builder()
            .id(JsonInput.placeholderText())
            .hazard(Hazard.values()[0])
            .area(RiskArea.values()[0])
            .likelihood(1)
            .severity(1);
    in.fields(
        RISK,
        name -> {
          switch (name) {
            case "id" -> in.string(risk::id);
            case "hazard" -> in.enumValue(Hazard.class, risk::hazard);
            case "area" -> in.enumValue(RiskArea.class, risk::area);
            case "likelihood" -> in.integer(risk::likelihood);
            case "severity" -> in.integer(risk::severity);
            case "residualLikelihood" -> in.integer(risk::residualLikelihood);
            case "residualSeverity" -> in.integer(risk::residualSeverity);
            case "mitigations" -> in.strings(PlanLimits.MAX_MITIGATIONS, risk::mitigations);
            case "owner" -> in.string(risk::owner);
            case "reviewBy" -> in.date(risk::reviewBy);
            case "description" -> in.string(risk::description);
            default -> in.unknown();
          }
        });
    return risk.build();
  }
}
