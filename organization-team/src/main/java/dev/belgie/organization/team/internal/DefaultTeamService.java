package dev.belgie.organization.team.internal;

import java.util.function.Supplier;

import dev.belgie.organization.Actor;
import dev.belgie.organization.team.TeamClient;
import dev.belgie.organization.team.TeamService;
import dev.belgie.organization.team.TeamSettings;

/**
 * The one implementation of {@link TeamService}: every client it hands out is an
 * {@link ActorTeamClient}. Not final, so that it can be wrapped in a class-based proxy.
 * Built by {@link dev.belgie.organization.team.assembly.TeamAssembly}; not API.
 */
public class DefaultTeamService implements TeamService {

	private final TeamOperations operations;

	private final TeamClient system;

	public DefaultTeamService(TeamOperations operations) {
		this.operations = operations;
		this.system = client(Actor::system);
	}

	@Override
	public TeamSettings settings() {
		return this.operations.settings();
	}

	@Override
	public TeamClient asSystem() {
		return this.system;
	}

	@Override
	public TeamClient client(Supplier<? extends Actor> actor) {
		return new ActorTeamClient(this.operations, actor);
	}

}
