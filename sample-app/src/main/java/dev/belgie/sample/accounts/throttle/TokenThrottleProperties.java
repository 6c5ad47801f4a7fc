package dev.belgie.sample.accounts.throttle;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Throttling of {@code POST /api/auth/token}: a request must fit the limit of its remote
 * address and the limit of the e-mail address it names, else 429
 * {@code TOO_MANY_REQUESTS}.
 *
 * @param perAddress requests allowed from one remote address
 * @param perEmail requests allowed for one e-mail address, whatever the remote address
 */
@ConfigurationProperties("sample.token.throttle")
public record TokenThrottleProperties(Limit perAddress, Limit perEmail) {

	public TokenThrottleProperties {
		perAddress = (perAddress != null) ? perAddress : new Limit(60, Duration.ofMinutes(1));
		perEmail = (perEmail != null) ? perEmail : new Limit(10, Duration.ofMinutes(1));
	}

	/**
	 * A rate: {@code requests} per {@code period}, all refilled at the end of each
	 * period.
	 *
	 * @param requests how many requests the period allows, at least 1
	 * @param period the period
	 */
	public record Limit(int requests, Duration period) {

		public Limit {
			if (requests < 1) {
				throw new IllegalArgumentException("sample.token.throttle.*.requests must be at least 1");
			}
			if (period == null || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("sample.token.throttle.*.period must be positive");
			}
		}

	}

}
