package dev.belgie.sample.api.user;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.belgie.sample.api.user.TokenThrottleProperties.Limit;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * Rate limits of {@code POST /api/auth/token}, per remote address and per e-mail address: Bucket4j token
 * buckets, in memory (so per instance). A bucket idle for a whole period is full again, so it is forgotten
 * then; the number of buckets is bounded, so made-up addresses cannot exhaust memory.
 */
@Component
class TokenThrottle {

	private static final long MAX_BUCKETS = 100_000;

	private final Buckets byAddress;

	private final Buckets byEmail;

	TokenThrottle(TokenThrottleProperties properties) {
		this.byAddress = new Buckets(properties.perAddress());
		this.byEmail = new Buckets(properties.perEmail());
	}

	/** Counts a request; {@link TooManyRequestsException} when the address or the e-mail is over its limit. */
	void checkAddress(String remoteAddress) {
		this.byAddress.consume(remoteAddress, "Too many token requests from this address.");
	}

	/** As {@link #checkAddress}, for the (normalized) e-mail address a request names. */
	void checkEmail(String email) {
		this.byEmail.consume(email, "Too many token requests for this e-mail address.");
	}

	private static final class Buckets {

		private final Limit limit;

		private final Cache<String, Bucket> buckets;

		Buckets(Limit limit) {
			this.limit = limit;
			this.buckets = Caffeine.newBuilder().maximumSize(MAX_BUCKETS).expireAfterAccess(limit.period()).build();
		}

		void consume(String key, String detail) {
			Bucket bucket = this.buckets.get(key, (unused) -> Bucket.builder()
				.addLimit((bandwidth) -> bandwidth.capacity(this.limit.requests())
					.refillIntervally(this.limit.requests(), this.limit.period()))
				.build());
			ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				throw new TooManyRequestsException(detail, Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
		}

	}

}
