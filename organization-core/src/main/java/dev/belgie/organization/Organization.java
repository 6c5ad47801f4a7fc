package dev.belgie.organization;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.belgie.organization.domain.OrganizationEntity;

/** An organization. */
public record Organization(UUID id, String name, String slug, String logo, Map<String, Object> metadata,
		String domain, Instant createdAt) {

	static Organization of(OrganizationEntity entity) {
		return new Organization(entity.getId(), entity.getName(), entity.getSlug(), entity.getLogo(),
				entity.getMetadata(), entity.getDomain(), entity.getCreatedAt());
	}

}
