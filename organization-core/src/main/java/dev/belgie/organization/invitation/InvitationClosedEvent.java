package dev.belgie.organization.invitation;

/**
 * An invitation was rejected by its recipient or canceled by the organization; see its
 * status.
 */
public record InvitationClosedEvent(Invitation invitation) {
}
