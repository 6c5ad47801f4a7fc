package dev.belgie.organization.autoconfigure.mail;

import dev.belgie.organization.invitation.InvitationEmail;
import dev.belgie.organization.invitation.InvitationEmailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Used when no mail server is configured ({@code spring.mail.host} unset): logs the
 * invitation's link at INFO, so that an application works out of the box in development.
 */
public class LoggingInvitationEmailSender implements InvitationEmailSender {

	private static final Logger logger = LoggerFactory.getLogger(LoggingInvitationEmailSender.class);

	@Override
	public void send(InvitationEmail email) {
		logger.info("No mail server is configured (spring.mail.host); invitation {} for {} to join '{}': {}",
				email.invitation().id(), email.invitation().email(), email.invitation().organizationName(),
				email.link());
	}

}
