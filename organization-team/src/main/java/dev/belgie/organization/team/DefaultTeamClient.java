package dev.belgie.organization.team;

import java.util.List;
import java.util.UUID;

import dev.belgie.organization.Actor;
import dev.belgie.organization.CurrentActor;
import dev.belgie.organization.spi.CurrentUserProvider;

/**
 * The {@link TeamClient} of one request: each method runs its operation acting as the current user. Not
 * final, so that it can be a class-based scoped proxy.
 */
public class DefaultTeamClient implements TeamClient {

	private final TeamOperations operations;

	private final CurrentActor currentActor;

	public DefaultTeamClient(TeamOperations operations, CurrentUserProvider currentUserProvider) {
		this.operations = operations;
		this.currentActor = new CurrentActor(currentUserProvider);
	}

	@Override
	public Team create(UUID organizationId, CreateTeamRequest request) {
		return this.operations.create(actor(), organizationId, request);
	}

	@Override
	public List<Team> teams(UUID organizationId) {
		return this.operations.teams(actor(), organizationId);
	}

	@Override
	public Team team(UUID organizationId, UUID teamId) {
		return this.operations.team(actor(), organizationId, teamId);
	}

	@Override
	public Team update(UUID organizationId, UUID teamId, UpdateTeamRequest request) {
		return this.operations.rename(actor(), organizationId, teamId, request);
	}

	@Override
	public void delete(UUID organizationId, UUID teamId) {
		this.operations.delete(actor(), organizationId, teamId);
	}

	@Override
	public List<TeamMember> members(UUID organizationId, UUID teamId) {
		return this.operations.members(actor(), organizationId, teamId);
	}

	@Override
	public TeamMember addMember(UUID organizationId, UUID teamId, AddTeamMemberRequest request) {
		return this.operations.addMember(actor(), organizationId, teamId, request);
	}

	@Override
	public TeamMember updateMemberRole(UUID organizationId, UUID teamId, String userId, Object role) {
		return this.operations.updateMemberRole(actor(), organizationId, teamId, userId, role);
	}

	@Override
	public void removeMember(UUID organizationId, UUID teamId, String userId) {
		this.operations.removeMember(actor(), organizationId, teamId, userId);
	}

	@Override
	public List<TeamMembershipSummary> forIndividual() {
		return this.operations.forUser(this.currentActor.user().id());
	}

	private Actor actor() {
		return this.currentActor.get();
	}

}
