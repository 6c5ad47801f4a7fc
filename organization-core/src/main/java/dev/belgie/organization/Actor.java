package dev.belgie.organization;

import java.util.Objects;

import dev.belgie.organization.spi.OrganizationUser;

/**
 * Who performs an operation: a user, whose membership and permissions every operation
 * checks, or the system (jobs, provisioning, admin tools), which passes every access
 * check but no invariant.
 */
public sealed interface Actor permits Actor.UserActor, Actor.SystemActor {

	/**
	 * {@return a user acting for themselves: the request-scoped client acts so}
	 * @param user the user who acts
	 */
	static Actor member(OrganizationUser user) {
		return new UserActor(user);
	}

	/**
	 * {@return the system: {@link OrganizationService} acts so}
	 */
	static Actor system() {
		return SystemActor.INSTANCE;
	}

	/** A user acting for themselves. */
	record UserActor(OrganizationUser user) implements Actor {

		/**
		 * Refuses a {@code null} user.
		 * @param user the user who acts
		 */
		public UserActor {
			Objects.requireNonNull(user, "user");
		}

	}

	/** The system. */
	enum SystemActor implements Actor {

		/** The one system actor. */
		INSTANCE

	}

}
