package dev.belgie.organization.spi;

import java.util.UUID;

/**
 * An additional bound on who may join an organization, contributed by another module (the
 * team module bounds members per team). Called inside the transaction that adds the
 * member, after the organization is locked.
 */
@FunctionalInterface
public interface MembershipLimit {

	/**
	 * Checks that a user may join the organization, optionally into a team.
	 * @param organizationId the organization
	 * @param teamId the team the user joins with, or {@code null}
	 * @throws dev.belgie.organization.error.OrganizationException when the limit is
	 * reached
	 */
	void checkCanJoin(UUID organizationId, UUID teamId);

}
