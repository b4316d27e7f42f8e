package org.safeguarding.core.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
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
  public static final class Builder extends ImmutableRoomState.Builder {
    Builder() {}
  }
}
