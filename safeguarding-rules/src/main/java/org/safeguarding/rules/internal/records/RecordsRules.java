package org.safeguarding.rules.internal.records;

import static org.safeguarding.core.assessment.FindingLevel.ADVICE;
import static org.safeguarding.core.assessment.FindingLevel.WARNING;

import java.util.List;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.FindingCodes;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.Sources;

/** The records rules: attendance and chat kept, notes of one-to-one sessions. */
public final class RecordsRules implements Rule {

  static final RuleDescription ATTENDANCE_NOT_RECORDED =
      RuleDescription.of(
          FindingCodes.ATTENDANCE_NOT_RECORDED,
          WARNING,
          "The session's attendance and times are not recorded.",
          "Record who attended and when the session started and ended.",
          Sources.SESSION_SETTINGS_GUIDE,
          Sources.CONSENT_AND_RECRUITMENT_GUIDE);

  static final RuleDescription CHAT_NOT_RETAINED =
      RuleDescription.of(
          FindingCodes.CHAT_NOT_RETAINED,
          WARNING,
          "The session has a chat whose messages are not kept.",
          "Save the chat, or turn it off.",
          Sources.SESSION_SETTINGS_GUIDE,
          Sources.PLATFORM_QUESTIONS_GUIDE,
          Sources.CIS_ZOOM);

  static final RuleDescription SESSION_NOT_RECORDED =
      RuleDescription.of(
          FindingCodes.SESSION_NOT_RECORDED,
          ADVICE,
          "A one-to-one session keeps no record at all (recording NONE).",
          "Keep notes of the session.",
          Sources.CONSENT_AND_RECRUITMENT_GUIDE,
          Sources.SESSION_SETTINGS_GUIDE);

  private static final List<RuleDescription> DESCRIPTIONS =
      List.of(ATTENDANCE_NOT_RECORDED, CHAT_NOT_RETAINED, SESSION_NOT_RECORDED);

  /** Creates the rule. */
  public RecordsRules() {}

  @Override
  public String name() {
    return "records";
  }

  @Override
  public List<RuleDescription> descriptions() {
    return DESCRIPTIONS;
  }

  @Override
  public void evaluate(Evaluation evaluation) {
    if (!evaluation.plan().attendanceRecorded()) {
      evaluation.report(ATTENDANCE_NOT_RECORDED).worded();
    }
    if (evaluation.plan().chat() == ChatMode.NOT_RETAINED) {
      evaluation.report(CHAT_NOT_RETAINED).worded();
    }
    if (evaluation.facts().isOneToOne() && evaluation.plan().recording() == Recording.NONE) {
      evaluation.report(SESSION_NOT_RECORDED).worded();
    }
  }
}
