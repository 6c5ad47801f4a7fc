package dev.belgie.organization.autoconfigure.mail;

import java.time.Duration;

/**
 * The state of the invitation e-mail outbox, for health checks and metrics.
 *
 * @param pending e-mails not sent yet, whether waiting for their next attempt or being
 * sent
 * @param sending those of them an instance is sending right now
 * @param failed e-mails given up after the last allowed attempt (see
 * {@link InvitationOutbox#retryFailed()})
 * @param oldestPendingAge how long the oldest pending e-mail has waited,
 * {@link Duration#ZERO} when none
 * @param mostAttempts the most attempts any pending e-mail has had, 0 when none
 */
public record InvitationOutboxStats(long pending, long sending, long failed, Duration oldestPendingAge,
		int mostAttempts) {
}
