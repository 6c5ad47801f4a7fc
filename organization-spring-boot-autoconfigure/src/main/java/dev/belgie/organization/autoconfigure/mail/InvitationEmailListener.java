package dev.belgie.organization.autoconfigure.mail;

import dev.belgie.organization.event.InvitationCreatedEvent;
import dev.belgie.organization.spi.InvitationEmail;
import dev.belgie.organization.spi.InvitationEmailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the e-mail of each new or resent invitation once its transaction has committed: nothing is sent
 * for an invitation that was rolled back, and a failed send is logged and leaves the invitation as it is.
 */
public class InvitationEmailListener {

	private static final Logger logger = LoggerFactory.getLogger(InvitationEmailListener.class);

	private final InvitationEmailSender sender;

	private final String invitationUrl;

	/**
	 * @param sender the sender
	 * @param invitationUrl the link template, with {@code {id}} for the invitation's id
	 */
	public InvitationEmailListener(InvitationEmailSender sender, String invitationUrl) {
		this.sender = sender;
		this.invitationUrl = invitationUrl;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	public void onInvitationCreated(InvitationCreatedEvent event) {
		String link = this.invitationUrl.replace("{id}", event.invitation().id().toString()) + "?token=" + event.token();
		try {
			this.sender.send(new InvitationEmail(event.invitation(), event.inviter(), link, event.resent()));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not send the e-mail of invitation {} to {}; the invitation is kept, resend it to "
					+ "try again", event.invitation().id(), event.invitation().email(), ex);
		}
	}

}
