package org.safeguarding.rules.internal.platform;

import static org.safeguarding.core.assessment.FindingLevel.ADVICE;
import static org.safeguarding.core.assessment.FindingLevel.WARNING;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.safeguarding.core.assessment.FindingLevel;
import org.safeguarding.core.plan.AccountType;
import org.safeguarding.core.plan.ChatMode;
import org.safeguarding.core.plan.Interaction;
import org.safeguarding.core.plan.Location;
import org.safeguarding.core.plan.Participant;
import org.safeguarding.core.plan.PlatformControl;
import org.safeguarding.rules.Evaluation;
import org.safeguarding.rules.FindingCodes;
import org.safeguarding.rules.Rule;
import org.safeguarding.rules.RuleDescription;
import org.safeguarding.rules.SessionFacts;
import org.safeguarding.rules.Sources;
import org.safeguarding.rules.rulebook.Rulebook;

/** The platform rules: controls, registration, identity, display names, bedrooms, age mixing. */
public final class PlatformRules implements Rule {

  static final RuleDescription PLATFORM_CONTROL_MISSING =
      RuleDescription.withLevels(
          FindingCodes.PLATFORM_CONTROL_MISSING,
          EnumSet.of(WARNING, ADVICE),
          "A platform control the rulebook requires for the session's interaction is not set"
              + " (WARNING), or one it advises is not set (ADVICE). By default an interactive"
              + " session requires PASSCODE, WAITING_ROOM, HOST_ONLY_SCREEN_SHARE,"
              + " FILE_TRANSFER_DISABLED, JOIN_BEFORE_HOST_DISABLED and REMOVED_CANNOT_REJOIN and"
              + " advises PRIVATE_CHAT_DISABLED, LOCK_AFTER_START and HOST_CONTROLS_RENAME; a"
              + " broadcast requires PARTICIPANT_AV_OFF, HOST_ONLY_SCREEN_SHARE and"
              + " COMMENTS_DISABLED. A broadcast in which participants can post needs the controls"
              + " of both.",
          "Turn the control on in the platform's settings.",
          Sources.SESSION_SETTINGS_GUIDE,
          Sources.CIS_ZOOM,
          Sources.MICROSOFT_TEAMS,
          Sources.RUNNING_SESSIONS_GUIDE);

  static final RuleDescription REGISTRATION_MISSING =
      RuleDescription.of(
          FindingCodes.REGISTRATION_MISSING,
          WARNING,
          "A participant of an interactive session has not registered beforehand.",
          "Have the participant register before they are given the joining details.",
          Sources.RUNNING_SESSIONS_GUIDE);

  static final RuleDescription IDENTITY_UNVERIFIED =
      RuleDescription.of(
          FindingCodes.IDENTITY_UNVERIFIED,
          WARNING,
          "A participant on a platform of persistent public accounts has not had their identity"
              + " checked.",
          "Check that the account is who it says it is: its age, its photos, its history.",
          Sources.RUNNING_SESSIONS_GUIDE);

  static final RuleDescription SURNAME_VISIBLE =
      RuleDescription.of(
          FindingCodes.SURNAME_VISIBLE,
          ADVICE,
          "A participant's display name shows their surname.",
          "Remove the surname from the display name, so they are harder to identify.",
          Sources.RUNNING_SESSIONS_GUIDE);

  static final RuleDescription PARTICIPANT_IN_BEDROOM =
      RuleDescription.of(
          FindingCodes.PARTICIPANT_IN_BEDROOM,
          WARNING,
          "A participant joins from a bedroom.",
          "Ask the participant to join from a shared space.",
          Sources.SESSION_SETTINGS_GUIDE);

  static final RuleDescription AGE_MIXING =
      RuleDescription.of(
          FindingCodes.AGE_MIXING,
          WARNING,
          "Children and adults take part in the same session (a participant of unknown age counts"
              + " as a child).",
          "Run separate sessions, or justify the mix in the risk assessment and supervise it.",
          Sources.CONSENT_AND_RECRUITMENT_GUIDE,
          Sources.SESSION_SETTINGS_GUIDE);

  static final RuleDescription BROADCAST_IS_INTERACTIVE =
      RuleDescription.of(
          FindingCodes.BROADCAST_IS_INTERACTIVE,
          WARNING,
          "A session planned as a broadcast lets participants post (its chat is not NONE, or"
              + " COMMENTS_DISABLED is not set), so it is judged as an interactive session by every"
              + " rule: supervision, registration, identity, inferred risks and required controls.",
          "Turn the chat and comments off so that participants cannot post, or plan the session"
              + " as an interactive one with its safeguards.",
          Sources.RUNNING_SESSIONS_GUIDE,
          Sources.SESSION_SETTINGS_GUIDE);

  private static final List<RuleDescription> DESCRIPTIONS =
      List.of(
          PLATFORM_CONTROL_MISSING,
          BROADCAST_IS_INTERACTIVE,
          REGISTRATION_MISSING,
          IDENTITY_UNVERIFIED,
          SURNAME_VISIBLE,
          PARTICIPANT_IN_BEDROOM,
          AGE_MIXING);

  /** Creates the rule. */
  public PlatformRules() {}

  @Override
  public String name() {
    return "platform";
  }

  @Override
  public List<RuleDescription> descriptions() {
    return DESCRIPTIONS;
  }

  @Override
  public void evaluate(Evaluation evaluation) {
    SessionFacts facts = evaluation.facts();
    Optional<String> postings = postings(facts);
    if (postings.isPresent()) {
      evaluation
          .report(BROADCAST_IS_INTERACTIVE)
          .with("postings", postings.get())
          .with("chat", evaluation.plan().chat())
          .worded();
    }
    Set<PlatformControl> controls = evaluation.plan().platform().controls();
    Rulebook rulebook = evaluation.rulebook();
    Set<PlatformControl> required = expected(evaluation, rulebook::requiredControls);
    Set<PlatformControl> advised = expected(evaluation, rulebook::advisedControls);
    advised.removeAll(required);
    controls(evaluation, controls, required, WARNING);
    controls(evaluation, controls, advised, ADVICE);
    boolean publicAccounts =
        evaluation.plan().platform().accounts() == AccountType.PERSISTENT_PUBLIC;
    for (Participant participant : evaluation.plan().participants()) {
      String id = participant.id();
      if (facts.isInteractive() && !participant.registered()) {
        evaluation.report(REGISTRATION_MISSING).about(id).with("participant", id).worded();
      }
      if (publicAccounts && !participant.identityVerified()) {
        evaluation.report(IDENTITY_UNVERIFIED).about(id).with("participant", id).worded();
      }
      if (participant.surnameVisible()) {
        evaluation.report(SURNAME_VISIBLE).about(id).with("participant", id).worded();
      }
      if (participant.location().orElse(null) == Location.BEDROOM) {
        evaluation.report(PARTICIPANT_IN_BEDROOM).about(id).with("participant", id).worded();
      }
    }
    if (facts.hasChildren() && facts.hasAdultParticipants()) {
      evaluation.report(AGE_MIXING).worded();
    }
  }

  /**
   * {@return how participants can post in a session planned as a broadcast, as the catalogue's
   * {@code posting} phrases ({@code CHAT}, {@code COMMENTS}) separated by commas; empty when they
   * cannot, or the session is not a broadcast} The same facts as {@link
   * SessionFacts#broadcastPostings()}.
   *
   * @param facts the facts of the plan
   */
  public static Optional<String> postings(SessionFacts facts) {
    if (facts.broadcastPostings().isEmpty()) {
      return Optional.empty();
    }
    List<String> postings = new ArrayList<>(2);
    if (facts.plan().chat() != ChatMode.NONE) {
      postings.add("CHAT");
    }
    if (!facts.plan().platform().controls().contains(PlatformControl.COMMENTS_DISABLED)) {
      postings.add("COMMENTS");
    }
    return Optional.of(String.join(",", postings));
  }

  /**
   * The controls the session is expected to have, required or advised: those of the interaction the
   * plan names and, when participants can be seen, heard or post, the interactive ones too (a
   * broadcast in which participants can post keeps its own controls and needs the interactive
   * ones).
   */
  private static Set<PlatformControl> expected(
      Evaluation evaluation, Function<Interaction, Set<PlatformControl>> byInteraction) {
    Set<PlatformControl> expected = EnumSet.noneOf(PlatformControl.class);
    expected.addAll(byInteraction.apply(evaluation.plan().interaction()));
    if (evaluation.facts().isInteractive()) {
      expected.addAll(byInteraction.apply(Interaction.INTERACTIVE));
    }
    return expected;
  }

  private static void controls(
      Evaluation evaluation,
      Set<PlatformControl> present,
      Set<PlatformControl> expected,
      FindingLevel level) {
    for (PlatformControl control : expected) {
      if (!present.contains(control)) {
        evaluation
            .report(PLATFORM_CONTROL_MISSING)
            .at(level)
            .about(control.name())
            .with("control", control)
            .worded(level == WARNING ? null : "advised");
      }
    }
  }
}
