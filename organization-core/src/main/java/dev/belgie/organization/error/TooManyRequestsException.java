package dev.belgie.organization.error;

import java.time.Duration;
import java.util.Objects;

/**
 * A request refused by a throttle: 429 {@code TOO_MANY_REQUESTS}, with the time after
 * which the same request may succeed (rendered as a {@code Retry-After} header of whole
 * seconds).
 */
public class TooManyRequestsException extends OrganizationException {

	/** How long to wait before trying again. */
	private final Duration retryAfter;

	/**
	 * A refusal with its detail and the wait before a retry may succeed.
	 * @param detail what was refused, for people
	 * @param retryAfter how long to wait, rounded up to a whole second of at least one
	 * when rendered
	 */
	public TooManyRequestsException(String detail, Duration retryAfter) {
		super(OrganizationErrorCode.TOO_MANY_REQUESTS, detail);
		this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
	}

	/**
	 * {@return how long to wait before the same request may succeed}
	 */
	public Duration getRetryAfter() {
		return this.retryAfter;
	}

	/**
	 * {@link #getRetryAfter()} in whole seconds, rounded up, at least 1: the value of a
	 * {@code Retry-After} header.
	 * @return the seconds to wait, at least 1
	 */
	public long getRetryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
