package dev.belgie.organization.invitation;

import java.util.List;

/** One page of an organization's pending invitations, oldest first. */
public record InvitationPage(List<Invitation> items, int page, int size, long total) {
}
