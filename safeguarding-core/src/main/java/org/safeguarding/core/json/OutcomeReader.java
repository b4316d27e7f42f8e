package org.safeguarding.core.json;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.safeguarding.core.admission.Admission;
import org.safeguarding.core.admission.AdmissionReason;
import org.safeguarding.core.admission.Verdict;
import org.safeguarding.core.internal.json.JsonInput;
import org.safeguarding.core.response.OwnerType;
import org.safeguarding.core.response.PlannedAction;
import org.safeguarding.core.response.ResponseAction;
import org.safeguarding.core.response.ResponsePlan;

/**
 * Reads the engine's answers at the door and after an incident back to values, so that a tool can
 * store them and read them again. Strict like the plan: every field the writer writes is required.
 */
final class OutcomeReader {

  /**
   * More reasons or actions than there are codes cannot be valid; the bound keeps reading cheap.
   */
  private static final int MAX_ENTRIES = 100;

  private static final int MAX_SOURCES = 100;

  private static final List<String> ADMISSION = List.of("person", "verdict", "reasons");
  private static final List<String> REASON = List.of("rule", "message", "sources");
  private static final List<String> RESPONSE_PLAN = List.of("incident", "actions", "notes");
  private static final List<String> ACTION =
      List.of("action", "owner", "ownerType", "due", "message", "sources");

  private OutcomeReader() {}

  static Supplier<Admission> admission(JsonInput in) {
    Admission.Builder admission = Admission.builder().person(JsonInput.placeholderText());
    List<Verdict> verdict = new ArrayList<>(1);
    List<AdmissionReason> reasons = new ArrayList<>();
    boolean object =
        in.fields(
            ADMISSION,
            name -> {
              switch (name) {
                case "person" -> in.string(admission::person);
                case "verdict" -> in.enumValue(Verdict.class, verdict::add);
                case "reasons" -> in.objects(MAX_ENTRIES, OutcomeReader::reason, reasons::addAll);
                default -> in.unknown();
              }
            });
    if (!object) {
      return in.refused();
    }
    // A verdict that cannot be read stands in as one that agrees with the reasons, so that its
    // absence is not reported a second time as a disagreement.
    admission
        .verdict(
            verdict.isEmpty() ? (reasons.isEmpty() ? Verdict.ADMIT : Verdict.WAIT) : verdict.get(0))
        .reasons(reasons);
    return in.building(admission::build);
  }

  private static AdmissionReason reason(JsonInput in) {
    AdmissionReason.Builder reason =
        AdmissionReason.builder()
            .rule(JsonInput.placeholderText())
            .message(JsonInput.placeholderText());
    in.fields(
        REASON,
        name -> {
          switch (name) {
            case "rule" -> in.string(reason::rule);
            case "message" -> in.string(reason::message);
            case "sources" -> in.strings(MAX_SOURCES, reason::sources);
            default -> in.unknown();
          }
        });
    return reason.build();
  }

  static Supplier<ResponsePlan> responsePlan(JsonInput in) {
    ResponsePlan.Builder response = ResponsePlan.builder().incident(JsonInput.placeholderText());
    List<Boolean> readable = new ArrayList<>();
    boolean object =
        in.fields(
            RESPONSE_PLAN,
            name -> {
              switch (name) {
                case "incident" -> in.string(response::incident);
                case "actions" ->
                    in.objects(MAX_ENTRIES, entry -> action(entry, readable), response::actions);
                case "notes" -> in.strings(ResponsePlan.MAX_NOTES, response::notes);
                default -> in.unknown();
              }
            });
    if (!object) {
      return in.refused();
    }
    coverPlaceholderOrder(readable, in);
    return in.building(response::build);
  }

  /**
   * An action whose {@code action} or {@code due} cannot be read holds placeholders, which the
   * plan's own checks would compare with its neighbours: an order or repeat problem they cause at
   * that entry, or at the next one's place in the order, or as a repeat later on, says nothing
   * about the input. The entry's other fields are still checked.
   */
  private static void coverPlaceholderOrder(List<Boolean> readable, JsonInput in) {
    for (int i = 0; i < readable.size(); i++) {
      if (readable.get(i)) {
        continue;
      }
      in.problems().coverExactly("$.actions[" + i + "]");
      in.problems().coverExactly("$.actions[" + (i + 1) + "]");
      for (int later = i; later < readable.size(); later++) {
        in.problems().coverExactly("$.actions[" + later + "].action");
      }
    }
  }

  private static PlannedAction action(JsonInput in, List<Boolean> readable) {
    PlannedAction.Builder action =
        PlannedAction.builder()
            .action(ResponseAction.values()[0])
            .owner(JsonInput.placeholderText())
            .ownerType(OwnerType.values()[0])
            .due(JsonInput.PLACEHOLDER_INSTANT)
            .message(JsonInput.placeholderText());
    boolean[] read = new boolean[2];
    in.fields(
        ACTION,
        name -> {
          switch (name) {
            case "action" ->
                in.enumValue(
                    ResponseAction.class,
                    value -> {
                      action.action(value);
                      read[0] = true;
                    });
            case "owner" -> in.string(action::owner);
            case "ownerType" -> in.enumValue(OwnerType.class, action::ownerType);
            case "due" ->
                in.instant(
                    value -> {
                      action.due(value);
                      read[1] = true;
                    });
            case "message" -> in.string(action::message);
            case "sources" -> in.strings(MAX_SOURCES, action::sources);
            default -> in.unknown();
          }
        });
    readable.add(read[0] && read[1]);
    return action.build();
  }
}
