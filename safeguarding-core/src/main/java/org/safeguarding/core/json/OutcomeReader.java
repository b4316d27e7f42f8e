package org.safeguarding.core.json;

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

  /** More reasons or actions than there are codes cannot be valid; the bound keeps reading cheap. */
  private static final int MAX_ENTRIES = 100;

  private static final int MAX_SOURCES = 100;

  private OutcomeReader() {}

  static Admission admission(JsonNode root) {
    ShapeProblems problems = new ShapeProblems();
    Fields admission = Fields.of(root, "$", problems);
    Admission.Builder builder =
        Admission.builder()
            .person(admission.string("person"))
            .verdict(admission.enumValue("verdict", Verdict.class))
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
            .actions(response.objects("actions", true, MAX_ENTRIES, OutcomeReader::action));
    response.rejectUnknown();
    return problems.build(RESPONSE_PLAN, builder::build);
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
