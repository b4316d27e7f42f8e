package org.safeguarding.examples.schema;

import java.util.List;
import java.util.stream.Collectors;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.plan.InvalidPlanException;
import org.safeguarding.core.plan.PlanProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plan documents for the schema tests: a valid plan that uses every field of the contract, ways to
 * change one value of it by JSON pointer, and the reader's verdict as a list of problem paths.
 */
final class PlanDocuments {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A valid plan that gives every field of the contract a value, two of each list. */
  static final String FULL_PLAN =
      """
      {
        "schemaVersion": 1,
        "id": "plan-1",
        "service": {
          "name": "Friday Youth Club",
          "jurisdiction": "ENGLAND",
          "frequency": "REGULAR",
          "policies": ["SAFEGUARDING_POLICY", "INCIDENT_RECORDING"],
          "remitApproved": true,
          "localAuthorityContactKnown": true
        },
        "platform": {
          "name": "Zoom",
          "accounts": "SHORT_LIVED",
          "family": "ZOOM",
          "controls": ["PASSCODE", "WAITING_ROOM"]
        },
        "start": "2026-12-04T18:00:00Z",
        "durationMinutes": 60,
        "format": "GROUP",
        "interaction": "INTERACTIVE",
        "recording": "NOTES",
        "chat": "RETAINED",
        "attendanceRecorded": true,
        "holdingScreen": true,
        "safeguardingLeadAvailable": true,
        "staff": [
          {"id": "s1", "age": 34, "roles": ["LEAD", "SAFEGUARDING_LEAD"],
           "organisationAccount": true,
           "check": {"scheme": "DBS", "level": "ENHANCED_BARRED", "issued": "2025-02-01"},
           "trainingCompleted": "2025-09-01"},
          {"id": "s2", "roles": ["HOST"]}
        ],
        "participants": [
          {"id": "p1", "age": 12, "atRisk": true, "needs": ["COMMUNICATION", "OTHER"],
           "capacity": "HAS_CAPACITY",
           "consents": [
             {"givenBy": "PARENT_OR_CARER", "verification": "CONFIRMED_EMAIL",
              "covers": ["PARTICIPATION", "RECORDING"], "given": "2026-11-01",
              "withdrawn": "2026-11-20"},
             {"givenBy": "SELF", "verification": "WRITTEN", "covers": ["PARTICIPATION"],
              "given": "2026-11-02"}
           ],
           "registered": true, "identityVerified": true, "supervisedOffline": true,
           "accompanied": true, "responsibleAdultAtHome": true, "location": "SHARED_SPACE",
           "surnameVisible": true},
          {"id": "p2"}
        ],
        "risks": [
          {"id": "r1", "hazard": "SESSION_HIJACK", "area": "ENVIRONMENT", "likelihood": 3,
           "severity": 4, "residualLikelihood": 1, "residualSeverity": 4,
           "mitigations": ["Waiting room", "Passcode"], "owner": "Host",
           "reviewBy": "2027-01-01", "description": "Strangers join and share content."},
          {"id": "r2", "hazard": "OTHER", "area": "SERVICE", "likelihood": 1, "severity": 1}
        ]
      }
      """;

  private PlanDocuments() {}

  /** A fresh copy of {@link #FULL_PLAN}, to change. */
  static ObjectNode fullPlan() {
    return (ObjectNode) MAPPER.readTree(FULL_PLAN);
  }

  /** The JSON text of a document. */
  static String text(JsonNode document) {
    return MAPPER.writeValueAsString(document);
  }

  /**
   * Sets the value at a JSON pointer, given as JSON text; in an array, an index one past the end
   * appends.
   */
  static ObjectNode set(ObjectNode document, String pointer, String json) {
    JsonNode value = MAPPER.readTree(json);
    JsonNode parent = document.at(parentOf(pointer));
    String last = lastOf(pointer);
    if (parent instanceof ObjectNode) {
      ((ObjectNode) parent).set(last, value);
    } else if (parent instanceof ArrayNode) {
      ArrayNode array = (ArrayNode) parent;
      int index = Integer.parseInt(last);
      if (index == array.size()) {
        array.add(value);
      } else {
        array.set(index, value);
      }
    } else {
      throw new IllegalArgumentException("no object or array at the parent of " + pointer);
    }
    return document;
  }

  /** Removes the field at a JSON pointer, which must exist. */
  static ObjectNode remove(ObjectNode document, String pointer) {
    JsonNode parent = document.at(parentOf(pointer));
    if (!(parent instanceof ObjectNode) || ((ObjectNode) parent).remove(lastOf(pointer)) == null) {
      throw new IllegalArgumentException("no field at " + pointer);
    }
    return document;
  }

  /** The paths of the reader's problems with a document; empty if it reads the plan. */
  static List<String> readerProblems(String json) {
    try {
      SafeguardingJson.PLAN.read(json);
      return List.of();
    } catch (InvalidPlanException e) {
      return e.problems().stream().map(PlanProblem::path).collect(Collectors.toList());
    }
  }

  /** Whether the reader reads a document as a plan. */
  static boolean readerAccepts(String json) {
    return readerProblems(json).isEmpty();
  }

  private static String parentOf(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  private static String lastOf(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }
}
