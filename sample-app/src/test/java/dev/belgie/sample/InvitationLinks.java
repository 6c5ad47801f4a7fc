package dev.belgie.sample;

import dev.belgie.organization.invitation.InvitationCreatedEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

/**
 * The secret token of each invitation's e-mailed link, as the recipient would read it in
 * the e-mail: the HTTP tests of recipients whose e-mail is not verified present it. (The
 * e-mail itself is tested with a real SMTP server in
 * {@link InvitationEmailIntegrationTests}.)
 */
@TestConfiguration(proxyBeanMethods = false)
class InvitationLinks {

	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	@EventListener
	void invitationCreated(InvitationCreatedEvent event) {
		this.tokens.put(event.invitation().id().toString(), event.token());
	}

	/** The token of the latest link sent for the invitation. */
	String tokenOf(String invitationId) {
		String token = this.tokens.get(invitationId);
		if (token == null) {
			throw new IllegalStateException("No link was sent for invitation " + invitationId);
		}
		return token;
	}

}
