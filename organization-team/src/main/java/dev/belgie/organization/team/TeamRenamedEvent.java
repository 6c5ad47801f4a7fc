package dev.belgie.organization.team;

/** A team was renamed. Published in the change's transaction. */
public record TeamRenamedEvent(Team team, String previousName) {
}
