package dev.belgie.organization.organization;

import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.invitation.InvitationPage;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.membership.MemberPage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organization with the first page of its members and of its pending invitations.
 *
 * @param memberCount how many members the organization has in all
 * @param members the first
 * {@value dev.belgie.organization.OrganizationService#DETAILS_PAGE_SIZE} members, oldest
 * first
 * @param invitationCount how many pending invitations the organization has in all
 * @param invitations the first
 * {@value dev.belgie.organization.OrganizationService#DETAILS_PAGE_SIZE} pending
 * invitations, oldest first
 */
public record OrganizationDetails(UUID id, String name, String slug, String logo, Map<String, Object> metadata,
		String domain, Instant createdAt, long memberCount, List<Member> members, long invitationCount,
		List<Invitation> invitations) {

	/**
	 * An organization with its first pages of members and invitations.
	 * @param o the organization
	 * @param members the first page of its members
	 * @param invitations the first page of its pending invitations
	 * @return the details
	 */
	public static OrganizationDetails of(Organization o, MemberPage members, InvitationPage invitations) {
		return new OrganizationDetails(o.id(), o.name(), o.slug(), o.logo(), o.metadata(), o.domain(), o.createdAt(),
				members.total(), members.items(), invitations.total(), invitations.items());
	}

}
