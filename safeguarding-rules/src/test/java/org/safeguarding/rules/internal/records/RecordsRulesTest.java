package org.safeguarding.rules.internal.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.rules.testing.Findings.assertSessionFinding;
import static org.safeguarding.rules.testing.Findings.codes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.core.assessment.Assessment;
import org.safeguarding.core.assessment.Decision;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.ConsentGiver;
import org.safeguarding.core.plan.ConsentScope;
import org.safeguarding.core.plan.Recording;
import org.safeguarding.core.plan.SessionFormat;
import org.safeguarding.core.plan.SessionPlan;
import org.safeguarding.rules.SafeguardingEngine;
import org.safeguarding.rules.testing.SafePlans;

/** The records rules: attendance, chat, and notes of one-to-one sessions. */
class RecordsRulesTest {

  private static final SafeguardingEngine ENGINE = SafeguardingEngine.ukDefault();

  // --- ATTENDANCE_NOT_RECORDED
  // --------------------------------------------------------------------

  @Test
  void assess_attendanceNotRecorded_warns() {
    // given the safe group does not record attendance
    SessionPlan plan = SafePlans.childrensGroup().attendanceRecorded(false).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("ATTENDANCE_NOT_RECORDED");
    assertSessionFinding(assessment, "ATTENDANCE_NOT_RECORDED", FindingLevel.WARNING);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_attendanceRecorded_doesNotWarn() {
    // given the safe group records attendance
    SessionPlan plan = SafePlans.childrensGroup().attendanceRecorded(true).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
  }

  // --- CHAT_NOT_RETAINED
  // --------------------------------------------------------------------------

  @Test
  void assess_chatNotRetained_warns() {
    // given the session has a chat that is not kept
    SessionPlan plan = SafePlans.childrensGroup().chat(ChatMode.NOT_RETAINED).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("CHAT_NOT_RETAINED");
    assertSessionFinding(assessment, "CHAT_NOT_RETAINED", FindingLevel.WARNING);
    assertThat(assessment.decision()).isEqualTo(Decision.GO_WITH_CONDITIONS);
  }

  @Test
  void assess_noChat_doesNotWarnChatNotRetained() {
    // given the session has no chat at all
    SessionPlan plan = SafePlans.childrensGroup().chat(ChatMode.NONE).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_chatRetained_doesNotWarn() {
    // given the session's chat is kept
    SessionPlan plan = SafePlans.childrensGroup().chat(ChatMode.RETAINED).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // --- SESSION_NOT_RECORDED
  // -----------------------------------------------------------------------

  @Test
  void assess_oneToOneKeepingNoRecord_advisesNotesAndStillGoes() {
    // given a one-to-one session, with a colleague, keeping no record
    SessionPlan plan = oneToOne(Recording.NONE);

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).containsExactly("SESSION_NOT_RECORDED");
    assertSessionFinding(assessment, "SESSION_NOT_RECORDED", FindingLevel.ADVICE);
    assertThat(assessment.decision()).isEqualTo(Decision.GO);
  }

  @Test
  void assess_oneToOneKeepingNotes_doesNotAdvise() {
    // given a one-to-one session, with a colleague, keeping notes
    SessionPlan plan = oneToOne(Recording.NOTES);

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_oneToOneRecordedOnAudioAndVideo_doesNotAdvise() {
    // given a one-to-one session recorded on audio and video, with consent to recording
    SessionPlan plan =
        SafePlans.childrensGroup()
            .format(SessionFormat.ONE_TO_ONE)
            .recording(Recording.AUDIO_VISUAL)
            .participants(
                List.of(
                    SafePlans.child("p1", 10)
                        .consents(
                            List.of(
                                SafePlans.consent(
                                        ConsentGiver.PARENT_OR_CARER,
                                        ConsentScope.PARTICIPATION,
                                        ConsentScope.RECORDING)
                                    .build()))
                        .build()))
            .build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  @Test
  void assess_groupKeepingNoRecord_doesNotAdvise() {
    // given the safe group session, which keeps no recording or notes
    SessionPlan plan = SafePlans.childrensGroup().recording(Recording.NONE).build();

    // when
    Assessment assessment = ENGINE.assess(plan);

    // then
    assertThat(codes(assessment)).isEmpty();
  }

  // --- helpers
  // ------------------------------------------------------------------------------------

  /** The safe group made one-to-one with p1 (10), still with both members of staff. */
  private static SessionPlan oneToOne(Recording recording) {
    return SafePlans.childrensGroup()
        .format(SessionFormat.ONE_TO_ONE)
        .recording(recording)
        .participants(List.of(SafePlans.child("p1", 10).build()))
        .build();
  }
}
