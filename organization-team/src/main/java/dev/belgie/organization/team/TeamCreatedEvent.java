package dev.belgie.organization.team;

/** A team was created. Published in the change's transaction. */
public record TeamCreatedEvent(Team team) {
}
