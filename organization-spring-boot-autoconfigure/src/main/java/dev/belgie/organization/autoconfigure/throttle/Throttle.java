package dev.belgie.organization.autoconfigure.throttle;

import java.time.Duration;

import dev.belgie.organization.error.TooManyRequestsException;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One throttle: a rate per key (an address, an e-mail, a user id), its buckets in the
 * application's {@link BucketStore}. Made by {@link Throttles}; two throttles of the same
 * name share their buckets, so an HTTP endpoint and a sign-in form can count against the
 * same ones.
 */
public final class Throttle {

	private static final Logger logger = LoggerFactory.getLogger(Throttle.class);

	private final String name;

	private final RateLimit limit;

	private final String detail;

	private final BucketStore store;

	Throttle(String name, RateLimit limit, String detail, BucketStore store) {
		this.name = name;
		this.limit = limit;
		this.detail = detail;
		this.store = store;
	}

	/**
	 * Counts one request of a key.
	 * @param key what is counted
	 * @throws TooManyRequestsException when the key is over its limit, with the time
	 * until its bucket refills
	 */
	public void acquire(String key) {
		ConsumptionProbe probe;
		try {
			probe = this.store.bucket(this.name, this.limit, key).tryConsumeAndReturnRemaining(1);
		}
		catch (RuntimeException ex) {
			// a throttle must not take the application down with its store: when Redis
			// cannot be reached the
			// request goes through, and the log says why the limit did not hold
			logger.warn("Throttle {} could not reach its buckets ({}); the request is let through: {}", this.name,
					this.store.description(), ex.toString());
			return;
		}
		if (!probe.isConsumed()) {
			throw new TooManyRequestsException(this.detail, Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	/** The throttle's name, the first part of its buckets' keys. */
	public String name() {
		return this.name;
	}

	/** The throttle's rate. */
	public RateLimit limit() {
		return this.limit;
	}

}
