package dev.belgie.organization;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.belgie.organization.repository.MembershipSummary;

/** One of the caller's organizations, with the caller's role in it and its member count. */
public record OrganizationSummary(UUID id, String name, String slug, String logo, Map<String, Object> metadata,
		String domain, Instant createdAt, String role, long memberCount) {

	static OrganizationSummary of(MembershipSummary row) {
		var o = row.organization();
		return new OrganizationSummary(o.getId(), o.getName(), o.getSlug(), o.getLogo(), o.getMetadata(),
				o.getDomain(), o.getCreatedAt(), row.role(), row.memberCount());
	}

}
