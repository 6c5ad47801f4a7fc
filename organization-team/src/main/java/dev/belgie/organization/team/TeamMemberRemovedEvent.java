package dev.belgie.organization.team;

/**
 * A member left a team (not published when the whole team or organization goes).
 * Published in the change's transaction.
 */
public record TeamMemberRemovedEvent(TeamMember member) {
}
