package dev.belgie.organization.team.internal;

/**
 * A team with its member count, and the role of the user it was read for ({@code null}
 * when read for no user): what one list query returns.
 */
public record TeamRow(TeamEntity team, long memberCount, String role) {

	public TeamRow(TeamEntity team, long memberCount) {
		this(team, memberCount, null);
	}

}
