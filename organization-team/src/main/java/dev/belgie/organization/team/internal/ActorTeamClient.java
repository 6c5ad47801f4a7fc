package dev.belgie.organization.team.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.belgie.organization.Actor;
import dev.belgie.organization.team.AddTeamMemberRequest;
import dev.belgie.organization.team.CreateTeamRequest;
import dev.belgie.organization.team.Team;
import dev.belgie.organization.team.TeamClient;
import dev.belgie.organization.team.TeamMember;
import dev.belgie.organization.team.TeamMembershipSummary;
import dev.belgie.organization.team.UpdateTeamRequest;

/**
 * The one implementation of {@link TeamClient}: each method runs its operation acting as
 * the {@link Actor} it is bound to (the current user of a request, a given user, or the
 * system). Not final, so that the request's client can be a class-based scoped proxy.
 * Built by {@link DefaultTeamService}; not API.
 */
public class ActorTeamClient implements TeamClient {

	private final TeamOperations operations;

	private final Supplier<? extends Actor> actor;

	/**
	 * A client acting as the actor that {@code actor} supplies, asked at each call.
	 * @param operations the team operations
	 * @param actor the actor the client acts as
	 */
	public ActorTeamClient(TeamOperations operations, Supplier<? extends Actor> actor) {
		this.operations = operations;
		this.actor = actor;
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
		if (actor() instanceof Actor.UserActor user) {
			return this.operations.forUser(user.user().id());
		}
		throw new IllegalStateException("This operation acts as a user: use TeamService.onBehalfOf(user)");
	}

	private Actor actor() {
		return this.actor.get();
	}

}
