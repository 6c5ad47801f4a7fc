package dev.belgie.organization.invitation;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation. {@code status} is one of {@code pending}, {@code accepted},
 * {@code rejected}, {@code canceled} or {@code expired} (a pending invitation past
 * {@code expiresAt}).
 */
public record Invitation(UUID id, UUID organizationId, String organizationName, String email, String role,
		String status, String inviterId, UUID teamId, Instant expiresAt, Instant createdAt) {
}
