package org.safeguarding.core.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.safeguarding.core.internal.checks.StructureChecks;
import org.safeguarding.core.json.SafeguardingJson;
import org.safeguarding.core.value.SafeguardingStyle;

/**
 * Who is in a live session's room now, and who has been removed from it, by id. Used to decide
 * whether the next person may be let in from the waiting room.
 */
@Value.Immutable
@SafeguardingStyle
public abstract class RoomState {

  /** The most ids a room may list, present and removed together. */
  public static final int MAX_PEOPLE = PlanLimits.MAX_PARTICIPANTS + PlanLimits.MAX_STAFF;

  RoomState() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the ids of the people in the room, in the order they came in} */
  public abstract List<String> present();

  /** {@return the ids of the people removed from the room} */
  public abstract List<String> removed();

  @Value.Check
  final void checkStructure() {
    StructureChecks checks = new StructureChecks();
    if (present().size() + removed().size() > MAX_PEOPLE) {
      checks.add("$", "must list at most " + MAX_PEOPLE + " people, present and removed together");
    }
    Map<String, String> seen = new HashMap<>();
    ids("$.present", present(), seen, checks);
    ids("$.removed", removed(), seen, checks);
    checks.throwIfAny(SafeguardingJson.ROOM);
  }

  private static void ids(
      String path, List<String> ids, Map<String, String> seen, StructureChecks checks) {
    for (int i = 0; i < ids.size(); i++) {
      String at = path + "[" + i + "]";
      checks.id(at, ids.get(i));
      @Nullable String first = seen.putIfAbsent(ids.get(i), at);
      if (first != null) {
        checks.add(at, "must appear once in the room, but " + first + " has the same id");
      }
    }
  }

  /** Builds a {@link RoomState}; {@code build()} throws {@link InvalidPlanException}. */
  public static final class Builder {
    private final ImmutableRoomState.Builder generated = new ImmutableRoomState.Builder();

    Builder() {}

    /**
     * Copies every value of another room: each value it has replaces the one set here, an optional
     * value it lacks leaves this builder's as it is, and collection elements are added.
     *
     * @param instance the room to copy
     * @return this builder
     */
    public Builder from(RoomState instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Adds one to the ids of the people in the room, in the order they came in; each a valid id
     * appearing once in the room, at most 110,000 ids with the removed.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addPresent(String element) {
      generated.addPresent(element);
      return this;
    }

    /**
     * Adds each given to the ids of the people in the room, in the order they came in; each a valid
     * id appearing once in the room, at most 110,000 ids with the removed.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addPresent(String... elements) {
      generated.addPresent(elements);
      return this;
    }

    /**
     * Replaces, with those given, the ids of the people in the room, in the order they came in;
     * each a valid id appearing once in the room, at most 110,000 ids with the removed.
     *
     * @param elements the ids
     * @return this builder
     */
    public Builder present(Iterable<String> elements) {
      generated.present(elements);
      return this;
    }

    /**
     * Adds every one given to the ids of the people in the room, in the order they came in; each a
     * valid id appearing once in the room, at most 110,000 ids with the removed.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllPresent(Iterable<String> elements) {
      generated.addAllPresent(elements);
      return this;
    }

    /**
     * Adds one to the ids of the people removed from the room; each a valid id appearing once in
     * the room, at most 110,000 ids with those present.
     *
     * @param element the one to add
     * @return this builder
     */
    public Builder addRemoved(String element) {
      generated.addRemoved(element);
      return this;
    }

    /**
     * Adds each given to the ids of the people removed from the room; each a valid id appearing
     * once in the room, at most 110,000 ids with those present.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addRemoved(String... elements) {
      generated.addRemoved(elements);
      return this;
    }

    /**
     * Replaces, with those given, the ids of the people removed from the room; each a valid id
     * appearing once in the room, at most 110,000 ids with those present.
     *
     * @param elements the ids
     * @return this builder
     */
    public Builder removed(Iterable<String> elements) {
      generated.removed(elements);
      return this;
    }

    /**
     * Adds every one given to the ids of the people removed from the room; each a valid id
     * appearing once in the room, at most 110,000 ids with those present.
     *
     * @param elements those to add
     * @return this builder
     */
    public Builder addAllRemoved(Iterable<String> elements) {
      generated.addAllRemoved(elements);
      return this;
    }

    /**
     * Builds the room; it requires no value, as both lists may be empty.
     *
     * @return the room
     * @throws InvalidPlanException if an id is invalid or appears twice, or the room lists too many
     *     people, listing every problem at its path in the room's JSON
     */
    public RoomState build() {
      return StructureChecks.build(SafeguardingJson.ROOM, "room", generated::build);
    }
  }
}
