package dev.belgie.organization.team;

import dev.belgie.organization.error.ErrorCode;

/**
 * The error codes of the team module; an unknown team is the core's
 * {@code TEAM_NOT_FOUND}.
 */
public enum TeamErrorCode implements ErrorCode {

	/** Another team of the organization has the name (ignoring case). */
	TEAM_NAME_TAKEN(409, "Team name taken"),
	/** The organization has as many teams as it may. */
	TEAM_LIMIT_REACHED(409, "Team limit reached"),
	/** The user is not a member of the team's organization. */
	NOT_ORGANIZATION_MEMBER(409, "Not a member of the organization"),
	/** The user is already a member of the team. */
	ALREADY_TEAM_MEMBER(409, "Already a team member"),
	/** The team has as many members as it may. */
	TEAM_MEMBER_LIMIT_REACHED(409, "Team member limit reached");

	private final int status;

	private final String title;

	TeamErrorCode(int status, String title) {
		this.status = status;
		this.title = title;
	}

	@Override
	public String code() {
		return name();
	}

	@Override
	public int status() {
		return this.status;
	}

	@Override
	public String title() {
		return this.title;
	}

}
