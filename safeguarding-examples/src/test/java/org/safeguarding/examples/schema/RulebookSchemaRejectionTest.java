package org.safeguarding.examples.schema;

import static org.safeguarding.examples.schema.Damage.change;
import static org.safeguarding.examples.schema.Damage.raw;
import static org.safeguarding.examples.schema.Damage.str;
import static org.safeguarding.examples.schema.Damage.without;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;

/**
 * Rulebooks that break the format, each one change away from the bundled uk-default as written
 * back: the schema refuses every one of them, and so does the reader, and both point at the value
 * at fault. Where an object keyed by names lacks one, the schema names the missing key and the
 * reader the object.
 */
class RulebookSchemaRejectionTest {

  private static final ContractDocument RULEBOOK = ContractDocument.RULEBOOK;

  @ParameterizedTest(name = "{0}")
  @MethodSource("damages")
  void damagedRulebook_failsTheSchemaAndTheReader_atTheSamePlace(Damage damage) {
    damage.assertRefusedBy(RULEBOOK);
  }

  static Stream<Damage> damages() {
    List<Damage> all = new ArrayList<>();
    for (String field :
        List.of(
            "name",
            "version",
            "timeZone",
            "adultAge",
            "consent",
            "supervision",
            "vetting",
            "policies",
            "controls",
            "inference",
            "riskBands",
            "admission",
            "deadlines")) {
      all.add(without(RULEBOOK, "missing " + field, "/" + field, "$." + field));
    }
    for (String pointer :
        List.of(
            "/consent/capacityAge",
            "/consent/verifiedParentalConsent",
            "/supervision/minimumAdults",
            "/supervision/ratioBands/2/toAge",
            "/vetting/requiredChecks/1/roles",
            "/vetting/trainingValidYears",
            "/controls/BROADCAST/advised",
            "/inference/impersonation/stepDownIfAdministered",
            "/riskBands/3/band",
            "/admission/adultsPresentBeforeVulnerable",
            "/deadlines/PHONE_PARTICIPANT/within")) {
      all.add(without(RULEBOOK, "missing " + pointer, pointer, path(pointer)));
    }
    for (String pointer :
        List.of(
            "/consent/digitalConsentAge/WALES",
            "/vetting/acceptedSchemes/SCOTLAND",
            "/vetting/requiredSchemes/ENGLAND/OCCASIONAL",
            "/vetting/checkValidYears/PVG",
            "/policies/ONLINE_SAFETY",
            "/controls/INTERACTIVE",
            "/deadlines/REVIEW_RISK_REGISTER")) {
      all.add(
          without(
              RULEBOOK,
              "missing key " + pointer,
              pointer,
              path(pointer),
              path(pointer.substring(0, pointer.lastIndexOf('/')))));
    }
    all.addAll(unknownFields());
    all.addAll(wrongEnumValues());
    all.addAll(wrongTypes());
    all.addAll(nulls());
    all.addAll(outOfRange());
    all.addAll(texts());
    all.addAll(structure());
    return all.stream();
  }

  private static List<Damage> unknownFields() {
    return List.of(
        change(RULEBOOK, "unknown field", "/country", str("UK"), "$.country"),
        change(
            RULEBOOK,
            "unknown field in consent",
            "/consent/minimumAge",
            "13",
            "$.consent.minimumAge"),
        change(
            RULEBOOK,
            "unknown field in a ratio band",
            "/supervision/ratioBands/0/adults",
            "1",
            "$.supervision.ratioBands[0].adults"),
        change(
            RULEBOOK,
            "unknown field in a check row",
            "/vetting/requiredChecks/2/supervised",
            "true",
            "$.vetting.requiredChecks[2].supervised"),
        change(
            RULEBOOK,
            "unknown policy",
            "/policies/FIRE_SAFETY",
            str("WARNING"),
            "$.policies.FIRE_SAFETY"),
        change(
            RULEBOOK,
            "unknown scheme as a key",
            "/vetting/checkValidYears/CRB",
            "3",
            "$.vetting.checkValidYears.CRB"),
        change(
            RULEBOOK,
            "unknown frequency",
            "/vetting/requiredSchemes/WALES/WEEKLY",
            "[]",
            "$.vetting.requiredSchemes.WALES.WEEKLY"),
        change(RULEBOOK, "unknown interaction", "/controls/HYBRID", "{}", "$.controls.HYBRID"),
        change(
            RULEBOOK,
            "unknown field in an inference",
            "/inference/participantDistress/perNeed",
            "1",
            "$.inference.participantDistress.perNeed"),
        change(
            RULEBOOK,
            "unknown field in a risk band",
            "/riskBands/1/colour",
            str("amber"),
            "$.riskBands[1].colour"),
        change(
            RULEBOOK, "unknown action", "/deadlines/CALL_POLICE", "{}", "$.deadlines.CALL_POLICE"),
        change(
            RULEBOOK,
            "unknown field in a deadline",
            "/deadlines/RECORD_INCIDENT/until",
            str("PT1H"),
            "$.deadlines.RECORD_INCIDENT.until"));
  }

  private static List<Damage> wrongEnumValues() {
    return List.of(
        change(
            RULEBOOK,
            "unknown finding level",
            "/policies/DATA_PROTECTION",
            str("FATAL"),
            "$.policies.DATA_PROTECTION"),
        change(
            RULEBOOK,
            "unknown verification",
            "/consent/verifiedParentalConsent/1",
            str("VERBAL"),
            "$.consent.verifiedParentalConsent[1]"),
        change(
            RULEBOOK,
            "unverified consent counted as verified",
            "/consent/verifiedParentalConsent/2",
            str("UNVERIFIED"),
            "$.consent.verifiedParentalConsent[2]"),
        change(
            RULEBOOK,
            "unknown audience",
            "/vetting/requiredChecks/3/audience",
            str("TEENS"),
            "$.vetting.requiredChecks[3].audience"),
        change(
            RULEBOOK,
            "unknown frequency in a check row",
            "/vetting/requiredChecks/0/frequencies/0",
            str("WEEKLY"),
            "$.vetting.requiredChecks[0].frequencies[0]"),
        change(
            RULEBOOK,
            "unknown role",
            "/vetting/requiredChecks/2/roles/0",
            str("PARENT"),
            "$.vetting.requiredChecks[2].roles[0]"),
        change(
            RULEBOOK,
            "unknown check level",
            "/vetting/requiredChecks/1/level",
            str("FULL"),
            "$.vetting.requiredChecks[1].level"),
        change(
            RULEBOOK,
            "unknown scheme",
            "/vetting/acceptedSchemes/SCOTLAND/2",
            str("CRB"),
            "$.vetting.acceptedSchemes.SCOTLAND[2]"),
        change(
            RULEBOOK,
            "unknown control",
            "/controls/INTERACTIVE/required/0",
            str("LOBBY"),
            "$.controls.INTERACTIVE.required[0]"),
        change(
            RULEBOOK,
            "unknown hijack control",
            "/inference/sessionHijack/controls/2",
            str("PASSWORD"),
            "$.inference.sessionHijack.controls[2]"),
        change(RULEBOOK, "unknown band", "/riskBands/1/band", str("SEVERE"), "$.riskBands[1].band"),
        change(
            RULEBOOK,
            "unknown starting point",
            "/deadlines/CONTACT_AFTER_SESSION/from",
            str("NOW"),
            "$.deadlines.CONTACT_AFTER_SESSION.from"));
  }

  private static List<Damage> wrongTypes() {
    return List.of(
        change(RULEBOOK, "name as a number", "/name", "1", "$.name"),
        change(RULEBOOK, "timeZone as a number", "/timeZone", "0", "$.timeZone"),
        change(RULEBOOK, "adultAge as text", "/adultAge", str("18"), "$.adultAge"),
        change(RULEBOOK, "adultAge with a fraction", "/adultAge", "18.5", "$.adultAge"),
        change(RULEBOOK, "consent as a list", "/consent", "[]", "$.consent"),
        change(
            RULEBOOK,
            "a boolean as text",
            "/consent/adultSelfConsentRequired",
            str("true"),
            "$.consent.adultSelfConsentRequired"),
        change(
            RULEBOOK,
            "a list of names as one name",
            "/consent/verifiedParentalConsent",
            str("WRITTEN"),
            "$.consent.verifiedParentalConsent"),
        change(
            RULEBOOK,
            "ratio bands as an object",
            "/supervision/ratioBands",
            "{}",
            "$.supervision.ratioBands"),
        change(
            RULEBOOK,
            "a ratio band as a number",
            "/supervision/ratioBands/4",
            "10",
            "$.supervision.ratioBands[4]"),
        change(
            RULEBOOK,
            "a keyed object as a list",
            "/vetting/checkValidYears",
            "[3, 3, 3, 5]",
            "$.vetting.checkValidYears"),
        change(RULEBOOK, "policies as a list", "/policies", "[]", "$.policies"),
        change(RULEBOOK, "risk bands as an object", "/riskBands", "{}", "$.riskBands"),
        change(RULEBOOK, "deadlines as a list", "/deadlines", "[]", "$.deadlines"),
        change(
            RULEBOOK,
            "within as a number of minutes",
            "/deadlines/PHONE_PARTICIPANT/within",
            "15",
            "$.deadlines.PHONE_PARTICIPANT.within"));
  }

  private static List<Damage> nulls() {
    return List.of(
        change(RULEBOOK, "null name", "/name", "null", "$.name"),
        change(RULEBOOK, "null adultAge", "/adultAge", "null", "$.adultAge"),
        change(RULEBOOK, "null consent", "/consent", "null", "$.consent"),
        change(
            RULEBOOK,
            "null ratio bands",
            "/supervision/ratioBands",
            "null",
            "$.supervision.ratioBands"),
        change(
            RULEBOOK,
            "null scheme",
            "/vetting/acceptedSchemes/SCOTLAND/2",
            "null",
            "$.vetting.acceptedSchemes.SCOTLAND[2]"),
        change(
            RULEBOOK,
            "null policy level",
            "/policies/CODE_OF_CONDUCT",
            "null",
            "$.policies.CODE_OF_CONDUCT"),
        change(RULEBOOK, "null risk band", "/riskBands/2", "null", "$.riskBands[2]"),
        change(
            RULEBOOK,
            "null deadline",
            "/deadlines/RECORD_INCIDENT",
            "null",
            "$.deadlines.RECORD_INCIDENT"));
  }

  private static List<Damage> outOfRange() {
    return List.of(
        change(RULEBOOK, "adultAge 0", "/adultAge", "0", "$.adultAge"),
        change(RULEBOOK, "adultAge 121", "/adultAge", "121", "$.adultAge"),
        change(RULEBOOK, "capacityAge -1", "/consent/capacityAge", "-1", "$.consent.capacityAge"),
        change(
            RULEBOOK,
            "digital consent age 121",
            "/consent/digitalConsentAge/SCOTLAND",
            "121",
            "$.consent.digitalConsentAge.SCOTLAND"),
        change(
            RULEBOOK,
            "no children per adult",
            "/supervision/ratioBands/1/childrenPerAdult",
            "0",
            "$.supervision.ratioBands[1].childrenPerAdult"),
        change(
            RULEBOOK,
            "101 minimum adults",
            "/supervision/minimumAdults",
            "101",
            "$.supervision.minimumAdults"),
        change(
            RULEBOOK,
            "no colleague",
            "/supervision/oneToOneColleagues",
            "0",
            "$.supervision.oneToOneColleagues"),
        change(
            RULEBOOK,
            "1001 adults at risk per adult",
            "/supervision/adultsAtRiskPerAdult",
            "1001",
            "$.supervision.adultsAtRiskPerAdult"),
        change(
            RULEBOOK,
            "a check valid 51 years",
            "/vetting/checkValidYears/DBS",
            "51",
            "$.vetting.checkValidYears.DBS"),
        change(
            RULEBOOK,
            "an increment of 5",
            "/inference/sessionHijack/perMissingControl",
            "5",
            "$.inference.sessionHijack.perMissingControl"),
        change(
            RULEBOOK,
            "a likelihood of 0",
            "/inference/participantDistress/likelihood",
            "0",
            "$.inference.participantDistress.likelihood"),
        change(RULEBOOK, "a score of 26", "/riskBands/3/highest", "26", "$.riskBands[3].highest"),
        change(RULEBOOK, "a score of 0", "/riskBands/0/lowest", "0", "$.riskBands[0].lowest"));
  }

  private static List<Damage> texts() {
    return List.of(
        change(RULEBOOK, "empty name", "/name", str(""), "$.name"),
        change(RULEBOOK, "blank version", "/version", str(" \u2003 "), "$.version"),
        change(RULEBOOK, "name of 65 characters", "/name", str("n".repeat(65)), "$.name"),
        change(RULEBOOK, "name with a zero-width space", "/name", str("uk\u200bdefault"), "$.name"),
        change(
            RULEBOOK,
            "version with a right-to-left override",
            "/version",
            str("\u202e2.6202"),
            "$.version"),
        change(RULEBOOK, "name with a line separator", "/name", str("uk\u2028default"), "$.name"),
        change(RULEBOOK, "name with a soft hyphen", "/name", str("uk\u00addefault"), "$.name"),
        change(RULEBOOK, "empty time zone", "/timeZone", str(""), "$.timeZone"),
        change(RULEBOOK, "a fixed offset", "/timeZone", str("+01:00"), "$.timeZone"),
        change(RULEBOOK, "Z", "/timeZone", str("Z"), "$.timeZone"),
        change(RULEBOOK, "UTC", "/timeZone", str("UTC"), "$.timeZone"),
        change(RULEBOOK, "an offset dressed as UTC", "/timeZone", str("UTC+01:00"), "$.timeZone"),
        change(RULEBOOK, "an offset dressed as GMT", "/timeZone", str("GMT+1"), "$.timeZone"),
        change(RULEBOOK, "an offset dressed as UT", "/timeZone", str("UT-5"), "$.timeZone"),
        change(
            RULEBOOK, "a time zone with a space", "/timeZone", str("Europe/ London"), "$.timeZone"),
        change(
            RULEBOOK,
            "within in months",
            "/deadlines/REVIEW_RISK_REGISTER/within",
            str("P1M"),
            "$.deadlines.REVIEW_RISK_REGISTER.within"),
        change(
            RULEBOOK,
            "within of a day and an hour",
            "/deadlines/RECORD_INCIDENT/within",
            str("P1DT1H"),
            "$.deadlines.RECORD_INCIDENT.within"),
        change(
            RULEBOOK,
            "within with a sign",
            "/deadlines/PHONE_PARTICIPANT/within",
            str("PT-15M"),
            "$.deadlines.PHONE_PARTICIPANT.within"),
        change(
            RULEBOOK,
            "within with a fraction",
            "/deadlines/PHONE_PARTICIPANT/within",
            str("PT0.25H"),
            "$.deadlines.PHONE_PARTICIPANT.within"),
        change(
            RULEBOOK,
            "within of 367 days",
            "/deadlines/REVIEW_RISK_REGISTER/within",
            str("P367D"),
            "$.deadlines.REVIEW_RISK_REGISTER.within"),
        change(
            RULEBOOK,
            "within of 53 weeks",
            "/deadlines/REVIEW_RISK_REGISTER/within",
            str("P53W"),
            "$.deadlines.REVIEW_RISK_REGISTER.within"),
        change(
            RULEBOOK,
            "within of ten-digit hours",
            "/deadlines/RECORD_INCIDENT/within",
            str("PT0000000024H"),
            "$.deadlines.RECORD_INCIDENT.within"),
        change(
            RULEBOOK,
            "within in words",
            "/deadlines/FOLLOW_UP_NEXT_DAY/within",
            str("1 day"),
            "$.deadlines.FOLLOW_UP_NEXT_DAY.within"),
        change(
            RULEBOOK,
            "within ending with a line break",
            "/deadlines/FOLLOW_UP_NEXT_DAY/within",
            str("P1D\n"),
            "$.deadlines.FOLLOW_UP_NEXT_DAY.within"));
  }

  private static List<Damage> structure() {
    return List.of(
        change(
            RULEBOOK,
            "the first ratio band not from birth",
            "/supervision/ratioBands/0/fromAge",
            "1",
            "$.supervision.ratioBands[0].fromAge"),
        change(
            RULEBOOK, "no ratio band", "/supervision/ratioBands", "[]", "$.supervision.ratioBands"),
        change(
            RULEBOOK, "no check row", "/vetting/requiredChecks", "[]", "$.vetting.requiredChecks"),
        change(
            RULEBOOK,
            "a check row for no frequency",
            "/vetting/requiredChecks/0/frequencies",
            "[]",
            "$.vetting.requiredChecks[0].frequencies"),
        change(
            RULEBOOK,
            "a jurisdiction accepting no scheme",
            "/vetting/acceptedSchemes/NORTHERN_IRELAND",
            "[]",
            "$.vetting.acceptedSchemes.NORTHERN_IRELAND"),
        change(
            RULEBOOK,
            "a role repeated in a check row",
            "/vetting/requiredChecks/2/roles/1",
            str("VOLUNTEER"),
            "$.vetting.requiredChecks[2].roles",
            "$.vetting.requiredChecks[2].roles[1]"),
        change(
            RULEBOOK,
            "a control repeated",
            "/controls/BROADCAST/required/3",
            str("PARTICIPANT_AV_OFF"),
            "$.controls.BROADCAST.required",
            "$.controls.BROADCAST.required[3]"),
        change(
            RULEBOOK,
            "the first risk band not from score 1",
            "/riskBands/0/lowest",
            "2",
            "$.riskBands[0].lowest",
            "$.riskBands"),
        change(
            RULEBOOK,
            "the last risk band short of 25",
            "/riskBands/3/highest",
            "24",
            "$.riskBands[3].highest",
            "$.riskBands"),
        Damage.edit(
            RULEBOOK,
            "three risk bands",
            rulebook -> {
              ((ArrayNode) rulebook.get("riskBands")).remove(3);
              return PlanDocuments.set(rulebook, "/riskBands/2/highest", "25");
            },
            "$.riskBands",
            "$.riskBands"),
        raw("a list, not an object", "[]", "$"),
        raw("a string, not an object", "\"uk-default\"", "$"));
  }

  /** The JSON path of a JSON pointer whose steps are all names but for numbered ones. */
  private static String path(String pointer) {
    StringBuilder path = new StringBuilder("$");
    for (String step : pointer.substring(1).split("/")) {
      if (step.chars().allMatch(Character::isDigit)) {
        path.append('[').append(step).append(']');
      } else {
        path.append('.').append(step);
      }
    }
    return path.toString();
  }
}
