package dev.belgie.organization;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organization with the first page of its members and its pending invitations.
 *
 * @param members the first {@value OrganizationService#DETAILS_MEMBERS} members, oldest first
 * @param memberCount how many members the organization has in all
 */
public record OrganizationDetails(UUID id, String name, String slug, String logo, Map<String, Object> metadata,
		String domain, Instant createdAt, long memberCount, List<Member> members, List<Invitation> invitations) {

	static OrganizationDetails of(Organization o, MemberPage members, List<Invitation> invitations) {
		return new OrganizationDetails(o.id(), o.name(), o.slug(), o.logo(), o.metadata(), o.domain(), o.createdAt(),
				members.total(), members.items(), invitations);
	}

}
