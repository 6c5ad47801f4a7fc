package dev.belgie.organization.test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.belgie.organization.invitation.InvitationEmail;

/**
 * An invitation e-mail as the starter would have sent it, read by a test instead of an
 * SMTP server.
 *
 * @param email everything the e-mail says
 */
public record RecordedInvitationEmail(InvitationEmail email) {

	/**
	 * The recipient's address.
	 * @return the address
	 */
	public String to() {
		return this.email.invitation().email();
	}

	/**
	 * The invitation's id.
	 * @return the id
	 */
	public UUID invitationId() {
		return this.email.invitation().id();
	}

	/**
	 * The link the recipient would follow.
	 * @return the link, with the token as its {@code token} query parameter
	 */
	public String link() {
		return this.email.link();
	}

	/**
	 * The invitation's secret token, read from the link as its recipient would.
	 * @return the token
	 * @throws IllegalStateException when the link has no token
	 */
	public String token() {
		String query = URI.create(this.email.link()).getRawQuery();
		if (query != null) {
			for (String parameter : query.split("&")) {
				if (parameter.startsWith("token=")) {
					return URLDecoder.decode(parameter.substring("token=".length()), StandardCharsets.UTF_8);
				}
			}
		}
		throw new IllegalStateException("No token in the invitation link " + this.email.link());
	}

	/**
	 * Whether this e-mail resends a pending invitation.
	 * @return whether it is a resend
	 */
	public boolean resent() {
		return this.email.resent();
	}

}
