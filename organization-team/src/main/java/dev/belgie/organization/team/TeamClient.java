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

	/**
	 * Creates a team; needs {@code team:create}.
	 * @param organizationId the organization's id
	 * @param request the team's name
	 * @return the team created
	 */
	Team create(UUID organizationId, CreateTeamRequest request);

	/**
	 * {@return the organization's teams with their member counts, oldest first}
	 * @param organizationId the organization's id
	 */
	List<Team> teams(UUID organizationId);

	/**
	 * One team of the organization, to any member.
	 * @param organizationId the organization's id
	 * @param teamId the team's id
	 * @return the team with its member count
	 */
	Team team(UUID organizationId, UUID teamId);

	/**
	 * Renames a team; needs {@code team:update} or a team role granting
	 * {@code team:update}.
	 * @param organizationId the organization's id
	 * @param teamId the team's id
	 * @param request the team's new name
	 * @return the team as renamed
	 */
	Team update(UUID organizationId, UUID teamId, UpdateTeamRequest request);

	/**
	 * Deletes a team with its team memberships; needs {@code team:delete}.
	 * @param organizationId the organization's id
	 * @param teamId the team's id
	 */
	void delete(UUID organizationId, UUID teamId);

	/**
	 * {@return a team's members, oldest first}
	 * @param organizationId the organization's id
	 * @param teamId the team's id
	 */
	List<TeamMember> members(UUID organizationId, UUID teamId);

	/**
	 * Adds a member of the organization to a team, within the team's seat limit.
	 * @param organizationId the organization's id
	 * @param teamId the team's id
	 * @param request the user and an optional team role
	 * @return the new team member
	 */
	TeamMember addMember(UUID organizationId, UUID teamId, AddTeamMemberRequest request);

	/**
	 * Changes a team member's team role; needs {@code team:update} or a team role
	 * granting {@code team-member:update}.
	 * @param organizationId the organization's id
	 * @param teamId the team's id
	 * @param userId the user's id
	 * @param role a team role value: a string, a comma-separated string or a collection
	 * @return the team member with its new team role
	 */
	TeamMember updateMemberRole(UUID organizationId, UUID teamId, String userId, Object role);

	/**
	 * Removes a user from a team; the organization membership stays.
	 * @param organizationId the organization's id
	 * @param teamId the team's id
	 * @param userId the user's id
	 */
	void removeMember(UUID organizationId, UUID teamId, String userId);

	/**
	 * {@return every team the caller belongs to, across organizations, with the caller's
	 * team role}
	 */
	List<TeamMembershipSummary> forIndividual();

}
