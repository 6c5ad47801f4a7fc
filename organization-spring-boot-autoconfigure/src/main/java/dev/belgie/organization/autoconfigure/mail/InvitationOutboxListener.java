package dev.belgie.organization.autoconfigure.mail;

import java.util.UUID;

/**
 * Told of the result of each attempt to send an invitation's e-mail, on the outbox
 * worker's thread: it must be quick and must not throw. Every bean of this type is told.
 */
public interface InvitationOutboxListener {

	/** The e-mail went out, at its {@code attempt}th attempt. */
	default void sent(UUID invitationId, int attempt) {
	}

	/** The attempt failed; the e-mail will be tried again after a back-off. */
	default void willRetry(UUID invitationId, int attempt) {
	}

	/**
	 * The last allowed attempt failed; the e-mail is given up (the invitation is kept).
	 */
	default void gaveUp(UUID invitationId, int attempt) {
	}

}
