package dev.belgie.organization.spi;

/**
 * Rate limits of the operations that reach other people: inviting (per inviter and per
 * organization) and adding a member directly (per acting user). The core calls it for
 * users only, never for the system, after the caller's membership and permission are
 * checked, so that nobody spends an organization's allowance but its own members. The
 * auto-configuration provides one over Bucket4j (in memory, or in Redis when the
 * application configures Redis).
 */
@FunctionalInterface
public interface OperationThrottle {

	/** The throttle of invitations sent by one user, keyed by the inviter's id. */
	String INVITATIONS_PER_INVITER = "invitations-per-inviter";

	/**
	 * The throttle of invitations sent for one organization, keyed by the organization's
	 * id.
	 */
	String INVITATIONS_PER_ORGANIZATION = "invitations-per-organization";

	/**
	 * The throttle of members added directly (by id or e-mail) by one user, keyed by that
	 * user's id.
	 */
	String DIRECT_ADDS_PER_USER = "direct-adds-per-user";

	/**
	 * Counts one attempt against a throttle.
	 * @param throttle one of the names above
	 * @param key what is counted (an inviter's id, an organization's id)
	 * @throws dev.belgie.organization.error.TooManyRequestsException when the key is over
	 * its limit
	 */
	void acquire(String throttle, String key);

	/**
	 * {@return a throttle that allows everything}
	 */
	static OperationThrottle unlimited() {
		return (throttle, key) -> {
		};
	}

}
