package dev.belgie.organization.membership;

import java.time.Instant;
import java.util.UUID;

/**
 * A member of an organization; {@code role} is the normalized comma-separated role value.
 */
public record Member(UUID id, UUID organizationId, String userId, String email, String name, String role,
		Instant createdAt) {
}
