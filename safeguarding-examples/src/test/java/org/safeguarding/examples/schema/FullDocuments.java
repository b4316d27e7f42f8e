package org.safeguarding.examples.schema;

import java.util.List;
import java.util.Map;
import org.safeguarding.rules.rulebook.Rulebook;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid documents that give every field of their contract a value, two of each list where a list
 * can hold two, so that the tests that change one value can reach every field.
 */
final class FullDocuments {

  static final String ROOM =
      """
      {"present": ["s1", "s2", "p1"], "removed": ["p3", "p4"]}
      """;

  static final String INCIDENT =
      """
      {
        "id": "i1",
        "participant": "p3",
        "kind": "DISTRESS",
        "removed": true,
        "riskToLife": true,
        "occurredAt": "2026-12-04T18:20:00Z",
        "handledBy": "s2"
      }
      """;

  static final String ADMISSION =
      """
      {
        "person": "p1",
        "verdict": "WAIT",
        "reasons": [
          {"rule": "ADMIT_AWAIT_ADULTS",
           "message": "p1 waits until 2 checked adults are in the room; 1 is",
           "sources": ["001_d742c0c78f7cd9a6.txt", "NSPCC: online safety"]},
          {"rule": "ADMIT_IDENTITY_CHECK",
           "message": "p1's identity has not been checked",
           "sources": ["004_52b8e39a9fac98a1.txt"]}
        ]
      }
      """;

  static final String RESPONSE_PLAN =
      """
      {
        "incident": "i1",
        "actions": [
          {"action": "INFORM_SAFEGUARDING_LEAD", "owner": "SAFEGUARDING_LEAD", "ownerType": "ROLE",
           "due": "2026-12-04T18:20:00Z", "message": "Tell the safeguarding lead now",
           "sources": ["000_3dddd593c964c21c.txt"]},
          {"action": "PHONE_PARTICIPANT", "owner": "s2", "ownerType": "STAFF",
           "due": "2026-12-04T18:35:00Z", "message": "s2 leaves the session and phones p3",
           "sources": ["000_3dddd593c964c21c.txt", "002_5b0e7e4f4d6c1a2b.txt"]},
          {"action": "RECORD_INCIDENT", "owner": "c9", "ownerType": "NOT_ON_PLAN",
           "due": "2026-12-05T18:20:00Z", "message": "c9 records the incident",
           "sources": ["002_5b0e7e4f4d6c1a2b.txt"]}
        ],
        "notes": ["c9 is not on the plan's staff", "p3 is judged as a child of unknown age"]
      }
      """;

  static final String ASSESSMENT =
      """
      {
        "planId": "youth-club-2026-12-04",
        "rulebook": {"name": "three-adults-online", "version": "1.0",
                     "basedOn": {"name": "uk-default", "version": "2026.2"}},
        "asOf": "2026-12-04",
        "decision": "DO_NOT_RUN",
        "findings": [
          {"rule": "CONSENT_MISSING", "level": "BLOCKER", "subject": "p3",
           "message": "p3 is 11: a parent or carer must consent before they take part",
           "action": "Obtain consent from p3's parent or carer",
           "template": "CONSENT_MISSING.parentOrCarer",
           "parameters": {"participant": "p3", "age": "11", "digitalConsentAge": "13"},
           "sources": ["001_d742c0c78f7cd9a6.txt", "ICO: children and the UK GDPR"]},
          {"rule": "SAFEGUARDING_LEAD_UNAVAILABLE", "level": "BLOCKER",
           "message": "the safeguarding lead is not available during the session",
           "action": "Move the session to a time the lead is available",
           "sources": ["000_3dddd593c964c21c.txt"]}
        ],
        "risks": [
          {"id": "r2", "hazard": "SESSION_HIJACK", "origin": "DECLARED", "priority": 1,
           "inherent": {"likelihood": 3, "severity": 4, "score": 12, "band": "HIGH"},
           "residual": {"likelihood": 1, "severity": 3, "score": 3, "band": "LOW"},
           "residualCredited": true,
           "floor": {"likelihood": 1, "severity": 4, "score": 4, "band": "MODERATE"},
           "current": {"likelihood": 1, "severity": 4, "score": 4, "band": "MODERATE"},
           "currentFrom": "FLOOR"},
          {"id": "inferred-impersonation", "hazard": "IMPERSONATION", "origin": "INFERRED",
           "priority": 2,
           "inherent": {"likelihood": 1, "severity": 4, "score": 4, "band": "MODERATE"},
           "current": {"likelihood": 1, "severity": 4, "score": 4, "band": "MODERATE"},
           "currentFrom": "INHERENT"}
        ],
        "consents": [
          {"participant": "p3", "requiredFrom": "PARENT_OR_CARER", "status": "MISSING"},
          {"participant": "p9", "status": "NOT_REQUIRED"}
        ],
        "supervision": {"requiredAdults": 2, "countedAdults": 1, "shortfall": 1}
      }
      """;

  /**
   * The bundled rulebook as written back, with a scheme required everywhere, a control advised for
   * broadcasts and an extension, so that no list is empty. It has no {@code basedOn}, which would
   * make it a layer that need not restate what it keeps.
   */
  static final String RULEBOOK = fullRulebook();

  private FullDocuments() {}

  private static String fullRulebook() {
    ObjectNode rulebook = (ObjectNode) PlanDocuments.MAPPER.readTree(Rulebook.ukDefault().toJson());
    Map<String, String> schemes =
        Map.of(
            "ENGLAND", "[\"DBS\"]",
            "WALES", "[\"DBS\"]",
            "SCOTLAND", "[\"DISCLOSURE_SCOTLAND\", \"PVG\"]",
            "NORTHERN_IRELAND", "[\"ACCESSNI\"]");
    schemes.forEach(
        (jurisdiction, required) -> {
          for (String frequency : List.of("ONE_OFF", "OCCASIONAL", "REGULAR")) {
            PlanDocuments.set(
                rulebook, "/vetting/requiredSchemes/" + jurisdiction + "/" + frequency, required);
          }
        });
    PlanDocuments.set(rulebook, "/controls/BROADCAST/advised", "[\"PRIVATE_CHAT_DISABLED\"]");
    rulebook.set(
        "extensions",
        PlanDocuments.MAPPER.readTree(
            "{\"quiet-hours\": {\"from\": \"21:00\", \"minutes\": 30, \"strict\": true,"
                + " \"days\": [\"SAT\", 7, false]}}"));
    return PlanDocuments.text(rulebook);
  }
}
