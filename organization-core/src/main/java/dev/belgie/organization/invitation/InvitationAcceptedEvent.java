package dev.belgie.organization.invitation;

import dev.belgie.organization.membership.Member;

/** An invitation was accepted and its recipient became {@code member}. */
public record InvitationAcceptedEvent(Invitation invitation, Member member) {
}
