package dev.belgie.organization.team;

/**
 * Adds a member of the organization to one of its teams.
 *
 * @param userId the user, who must be a member of the organization
 * @param role a team role value (a string, a comma-separated string or a collection), or
 * {@code null} for the default team role
 */
public record AddTeamMemberRequest(String userId, Object role) {
}
