package org.safeguarding.core.response;

/** What an action's owner names. */
public enum OwnerType {
  /** A member of the plan's staff, by id. */
  STAFF,
  /**
   * A role, by its {@link org.safeguarding.core.plan.StaffRole} name: nobody on the plan holds it,
   * so whoever holds it in the organisation owns the action.
   */
  ROLE,
  /**
   * The id the incident gives as its handler, who is not on the plan's staff (cover staff, say):
   * they keep what must be done on the spot, and the engine gives what follows to the safeguarding
   * lead.
   */
  NOT_ON_PLAN
}
