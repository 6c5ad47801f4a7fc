package dev.belgie.organization.invitation;

import dev.belgie.organization.membership.Member;

/** An accepted invitation and the membership it created. */
public record AcceptedInvitation(Invitation invitation, Member member) {
}
