package dev.belgie.organization.organization;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An organization. */
public record Organization(UUID id, String name, String slug, String logo, Map<String, Object> metadata, String domain,
		Instant createdAt) {
}
