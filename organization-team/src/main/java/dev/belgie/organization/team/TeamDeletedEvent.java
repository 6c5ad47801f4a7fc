package dev.belgie.organization.team;

/**
 * A team was deleted, with its team memberships. Published in the change's transaction.
 */
public record TeamDeletedEvent(Team team) {
}
