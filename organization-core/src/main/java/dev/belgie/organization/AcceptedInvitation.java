package dev.belgie.organization;

/** An accepted invitation and the membership it created. */
public record AcceptedInvitation(Invitation invitation, Member member) {
}
