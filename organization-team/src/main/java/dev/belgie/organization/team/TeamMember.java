package dev.belgie.organization.team;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of a team: a user who is a member of the team's organization, with a team
 * role.
 *
 * @param role the normalized team role value, for example {@code maintainer}
 */
public record TeamMember(UUID id, UUID teamId, String userId, String role, Instant createdAt) {
}
