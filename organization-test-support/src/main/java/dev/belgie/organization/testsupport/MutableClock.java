package dev.belgie.organization.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move forward by hand, so that expiry rules can be checked without
 * waiting.
 */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now;

	/**
	 * A clock that stands at {@code start} until moved.
	 * @param start the first instant
	 */
	public MutableClock(Instant start) {
		this.now = new AtomicReference<>(start);
	}

	/**
	 * Moves the clock forward.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock is always UTC");
	}

}
