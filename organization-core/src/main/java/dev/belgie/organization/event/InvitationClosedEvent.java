package dev.belgie.organization.event;

import dev.belgie.organization.Invitation;

/** An invitation was rejected by its recipient or canceled by the organization; see its status. */
public record InvitationClosedEvent(Invitation invitation) {
}
