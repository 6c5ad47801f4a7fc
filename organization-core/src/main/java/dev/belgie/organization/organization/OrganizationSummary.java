package dev.belgie.organization.organization;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;

/**
 * One of the caller's organizations, with the caller's role in it and its member count.
 *
 * @param counts what the application's {@code OrganizationCounter}s count in it (for
 * example {@code projectCount}), written as top-level fields in JSON
 */
public record OrganizationSummary(UUID id, String name, String slug, String logo, Map<String, Object> metadata,
		String domain, Instant createdAt, String role, long memberCount, @JsonAnyGetter Map<String, Long> counts) {

	/**
	 * Copies the counts ({@code null}: none).
	 * @param id the organization's id
	 * @param name the organization's name
	 * @param slug the organization's slug
	 * @param logo the logo's URL, or {@code null}
	 * @param metadata the organization's metadata
	 * @param domain the organization's verified domain, or {@code null}
	 * @param createdAt when it was created
	 * @param role the caller's normalized role value
	 * @param memberCount how many members it has
	 * @param counts what the application's counters count in it
	 */
	public OrganizationSummary {
		counts = (counts != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(counts)) : Map.of();
	}

	/**
	 * A summary with no counts of the application's.
	 * @param id the organization's id
	 * @param name the organization's name
	 * @param slug the organization's slug
	 * @param logo the logo's URL, or {@code null}
	 * @param metadata the organization's metadata
	 * @param domain the organization's verified domain, or {@code null}
	 * @param createdAt when it was created
	 * @param role the caller's normalized role value
	 * @param memberCount how many members it has
	 */
	public OrganizationSummary(UUID id, String name, String slug, String logo, Map<String, Object> metadata,
			String domain, Instant createdAt, String role, long memberCount) {
		this(id, name, slug, logo, metadata, domain, createdAt, role, memberCount, Map.of());
	}

	/**
	 * {@return this summary with other counts}
	 * @param counts the extra counts by name, for example {@code projectCount}
	 */
	public OrganizationSummary withCounts(Map<String, Long> counts) {
		return new OrganizationSummary(this.id, this.name, this.slug, this.logo, this.metadata, this.domain,
				this.createdAt, this.role, this.memberCount, counts);
	}

}
