package dev.belgie.organization;

import java.time.Instant;
import java.util.UUID;

import dev.belgie.organization.domain.MemberEntity;

/** A member of an organization; {@code role} is the normalized comma-separated role value. */
public record Member(UUID id, UUID organizationId, String userId, String email, String name, String role,
		Instant createdAt) {

	static Member of(MemberEntity entity) {
		return new Member(entity.getId(), entity.getOrganizationId(), entity.getUserId(), entity.getEmail(),
				entity.getName(), entity.getRole(), entity.getCreatedAt());
	}

}
