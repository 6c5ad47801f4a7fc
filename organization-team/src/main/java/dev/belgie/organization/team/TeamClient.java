package dev.belgie.organization.team;

import java.util.List;
import java.util.UUID;

/**
 * The teams of the current user's organizations, for controllers: the team module's
 * counterpart of {@code OrganizationClient}, one instance per request, bound to the
 * current user. Every method checks the caller's rights itself; a caller who is not a
 * member of the organization is told it does not exist. Jobs and admin tools use
 * {@link TeamService}.
 */
public interface TeamClient {

	/** Creates a team; needs {@code team:create}. */
	Team create(UUID organizationId, CreateTeamRequest request);

	/** The organization's teams with their member counts, oldest first. */
	List<Team> teams(UUID organizationId);

	Team team(UUID organizationId, UUID teamId);

	/**
	 * Renames a team; needs {@code team:update} or a team role granting
	 * {@code team:update}.
	 */
	Team update(UUID organizationId, UUID teamId, UpdateTeamRequest request);

	/** Deletes a team with its team memberships; needs {@code team:delete}. */
	void delete(UUID organizationId, UUID teamId);

	/** A team's members, oldest first. */
	List<TeamMember> members(UUID organizationId, UUID teamId);

	/** Adds a member of the organization to a team, within the team's seat limit. */
	TeamMember addMember(UUID organizationId, UUID teamId, AddTeamMemberRequest request);

	TeamMember updateMemberRole(UUID organizationId, UUID teamId, String userId, Object role);

	/** Removes a user from a team; the organization membership stays. */
	void removeMember(UUID organizationId, UUID teamId, String userId);

	/**
	 * Every team the caller belongs to, across organizations, with the caller's team
	 * role.
	 */
	List<TeamMembershipSummary> forIndividual();

}
