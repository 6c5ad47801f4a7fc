package dev.belgie.organization.team;

/**
 * A member joined a team: through the team client, or by joining the organization with a
 * team. Published in the change's transaction.
 */
public record TeamMemberAddedEvent(TeamMember member) {
}
