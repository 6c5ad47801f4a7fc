package dev.belgie.organization.invitation;

import dev.belgie.organization.membership.AddMemberRequest;
import java.util.UUID;

/**
 * Invites an e-mail address into an organization.
 *
 * @param role a role value, as for {@link AddMemberRequest}
 * @param teamId the team the invitee joins on acceptance, or {@code null}
 * @param resend whether to refresh and send again an invitation already pending for the
 * address; {@code null} means no
 */
public record InvitationRequest(String email, Object role, UUID teamId, Boolean resend) {

	/**
	 * {@return whether {@code resend} is set}
	 */
	public boolean isResend() {
		return Boolean.TRUE.equals(this.resend);
	}

	/**
	 * An invitation with no team, not a re-send.
	 * @param email the address to invite
	 * @param role a role value: a string, a comma-separated string or a collection of
	 * role names
	 * @return the request
	 */
	public static InvitationRequest of(String email, Object role) {
		return new InvitationRequest(email, role, null, null);
	}

}
