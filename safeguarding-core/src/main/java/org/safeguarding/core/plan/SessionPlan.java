package org.safeguarding.core.plan;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * A plan for one online session: the service, the platform, when and how it runs, the staff, the
 * participants and the risk register.
 *
 * <p>Building a plan checks its structure (unique ids, ranges, residual pairs, one participant for
 * {@link SessionFormat#ONE_TO_ONE}, dates, sizes) and throws {@link InvalidPlanException} listing
 * every problem with its JSON path. Whether the plan is <em>safe</em> is for the engine to judge.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class SessionPlan {

  /** The only version of the JSON contract this library reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  SessionPlan() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the plan's id} */
  public abstract String id();

  /** {@return the service and the organisation's arrangements} */
  public abstract Service service();

  /** {@return the platform and its controls} */
  public abstract Platform platform();

  /** {@return when the session starts; checks, consents and reviews are judged at this date} */
  public abstract Instant start();

  /** {@return how long the session lasts, in minutes} */
  public abstract int durationMinutes();

  /** {@return group or one-to-one} */
  public abstract SessionFormat format();

  /** {@return whether participants can be seen, heard or post} */
  public abstract Interaction interaction();

  /** {@return what record of the session is kept} */
  public abstract Recording recording();

  /** {@return whether there is a chat and whether its log is kept} */
  public abstract ChatMode chat();

  /** {@return whether attendance is recorded} */
  @Value.Default
  public boolean attendanceRecorded() {
    return false;
  }

  /**
   * {@return whether a holding screen with the rules and the safeguarding lead's contact is shown}
   */
  @Value.Default
  public boolean holdingScreen() {
    return false;
  }

  /** {@return whether the safeguarding lead is available during the session} */
  @Value.Default
  public boolean safeguardingLeadAvailable() {
    return false;
  }

  /** {@return the staff and volunteers, in plan order} */
  public abstract List<StaffMember> staff();

  /** {@return the participants, in plan order} */
  public abstract List<Participant> participants();

  /** {@return the declared risk register, in plan order} */
  public abstract List<RiskEntry> risks();

  @Value.Check
  final void checkStructure() {
    PlanValidator.requireValid(this);
  }

  /**
   * Builds a {@link SessionPlan}; {@code build()} throws {@link InvalidPlanException} listing every
   * required value left unset, or every structural problem.
   */
  public static final class Builder {
    private final ImmutableSessionPlan.Builder generated = new ImmutableSessionPlan.Builder();

    Builder() {}

    /**
     * Copies every value of another session plan: each value it has replaces the one set here, an
     * optional value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the session plan to copy
     * @return this builder
     */
    public Builder from(SessionPlan instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the plan's id: not blank, at most 128 characters, no control, format or line-separator
     * characters.
     *
     * @param id the id
     * @return this builder
     */
    public Builder id(String id) {
      generated.id(id);
      return this;
    }

    /**
     * Sets the service the session belongs to and the organisation's arrangements behind it;
     * required.
     *
     * @param service the service
     * @return this builder
     */
    public Builder service(Service service) {
      generated.service(service);
      return this;
    }

    /**
     * Sets the platform the session runs on and the controls switched on for it; required.
     *
     * @param platform the platform
     * @return this builder
     */
    public Builder platform(Platform platform) {
      generated.platform(platform);
      return this;
    }

    /**
     * Sets when the session starts, in the years 1900 to 2999; checks, consents and reviews are
     * judged at its date; required.
     *
     * @param start the start
     * @return this builder
     */
    public Builder start(Instant start) {
      generated.start(start);
      return this;
    }

    /**
     * Sets how long the session lasts, in whole minutes, 1 to 1440; required.
     *
     * @param durationMinutes the duration
     * @return this builder
     */
    public Builder durationMinutes(int durationMinutes) {
      generated.durationMinutes(durationMinutes);
      return this;
    }

    /**
     * Sets whether the session is a group or one-to-one; a one-to-one session must have exactly one
     * participant; required.
     *
     * @param format the format
     * @return this builder
     */
    public Builder format(SessionFormat format) {
      generated.format(format);
      return this;
    }

    /**
     * Sets whether participants can be seen, heard or post; required.
     *
     * @param interaction the interaction
     * @return this builder
     */
    public Builder interaction(Interaction interaction) {
      generated.interaction(interaction);
      return this;
    }

    /**
     * Sets what record of the session is kept; required.
     *
     * @param recording the recording
     * @return this builder
     */
    public Builder recording(Recording recording) {
      generated.recording(recording);
      return this;
    }

    /**
     * Sets whether there is a chat and whether its log is kept; required.
     *
     * @param chat the chat
     * @return this builder
     */
    public Builder chat(ChatMode chat) {
      generated.chat(chat);
      return this;
    }

    /**
     * Sets whether attendance is recorded; false, meaning not in place, unless set.
     *
     * @param attendanceRecorded whether attendance is recorded
     * @return this builder
     */
    public Builder attendanceRecorded(boolean attendanceRecorded) {
      generated.attendanceRecorded(attendanceRecorded);
      return this;
    }

    /**
     * Sets whether a holding screen with the rules and the safeguarding lead's contact is shown;
     * false, meaning not in place, unless set.
     *
     * @param holdingScreen whether a holding screen is shown
     * @return this builder
     */
    public Builder holdingScreen(boolean holdingScreen) {
      generated.holdingScreen(holdingScreen);
      return this;
    }

    /**
     * Sets whether the safeguarding lead is available during the session; false, meaning not in
     * place, unless set.
     *
     * @param safeguardingLeadAvailable whether the lead is available
     * @return this builder
     */
    public Builder safeguardingLeadAvailable(boolean safeguardingLeadAvailable) {
      generated.safeguardingLeadAvailable(safeguardingLeadAvailable);
      return this;
    }

    /**
     * Adds one to the staff and volunteers ({@link StaffMember}), in plan order; at most 10,000,
     * ids unique across staff and participants.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addStaff(StaffMember element) {
      generated.addStaff(element);
      return this;
    }

    /**
     * Adds each given to the staff and volunteers ({@link StaffMember}), in plan order; at most
     * 10,000, ids unique across staff and participants.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addStaff(StaffMember... elements) {
      generated.addStaff(elements);
      return this;
    }

    /**
     * Replaces, with those given, the staff and volunteers ({@link StaffMember}), in plan order; at
     * most 10,000, ids unique across staff and participants.
     *
     * @param elements the staff
     * @return this builder
     */
    public Builder staff(Iterable<? extends StaffMember> elements) {
      generated.staff(elements);
      return this;
    }

    /**
     * Adds every one given to the staff and volunteers ({@link StaffMember}), in plan order; at
     * most 10,000, ids unique across staff and participants.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllStaff(Iterable<? extends StaffMember> elements) {
      generated.addAllStaff(elements);
      return this;
    }

    /**
     * Adds one to the participants ({@link Participant}), in plan order; at most 100,000, ids
     * unique across staff and participants.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addParticipant(Participant element) {
      generated.addParticipant(element);
      return this;
    }

    /**
     * Adds each given to the participants ({@link Participant}), in plan order; at most 100,000,
     * ids unique across staff and participants.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addParticipants(Participant... elements) {
      generated.addParticipants(elements);
      return this;
    }

    /**
     * Replaces, with those given, the participants ({@link Participant}), in plan order; at most
     * 100,000, ids unique across staff and participants.
     *
     * @param elements the participants
     * @return this builder
     */
    public Builder participants(Iterable<? extends Participant> elements) {
      generated.participants(elements);
      return this;
    }

    /**
     * Adds every one given to the participants ({@link Participant}), in plan order; at most
     * 100,000, ids unique across staff and participants.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllParticipants(Iterable<? extends Participant> elements) {
      generated.addAllParticipants(elements);
      return this;
    }

    /**
     * Adds one to the declared risk register ({@link RiskEntry}), in plan order; at most 10,000
     * entries with unique ids.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addRisk(RiskEntry element) {
      generated.addRisk(element);
      return this;
    }

    /**
     * Adds each given to the declared risk register ({@link RiskEntry}), in plan order; at most
     * 10,000 entries with unique ids.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addRisks(RiskEntry... elements) {
      generated.addRisks(elements);
      return this;
    }

    /**
     * Replaces, with those given, the declared risk register ({@link RiskEntry}), in plan order; at
     * most 10,000 entries with unique ids.
     *
     * @param elements the risks
     * @return this builder
     */
    public Builder risks(Iterable<? extends RiskEntry> elements) {
      generated.risks(elements);
      return this;
    }

    /**
     * Adds every one given to the declared risk register ({@link RiskEntry}), in plan order; at
     * most 10,000 entries with unique ids.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllRisks(Iterable<? extends RiskEntry> elements) {
      generated.addAllRisks(elements);
      return this;
    }

    /**
     * Builds the session plan.
     *
     * @return the session plan
     * @throws InvalidPlanException if a required value is unset, each reported at its path (such as
     *     {@code $.start: is required}), or the plan breaks a structural rule (unique ids, ranges,
     *     residual pairs, one participant for a one-to-one session, dates, sizes), listing every
     *     problem at its path in the plan's JSON
     */
    public SessionPlan build() {
      return StructureChecks.build(SafeguardingJson.PLAN, "session plan", generated::build);
    }
  }
}
