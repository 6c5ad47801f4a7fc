package dev.belgie.organization;

import java.time.Instant;
import java.util.UUID;

import dev.belgie.organization.domain.InvitationEntity;

/**
 * An invitation. {@code status} is one of {@code pending}, {@code accepted}, {@code rejected},
 * {@code canceled} or {@code expired} (a pending invitation past {@code expiresAt}).
 */
public record Invitation(UUID id, UUID organizationId, String organizationName, String email, String role,
		String status, String inviterId, UUID teamId, Instant expiresAt, Instant createdAt) {

	static Invitation of(InvitationEntity entity, Instant now) {
		return new Invitation(entity.getId(), entity.getOrganizationId(), entity.getOrganization().getName(),
				entity.getEmail(), entity.getRole(), entity.statusAt(now), entity.getInviterId(), entity.getTeamId(),
				entity.getExpiresAt(), entity.getCreatedAt());
	}

}
