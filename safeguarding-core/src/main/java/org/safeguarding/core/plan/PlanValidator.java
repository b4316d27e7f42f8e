package org.safeguarding.core.plan;

import static org.safeguarding.core.plan.PlanLimits.INFERRED_RISK_PREFIX;
import static org.safeguarding.core.plan.PlanLimits.MAX_AGE;
import static org.safeguarding.core.plan.PlanLimits.MAX_CONSENTS;
import static org.safeguarding.core.plan.PlanLimits.MAX_DURATION_MINUTES;
import static org.safeguarding.core.plan.PlanLimits.MAX_LEVEL;
import static org.safeguarding.core.plan.PlanLimits.MAX_MITIGATIONS;
import static org.safeguarding.core.plan.PlanLimits.MAX_PARTICIPANTS;
import static org.safeguarding.core.plan.PlanLimits.MAX_RISKS;
import static org.safeguarding.core.plan.PlanLimits.MAX_STAFF;
import static org.safeguarding.core.plan.PlanLimits.MIN_AGE;
import static org.safeguarding.core.plan.PlanLimits.MIN_DURATION_MINUTES;
import static org.safeguarding.core.plan.PlanLimits.MIN_LEVEL;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;

/**
 * The structural rules of a session plan, run whenever a plan is built. Paths are those of the
 * plan's JSON, so a problem in a plan read from a file points at the place in the file.
 */
final class PlanValidator {

  private PlanValidator() {}

  static void requireValid(SessionPlan plan) {
    StructureChecks checks = new StructureChecks();
    checks.id("$.id", plan.id());
    checks.text("$.service.name", plan.service().name());
    checks.text("$.platform.name", plan.platform().name());
    checks.instant("$.start", plan.start());
    checks.range(
        "$.durationMinutes", plan.durationMinutes(), MIN_DURATION_MINUTES, MAX_DURATION_MINUTES);
    staff(plan.staff(), checks);
    participants(plan, checks);
    uniquePeople(plan, checks);
    risks(plan.risks(), checks);
    checks.throwIfAny(SafeguardingJson.PLAN);
  }

  private static void staff(List<StaffMember> staff, StructureChecks checks) {
    checks.size("$.staff", staff, MAX_STAFF);
    for (int i = 0; i < staff.size(); i++) {
      StaffMember member = staff.get(i);
      String path = "$.staff[" + i + "]";
      checks.id(path + ".id", member.id());
      age(path + ".age", member.age(), checks);
      member.check().ifPresent(check -> checks.date(path + ".check.issued", check.issued()));
      member.trainingCompleted().ifPresent(date -> checks.date(path + ".trainingCompleted", date));
    }
  }

  private static void participants(SessionPlan plan, StructureChecks checks) {
    List<Participant> participants = plan.participants();
    checks.size("$.participants", participants, MAX_PARTICIPANTS);
    if (plan.format() == SessionFormat.ONE_TO_ONE && participants.size() != 1) {
      checks.add(
          "$.participants",
          "must hold exactly one participant when format is ONE_TO_ONE, not "
              + participants.size());
    }
    for (int i = 0; i < participants.size(); i++) {
      Participant participant = participants.get(i);
      String path = "$.participants[" + i + "]";
      checks.id(path + ".id", participant.id());
      age(path + ".age", participant.age(), checks);
      List<Consent> consents = participant.consents();
      checks.size(path + ".consents", consents, MAX_CONSENTS);
      for (int c = 0; c < consents.size(); c++) {
        consent(path + ".consents[" + c + "]", consents.get(c), checks);
      }
    }
  }

  private static void consent(String path, Consent consent, StructureChecks checks) {
    checks.date(path + ".given", consent.given());
    consent
        .withdrawn()
        .ifPresent(
            withdrawn -> {
              checks.date(path + ".withdrawn", withdrawn);
              if (withdrawn.isBefore(consent.given())) {
                checks.add(path + ".withdrawn", "must not be before given");
              }
            });
  }

  private static void age(String path, OptionalInt age, StructureChecks checks) {
    if (age.isPresent()) {
      checks.range(path, age.getAsInt(), MIN_AGE, MAX_AGE);
    }
  }

  /** Staff and participant ids share one space: findings and rooms name people by id alone. */
  private static void uniquePeople(SessionPlan plan, StructureChecks checks) {
    Map<String, String> firstPath = new HashMap<>();
    for (int i = 0; i < plan.staff().size(); i++) {
      unique(plan.staff().get(i).id(), "$.staff[" + i + "].id", firstPath, checks);
    }
    for (int i = 0; i < plan.participants().size(); i++) {
      unique(plan.participants().get(i).id(), "$.participants[" + i + "].id", firstPath, checks);
    }
  }

  private static void unique(
      String id, String path, Map<String, String> firstPath, StructureChecks checks) {
    @Nullable String first = firstPath.putIfAbsent(id, path);
    if (first != null) {
      checks.add(path, "must be unique, but " + first + " has the same id");
    }
  }

  private static void risks(List<RiskEntry> risks, StructureChecks checks) {
    checks.size("$.risks", risks, MAX_RISKS);
    Map<String, String> firstPath = new HashMap<>();
    for (int i = 0; i < risks.size(); i++) {
      RiskEntry risk = risks.get(i);
      String path = "$.risks[" + i + "]";
      checks.id(path + ".id", risk.id());
      if (risk.id().startsWith(INFERRED_RISK_PREFIX)) {
        checks.add(
            path + ".id",
            "must not start with '" + INFERRED_RISK_PREFIX + "' (kept for inferred risks)");
      }
      unique(risk.id(), path + ".id", firstPath, checks);
      checks.range(path + ".likelihood", risk.likelihood(), MIN_LEVEL, MAX_LEVEL);
      checks.range(path + ".severity", risk.severity(), MIN_LEVEL, MAX_LEVEL);
      residual(path, risk, checks);
      checks.size(path + ".mitigations", risk.mitigations(), MAX_MITIGATIONS);
      for (int m = 0; m < risk.mitigations().size(); m++) {
        checks.text(path + ".mitigations[" + m + "]", risk.mitigations().get(m));
      }
      risk.owner().ifPresent(owner -> checks.text(path + ".owner", owner));
      risk.description().ifPresent(text -> checks.text(path + ".description", text));
      risk.reviewBy().ifPresent(date -> checks.date(path + ".reviewBy", date));
    }
  }

  private static void residual(String path, RiskEntry risk, StructureChecks checks) {
    OptionalInt likelihood = risk.residualLikelihood();
    OptionalInt severity = risk.residualSeverity();
    if (likelihood.isPresent() != severity.isPresent()) {
      String missing = likelihood.isPresent() ? "residualSeverity" : "residualLikelihood";
      String given = likelihood.isPresent() ? "residualLikelihood" : "residualSeverity";
      checks.add(path + "." + missing, "is required when " + given + " is given");
    }
    likelihood.ifPresent(
        value -> checks.range(path + ".residualLikelihood", value, MIN_LEVEL, MAX_LEVEL));
    severity.ifPresent(
        value -> checks.range(path + ".residualSeverity", value, MIN_LEVEL, MAX_LEVEL));
  }
}
