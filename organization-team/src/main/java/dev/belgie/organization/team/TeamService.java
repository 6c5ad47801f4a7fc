package dev.belgie.organization.team;

import java.util.function.Supplier;

import dev.belgie.organization.Actor;
import dev.belgie.organization.spi.OrganizationUser;

/**
 * Where work outside a request gets its {@link TeamClient}: {@link #asSystem()} acts as
 * the system, with no caller checks (for jobs, provisioning and admin tools),
 * {@link #onBehalfOf(OrganizationUser)} as a given user, with that user's checks. Both
 * are the same implementation as the request's client, so every team operation exists
 * once, on {@link TeamClient}. The invariants that hold whoever acts (unique team names,
 * team members are organization members, the limits) are kept.
 * <p>
 * The auto-configuration provides it; without Spring Boot,
 * {@link dev.belgie.organization.team.assembly.TeamAssembly} builds it.
 */
public interface TeamService {

	/**
	 * The team settings: limits, team roles and their permissions.
	 * @return the settings
	 */
	TeamSettings settings();

	/**
	 * A client acting as the system: no caller checks; {@link TeamClient#forIndividual()}
	 * needs a user.
	 * @return the system's client
	 */
	TeamClient asSystem();

	/**
	 * A client acting as {@code user}, with that user's checks.
	 * @param user the user to act as
	 * @return a client for that user
	 */
	default TeamClient onBehalfOf(OrganizationUser user) {
		Actor actor = Actor.member(user);
		return client(() -> actor);
	}

	/**
	 * A client acting as the user with the given id, known only by it.
	 * @param userId the id of the user to act as
	 * @return a client for that user
	 */
	default TeamClient onBehalfOf(String userId) {
		return onBehalfOf(new OrganizationUser(userId, null, null));
	}

	/**
	 * The client acting as whoever {@code actor} supplies, asked at each call: the
	 * request's client is this acting for the current user.
	 * @param actor supplies the actor
	 * @return a client for that actor
	 */
	TeamClient client(Supplier<? extends Actor> actor);

}
