package dev.belgie.sample.accounts.throttle;

import dev.belgie.sample.accounts.EmailAddresses;
import dev.belgie.organization.autoconfigure.throttle.RateLimit;
import dev.belgie.organization.autoconfigure.throttle.Throttle;
import dev.belgie.organization.autoconfigure.throttle.Throttles;
import dev.belgie.sample.accounts.throttle.TokenThrottleProperties.Limit;
import org.springframework.stereotype.Component;

/**
 * Rate limits of password checks, per remote address and per e-mail address:
 * {@code POST /api/auth/token} and the console's {@code /sign-in} count against the same
 * buckets, so neither is a way around the other. The buckets are the starter's
 * ({@link Throttles}): in memory, or in Redis, shared by every instance, when
 * {@code spring.data.redis.*} is configured.
 */
@Component
public class TokenThrottle {

	private final Throttle byAddress;

	private final Throttle byEmail;

	TokenThrottle(TokenThrottleProperties properties, Throttles throttles) {
		this.byAddress = throttles.throttle("sample-sign-in-per-address", rate(properties.perAddress()),
				"Too many sign-in attempts from this address.");
		this.byEmail = throttles.throttle("sample-sign-in-per-email", rate(properties.perEmail()),
				"Too many sign-in attempts for this e-mail address.");
	}

	/**
	 * Counts a password check from a remote address.
	 * @param remoteAddress the client's address
	 * @throws dev.belgie.organization.error.TooManyRequestsException when the address is
	 * over its limit
	 */
	public void checkAddress(String remoteAddress) {
		this.byAddress.acquire(remoteAddress);
	}

	/**
	 * As {@link #checkAddress}, for the e-mail address a request names (normalized as
	 * stored).
	 * @param email the e-mail address as given
	 */
	public void checkEmail(String email) {
		this.byEmail.acquire(EmailAddresses.normalize(email));
	}

	private static RateLimit rate(Limit limit) {
		return new RateLimit(limit.requests(), limit.period());
	}

}
