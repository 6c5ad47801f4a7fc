package dev.belgie.organization.internal;

import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.organization.Organization;
import dev.belgie.organization.organization.OrganizationSummary;
import java.time.Instant;

/**
 * The value records callers receive, made from the rows: no entity leaves the internal
 * package.
 */
public final class Records {

	private Records() {
	}

	public static Organization organization(OrganizationEntity entity) {
		return new Organization(entity.getId(), entity.getName(), entity.getSlug(), entity.getLogo(),
				entity.getMetadata(), entity.getDomain(), entity.getCreatedAt());
	}

	public static Member member(MemberEntity entity) {
		return new Member(entity.getId(), entity.getOrganizationId(), entity.getUserId(), entity.getEmail(),
				entity.getName(), entity.getRole(), entity.getCreatedAt());
	}

	public static Invitation invitation(InvitationEntity entity, Instant now) {
		return new Invitation(entity.getId(), entity.getOrganizationId(), entity.getOrganization().getName(),
				entity.getEmail(), entity.getRole(), entity.statusAt(now), entity.getInviterId(), entity.getTeamId(),
				entity.getExpiresAt(), entity.getCreatedAt());
	}

}
