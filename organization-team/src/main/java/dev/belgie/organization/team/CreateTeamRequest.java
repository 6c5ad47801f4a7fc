package dev.belgie.organization.team;

/**
 * Creates a team.
 *
 * @param name 1 to 100 characters after trimming, unique in the organization (ignoring
 * case)
 */
public record CreateTeamRequest(String name) {
}
