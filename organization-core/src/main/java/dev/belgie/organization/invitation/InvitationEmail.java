package dev.belgie.organization.invitation;

import dev.belgie.organization.spi.OrganizationUser;

/**
 * Everything an invitation e-mail says.
 *
 * @param invitation the invitation, with its recipient's address, role and expiry
 * @param inviter the member who invited
 * @param link where the recipient answers the invitation
 * @param resent whether this is a resend of a pending invitation
 */
public record InvitationEmail(Invitation invitation, OrganizationUser inviter, String link, boolean resent) {
}
