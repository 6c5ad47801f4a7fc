package dev.belgie.organization.team;

import java.util.List;
import java.util.UUID;

import dev.belgie.organization.Actor;

/**
 * Every team operation acting as the system, with no caller checks: for jobs, provisioning and admin tools.
 * The invariants that hold whoever acts (unique team names, team members are organization members, the
 * limits) are kept. Controllers use {@link TeamClient}.
 */
public class TeamService {

	private static final Actor SYSTEM = Actor.system();

	private final TeamOperations operations;

	public TeamService(TeamOperations operations) {
		this.operations = operations;
	}

	/** The team settings: limits, team roles and their permissions. */
	public TeamSettings settings() {
		return this.operations.settings();
	}

	public Team create(UUID organizationId, CreateTeamRequest request) {
		return this.operations.create(SYSTEM, organizationId, request);
	}

	public List<Team> teams(UUID organizationId) {
		return this.operations.teams(SYSTEM, organizationId);
	}

	public Team team(UUID organizationId, UUID teamId) {
		return this.operations.team(SYSTEM, organizationId, teamId);
	}

	public Team update(UUID organizationId, UUID teamId, UpdateTeamRequest request) {
		return this.operations.rename(SYSTEM, organizationId, teamId, request);
	}

	public void delete(UUID organizationId, UUID teamId) {
		this.operations.delete(SYSTEM, organizationId, teamId);
	}

	public List<TeamMember> members(UUID organizationId, UUID teamId) {
		return this.operations.members(SYSTEM, organizationId, teamId);
	}

	public TeamMember addMember(UUID organizationId, UUID teamId, AddTeamMemberRequest request) {
		return this.operations.addMember(SYSTEM, organizationId, teamId, request);
	}

	public TeamMember updateMemberRole(UUID organizationId, UUID teamId, String userId, Object role) {
		return this.operations.updateMemberRole(SYSTEM, organizationId, teamId, userId, role);
	}

	public void removeMember(UUID organizationId, UUID teamId, String userId) {
		this.operations.removeMember(SYSTEM, organizationId, teamId, userId);
	}

	/** Every team a user belongs to, across organizations, with the user's team role. */
	public List<TeamMembershipSummary> forUser(String userId) {
		return this.operations.forUser(userId);
	}

}
