package dev.belgie.organization.team;

import java.time.Instant;
import java.util.UUID;

/**
 * A team a user belongs to, with the user's team role: an entry of the user's teams
 * across organizations.
 */
public record TeamMembershipSummary(UUID id, UUID organizationId, String name, long memberCount, Instant createdAt,
		String role) {
}
