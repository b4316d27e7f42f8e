package org.safeguarding.core.json;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;
import tools.jackson.databind.JsonNode;

/**
 * Binds the engine's answers at the door and after an incident back to values, so that a tool can
 * store them and read them again. Strict like the plan: every field the writer writes is required.
 */
final class OutcomeReader {

  static final String ADMISSION = "admission";
  static final String RESPONSE_PLAN = "response plan";

  /**
   * More reasons or actions than there are codes cannot be valid; the bound keeps reading cheap.
   */
  private static final int MAX_ENTRIES = 100;

  private static final int MAX_SOURCES = 100;

  private OutcomeReader() {}

  static Admission admission(JsonNode root) {
    ShapeProblems problems = new ShapeProblems();
    Fields admission = Fields.of(root, "$", problems);
    // A verdict that cannot be read stands in as one that agrees with the reasons, so that its
    // absence is not reported a second time as a disagreement.
    JsonNode reasons = root.get("reasons");
    Verdict placeholder =
        reasons != null && reasons.isArray() && !reasons.isEmpty() ? Verdict.WAIT : Verdict.ADMIT;
    Admission.Builder builder =
        Admission.builder()
            .person(admission.string("person"))
            .verdict(admission.enumValue("verdict", Verdict.class, placeholder))
            .reasons(admission.objects("reasons", true, MAX_ENTRIES, OutcomeReader::reason));
    admission.rejectUnknown();
    return problems.build(ADMISSION, builder::build);
  }

  private static AdmissionReason reason(Fields reason) {
    AdmissionReason result =
        AdmissionReason.builder()
            .rule(reason.string("rule"))
            .message(reason.string("message"))
            .sources(reason.strings("sources", true, MAX_SOURCES))
            .build();
    reason.rejectUnknown();
    return result;
  }

  static ResponsePlan responsePlan(JsonNode root) {
    ShapeProblems problems = new ShapeProblems();
    Fields response = Fields.of(root, "$", problems);
    ResponsePlan.Builder builder =
        ResponsePlan.builder()
            .incident(response.string("incident"))
            .actions(response.objects("actions", true, MAX_ENTRIES, OutcomeReader::action))
            .notes(response.strings("notes", true, ResponsePlan.MAX_NOTES));
    coverPlaceholderOrder(root, problems);
    response.rejectUnknown();
    return problems.build(RESPONSE_PLAN, builder::build);
  }

  /**
   * An action whose {@code action} or {@code due} cannot be read holds placeholders, which the
   * plan's own checks would compare with its neighbours: an order or repeat problem they cause at
   * that entry, or at the next one's place in the order, or as a repeat later on, says nothing
   * about the input. The entry's other fields are still checked.
   */
  private static void coverPlaceholderOrder(JsonNode root, ShapeProblems problems) {
    JsonNode actions = root.get("actions");
    if (actions == null || !actions.isArray()) {
      return;
    }
    for (int i = 0; i < actions.size(); i++) {
      JsonNode entry = actions.get(i);
      if (entry.isObject()
          && readable(entry.get("action"), true)
          && readable(entry.get("due"), false)) {
        continue;
      }
      problems.coverExactly("$.actions[" + i + "]");
      problems.coverExactly("$.actions[" + (i + 1) + "]");
      for (int later = i; later < actions.size(); later++) {
        problems.coverExactly("$.actions[" + later + "].action");
      }
    }
  }

  private static boolean readable(@Nullable JsonNode value, boolean isAction) {
    if (value == null || !value.isString()) {
      return false;
    }
    String text = value.stringValue();
    if (isAction) {
      for (ResponseAction action : ResponseAction.values()) {
        if (action.name().equals(text)) {
          return true;
        }
      }
      return false;
    }
    try {
      Instant.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static PlannedAction action(Fields action) {
    PlannedAction result =
        PlannedAction.builder()
            .action(action.enumValue("action", ResponseAction.class))
            .owner(action.string("owner"))
            .ownerType(action.enumValue("ownerType", OwnerType.class))
            .due(action.instant("due"))
            .message(action.string("message"))
            .sources(action.strings("sources", true, MAX_SOURCES))
            .build();
    action.rejectUnknown();
    return result;
  }
}
