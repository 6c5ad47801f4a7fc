package dev.belgie.organization.team;

/**
 * Renames a team.
 *
 * @param name 1 to 100 characters after trimming, unique in the organization (ignoring
 * case)
 */
public record UpdateTeamRequest(String name) {
}
