package dev.belgie.organization.spi;

/**
 * Sends the e-mail of a new (or resent) invitation. Called after the inviting transaction commits; an
 * exception is logged with the invitation's id and never undoes the invitation (a resend tries again).
 * <p>
 * The auto-configuration's default sends a plain-text and HTML message through Spring Mail, or logs the
 * link when no mail server is configured; define a bean of this type to send it another way.
 */
@FunctionalInterface
public interface InvitationEmailSender {

	void send(InvitationEmail email);

}
