package dev.belgie.organization.invitation;

/**
 * Sends the e-mail of a new (or resent) invitation. Called by the outbox worker, outside
 * any transaction, after the inviting transaction recorded the e-mail; an exception means
 * "retry later": the outbox tries again with back-off until
 * {@code belgie.organization.mail.outbox.max-attempts}, and the invitation is never
 * undone.
 * <p>
 * The auto-configuration's default sends a plain-text and HTML message through Spring
 * Mail, or logs the link when no mail server is configured; define a bean of this type to
 * send it another way.
 */
@FunctionalInterface
public interface InvitationEmailSender {

	/**
	 * Sends one invitation e-mail; an exception makes the outbox try again later.
	 * @param email the e-mail to send
	 */
	void send(InvitationEmail email);

}
