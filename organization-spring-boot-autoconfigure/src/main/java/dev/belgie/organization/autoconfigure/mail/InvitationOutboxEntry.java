package dev.belgie.organization.autoconfigure.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * One e-mail of the outbox as an operator sees it: never its link, which holds the
 * invitation's secret.
 *
 * @param id the outbox entry's id
 * @param invitationId the invitation it announces
 * @param recipient the invitee's address
 * @param status {@code pending}, {@code sending}, {@code sent}, {@code failed} or
 * {@code discarded}
 * @param attempts how many times it was tried
 * @param lastError why the last attempt failed, or why it was discarded; {@code null}
 * when it never failed
 * @param nextAttemptAt when it is due (pending), or until when an instance holds it
 * (sending)
 * @param sentAt when it was sent
 * @param createdAt when the invitation's transaction recorded it
 */
public record InvitationOutboxEntry(UUID id, UUID invitationId, String recipient, String status, int attempts,
		String lastError, Instant nextAttemptAt, Instant sentAt, Instant createdAt) {

	public static final String PENDING = "pending";

	public static final String SENDING = "sending";

	public static final String SENT = "sent";

	public static final String FAILED = "failed";

	public static final String DISCARDED = "discarded";

}
