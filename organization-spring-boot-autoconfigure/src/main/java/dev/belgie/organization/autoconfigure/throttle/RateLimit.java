package dev.belgie.organization.autoconfigure.throttle;

import java.time.Duration;
import java.util.Objects;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * A rate of a throttle: {@code requests} per {@code period}, all allowed again at the end
 * of each period.
 *
 * @param requests how many requests one key may make in a period, at least 1
 * @param period the period, positive
 */
public record RateLimit(int requests, Duration period) {

	public RateLimit {
		Objects.requireNonNull(period, "period");
		if (requests < 1) {
			throw new IllegalArgumentException("requests must be at least 1, not " + requests);
		}
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("period must be positive, not " + period);
		}
	}

	/**
	 * The Bucket4j configuration of one key's bucket: full at first, refilled whole at
	 * the end of each period.
	 */
	BucketConfiguration bucketConfiguration() {
		return BucketConfiguration.builder().addLimit(bandwidth()).build();
	}

	Bandwidth bandwidth() {
		return Bandwidth.builder().capacity(this.requests).refillIntervally(this.requests, this.period).build();
	}

}
