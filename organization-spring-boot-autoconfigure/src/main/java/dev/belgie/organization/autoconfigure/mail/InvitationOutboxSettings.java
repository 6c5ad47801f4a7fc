package dev.belgie.organization.autoconfigure.mail;

import java.time.Duration;

/**
 * How the outbox worker polls and retries.
 *
 * @param pollInterval the delay between two polls of the outbox
 * @param batchSize the most e-mails claimed at once
 * @param maxAttempts the attempts before an e-mail is given up ({@code failed})
 * @param initialBackoff the delay after the first failed attempt, doubled after each
 * further one
 * @param maxBackoff the longest delay between two attempts
 * @param claimTimeout how long a claimed e-mail is reserved for the instance sending it
 */
public record InvitationOutboxSettings(Duration pollInterval, int batchSize, int maxAttempts, Duration initialBackoff,
		Duration maxBackoff, Duration claimTimeout) {

	/**
	 * The delay before the next attempt of an e-mail whose {@code attempts}-th attempt
	 * failed.
	 */
	public Duration backoff(int attempts) {
		Duration delay = this.initialBackoff;
		for (int i = 1; i < attempts && delay.compareTo(this.maxBackoff) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(this.maxBackoff) < 0) ? delay : this.maxBackoff;
	}

}
