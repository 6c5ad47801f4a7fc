package dev.belgie.organization.event;

import dev.belgie.organization.Invitation;
import dev.belgie.organization.spi.OrganizationUser;

/**
 * An invitation was created, or refreshed by a resend. The invitation e-mail is sent by a listener of this
 * event after the transaction commits.
 */
public record InvitationCreatedEvent(Invitation invitation, OrganizationUser inviter, boolean resent) {
}
