package dev.belgie.organization;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One of the caller's organizations, with the caller's role in it and its member count. */
public record OrganizationSummary(UUID id, String name, String slug, String logo, Map<String, Object> metadata,
		String domain, Instant createdAt, String role, long memberCount) {
}
