package dev.belgie.organization.invitation;

/**
 * The outcome of an invitation: the invitation, and whether it was a pending one
 * refreshed by a resend rather than a new one.
 */
public record InvitationSent(Invitation invitation, boolean resent) {
}
