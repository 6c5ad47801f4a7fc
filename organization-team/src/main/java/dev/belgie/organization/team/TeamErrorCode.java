package dev.belgie.organization.team;

import dev.belgie.organization.error.ErrorCode;

/**
 * The error codes of the team module; an unknown team is the core's
 * {@code TEAM_NOT_FOUND}.
 */
public enum TeamErrorCode implements ErrorCode {

	TEAM_NAME_TAKEN(409, "Team name taken"), TEAM_LIMIT_REACHED(409, "Team limit reached"),
	NOT_ORGANIZATION_MEMBER(409, "Not a member of the organization"), ALREADY_TEAM_MEMBER(409, "Already a team member"),
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
