package dev.belgie.organization.team;

import java.util.List;

/**
 * The permissions that team roles grant within their team. Organization members holding
 * the organization permissions {@code team:create}, {@code team:update} and
 * {@code team:delete} manage every team whatever their team roles.
 */
public final class TeamPermissions {

	/** Rename the team. */
	public static final String TEAM_UPDATE = "team:update";

	/** Add members of the organization to the team. */
	public static final String MEMBER_CREATE = "team-member:create";

	/** Change the team roles of the team's members. */
	public static final String MEMBER_UPDATE = "team-member:update";

	/** Remove members from the team. */
	public static final String MEMBER_DELETE = "team-member:delete";

	/** Every team permission, in a stable order. */
	public static final List<String> ALL = List.of(TEAM_UPDATE, MEMBER_CREATE, MEMBER_UPDATE, MEMBER_DELETE);

	private TeamPermissions() {
	}

}
