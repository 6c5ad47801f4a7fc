package dev.belgie.organization.invitation;

import dev.belgie.organization.spi.OrganizationUser;

/**
 * An invitation was created, or refreshed by a resend. The invitation e-mail is recorded
 * in the outbox by a listener of this event, in the same transaction.
 *
 * @param invitation the invitation
 * @param inviter the member who invited
 * @param resent whether a pending invitation was refreshed
 * @param token the invitation's secret token, for the e-mailed link: only its hash is
 * stored, so this event is the one place it can be read; never log it
 */
public record InvitationCreatedEvent(Invitation invitation, OrganizationUser inviter, boolean resent, String token) {

	@Override
	public String toString() {
		return "InvitationCreatedEvent[invitation=" + this.invitation.id() + ", resent=" + this.resent + "]";
	}

}
