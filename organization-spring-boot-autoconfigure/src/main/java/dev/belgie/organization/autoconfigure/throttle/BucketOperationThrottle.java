package dev.belgie.organization.autoconfigure.throttle;

import java.util.Map;

import dev.belgie.organization.spi.OperationThrottle;

/**
 * The core's {@link OperationThrottle} over {@link Throttles}: invitations per inviter
 * and per organization, direct adds per user, each at the rate of
 * {@code belgie.organization.throttle.*}.
 */
public class BucketOperationThrottle implements OperationThrottle {

	private final Map<String, Throttle> throttles;

	/**
	 * The starter's throttles, made with the application's mechanism.
	 * @param throttles the mechanism
	 * @param properties the rates
	 */
	public BucketOperationThrottle(Throttles throttles, ThrottleProperties properties) {
		this.throttles = Map.of(INVITATIONS_PER_INVITER, throttles.throttle(INVITATIONS_PER_INVITER,
				properties.getInvitationsPerInviter().toRateLimit(), "You sent too many invitations; try again later."),
				INVITATIONS_PER_ORGANIZATION,
				throttles.throttle(INVITATIONS_PER_ORGANIZATION,
						properties.getInvitationsPerOrganization().toRateLimit(),
						"Too many invitations were sent for this organization; try again later."),
				DIRECT_ADDS_PER_USER,
				throttles.throttle(DIRECT_ADDS_PER_USER, properties.getDirectAddsPerUser().toRateLimit(),
						"You added too many members; try again later."));
	}

	@Override
	public void acquire(String throttle, String key) {
		Throttle found = this.throttles.get(throttle);
		if (found == null) {
			throw new IllegalArgumentException("No throttle named " + throttle);
		}
		found.acquire(key);
	}

}
