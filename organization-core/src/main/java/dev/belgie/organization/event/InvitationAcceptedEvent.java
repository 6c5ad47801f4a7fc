package dev.belgie.organization.event;

import dev.belgie.organization.Invitation;
import dev.belgie.organization.Member;

/** An invitation was accepted and its recipient became {@code member}. */
public record InvitationAcceptedEvent(Invitation invitation, Member member) {
}
