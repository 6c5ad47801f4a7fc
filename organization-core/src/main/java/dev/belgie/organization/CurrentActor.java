package dev.belgie.organization;

import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.spi.CurrentUserProvider;
import dev.belgie.organization.spi.OrganizationUser;

/**
 * The user a request-scoped client acts for, resolved once per request: shared by every
 * client (the organization client, the team client) so that they all answer an anonymous
 * caller alike. Not thread-safe, like the request it belongs to.
 */
public final class CurrentActor {

	private final CurrentUserProvider currentUserProvider;

	private Actor.UserActor actor;

	/**
	 * A current actor, resolved on first use.
	 * @param currentUserProvider who the current user is
	 */
	public CurrentActor(CurrentUserProvider currentUserProvider) {
		this.currentUserProvider = currentUserProvider;
	}

	/**
	 * {@return the current user as an actor}
	 */
	public Actor.UserActor get() {
		if (this.actor == null) {
			OrganizationUser user = this.currentUserProvider.currentUser()
				.orElseThrow(() -> new OrganizationException(OrganizationErrorCode.UNAUTHENTICATED,
						"Authentication is required."));
			this.actor = new Actor.UserActor(user);
		}
		return this.actor;
	}

	/**
	 * {@return the current user}
	 */
	public OrganizationUser user() {
		return get().user();
	}

}
