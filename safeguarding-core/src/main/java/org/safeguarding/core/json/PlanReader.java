package org.safeguarding.core.json;

import java.util.List;
import java.util.OptionalInt;
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
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.Jurisdiction;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Need;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.PlanLimits;
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
import tools.jackson.databind.JsonNode;

/**
 * Binds a parsed JSON tree to a {@link SessionPlan}: field names camelCase, enums UPPER_SNAKE,
 * unknown fields an error, absent booleans false, absent lists empty ({@code staff} and {@code
 * participants} excepted: a plan must say who is coming, even if nobody is).
 *
 * <p>The shape problems found here and the structural problems found when the plan is built are
 * reported together in one {@link InvalidPlanException}.
 */
final class PlanReader {

  private static final String SUBJECT = "session plan";

  private PlanReader() {}

  static SessionPlan read(JsonNode root) {
    ShapeProblems problems = new ShapeProblems();
    Fields plan = Fields.of(root, "$", problems);
    if (!problems.isEmpty()) {
      throw problems.toException(SUBJECT, List.of());
    }
    if (!schemaVersionIsSupported(root, plan, problems)) {
      // A document of another version may have fields this one does not know: say only that.
      throw problems.toException(SUBJECT, List.of());
    }
    SessionPlan.Builder builder =
        SessionPlan.builder()
            .id(plan.string("id"))
            .service(service(plan.object("service")))
            .platform(platform(plan.object("platform")))
            .start(plan.instant("start"))
            .durationMinutes(plan.integer("durationMinutes"))
            .format(plan.enumValue("format", SessionFormat.class))
            .interaction(plan.enumValue("interaction", Interaction.class))
            .recording(plan.enumValue("recording", Recording.class))
            .chat(plan.enumValue("chat", ChatMode.class))
            .attendanceRecorded(plan.bool("attendanceRecorded"))
            .holdingScreen(plan.bool("holdingScreen"))
            .safeguardingLeadAvailable(plan.bool("safeguardingLeadAvailable"))
            .staff(plan.objects("staff", true, PlanLimits.MAX_STAFF, PlanReader::staffMember))
            .participants(
                plan.objects(
                    "participants", true, PlanLimits.MAX_PARTICIPANTS, PlanReader::participant))
            .risks(plan.objects("risks", false, PlanLimits.MAX_RISKS, PlanReader::risk));
    plan.rejectUnknown();
    return problems.build(SUBJECT, builder::build);
  }

  private static boolean schemaVersionIsSupported(
      JsonNode root, Fields plan, ShapeProblems problems) {
    OptionalInt version = plan.optionalInteger("schemaVersion");
    if (version.isEmpty()) {
      if (!root.has("schemaVersion")) {
        problems.add("$.schemaVersion", "is required");
      }
      return true;
    }
    if (version.getAsInt() != SessionPlan.SCHEMA_VERSION) {
      problems.add(
          "$.schemaVersion",
          "must be " + SessionPlan.SCHEMA_VERSION + ", the only version this library reads");
      return false;
    }
    return true;
  }

  private static Service service(Fields service) {
    Service result =
        Service.builder()
            .name(service.string("name"))
            .jurisdiction(service.enumValue("jurisdiction", Jurisdiction.class))
            .frequency(service.optionalEnum("frequency", Frequency.class).orElse(Frequency.REGULAR))
            .policies(service.enumSet("policies", Policy.class))
            .remitApproved(service.bool("remitApproved"))
            .localAuthorityContactKnown(service.bool("localAuthorityContactKnown"))
            .build();
    service.rejectUnknown();
    return result;
  }

  private static Platform platform(Fields platform) {
    Platform result =
        Platform.builder()
            .name(platform.string("name"))
            .accounts(platform.enumValue("accounts", AccountType.class))
            .controls(platform.enumSet("controls", PlatformControl.class))
            .build();
    platform.rejectUnknown();
    return result;
  }

  private static StaffMember staffMember(Fields staff) {
    StaffMember.Builder builder =
        StaffMember.builder()
            .id(staff.string("id"))
            .age(staff.optionalInteger("age"))
            .roles(staff.enumSet("roles", StaffRole.class))
            .organisationAccount(staff.bool("organisationAccount"))
            .check(staff.optionalObject("check").map(PlanReader::check))
            .trainingCompleted(staff.optionalDate("trainingCompleted"));
    staff.rejectUnknown();
    return builder.build();
  }

  private static Check check(Fields check) {
    Check result =
        Check.builder()
            .scheme(check.enumValue("scheme", CheckScheme.class))
            .level(check.enumValue("level", CheckLevel.class))
            .issued(check.date("issued"))
            .build();
    check.rejectUnknown();
    return result;
  }

  private static Participant participant(Fields participant) {
    Participant.Builder builder =
        Participant.builder()
            .id(participant.string("id"))
            .age(participant.optionalInteger("age"))
            .atRisk(participant.bool("atRisk"))
            .needs(participant.enumSet("needs", Need.class))
            .capacity(
                participant.optionalEnum("capacity", Capacity.class).orElse(Capacity.NOT_ASSESSED))
            .consents(
                participant.objects(
                    "consents", false, PlanLimits.MAX_CONSENTS, PlanReader::consent))
            .registered(participant.bool("registered"))
            .identityVerified(participant.bool("identityVerified"))
            .supervisedOffline(participant.bool("supervisedOffline"))
            .accompanied(participant.bool("accompanied"))
            .responsibleAdultAtHome(participant.bool("responsibleAdultAtHome"))
            .location(participant.optionalEnum("location", Location.class))
            .surnameVisible(participant.bool("surnameVisible"));
    participant.rejectUnknown();
    return builder.build();
  }

  private static Consent consent(Fields consent) {
    Consent.Builder builder =
        Consent.builder()
            .givenBy(consent.enumValue("givenBy", ConsentGiver.class))
            .verification(consent.enumValue("verification", ConsentVerification.class))
            .covers(consent.enumSet("covers", ConsentScope.class))
            .given(consent.date("given"))
            .withdrawn(consent.optionalDate("withdrawn"));
    consent.rejectUnknown();
    return builder.build();
  }

  private static RiskEntry risk(Fields risk) {
    RiskEntry.Builder builder =
        RiskEntry.builder()
            .id(risk.string("id"))
            .hazard(risk.enumValue("hazard", Hazard.class))
            .area(risk.enumValue("area", RiskArea.class))
            .likelihood(risk.integer("likelihood"))
            .severity(risk.integer("severity"))
            .residualLikelihood(risk.optionalInteger("residualLikelihood"))
            .residualSeverity(risk.optionalInteger("residualSeverity"))
            .mitigations(risk.strings("mitigations", PlanLimits.MAX_MITIGATIONS))
            .owner(risk.optionalString("owner"))
            .reviewBy(risk.optionalDate("reviewBy"))
            .description(risk.optionalString("description"));
    risk.rejectUnknown();
    return builder.build();
  }
}
