package dev.belgie.organization.membership;

import java.util.UUID;

/**
 * Joins members into teams on their way into an organization: the team module implements
 * it. Without an implementation, a {@code teamId} anywhere is refused as invalid input.
 * <p>
 * Every method runs in the transaction that changes the membership, after the
 * organization's row is locked (see
 * {@link dev.belgie.organization.OrganizationAccess#write}), so a check and the insert
 * that follows it are atomic.
 */
public interface TeamMembership {

	/**
	 * Checks that a user may join the organization's team: on adding a member with a
	 * team, on inviting with one (refused up front when the team is full) and on
	 * accepting such an invitation.
	 * @param organizationId the organization's id
	 * @param teamId the team's id
	 * @throws dev.belgie.organization.error.OrganizationException {@code TEAM_NOT_FOUND}
	 * for a team not of this organization, or when the team is full
	 */
	void checkCanJoin(UUID organizationId, UUID teamId);

	/**
	 * Adds a member who has just joined the organization to the team, after
	 * {@link #checkCanJoin}.
	 * @param member the member who joins
	 * @param teamId the team's id
	 */
	void join(Member member, UUID teamId);

	/**
	 * A member is leaving or being removed from the organization: drop its team
	 * memberships.
	 * @param member the member who leaves
	 */
	default void leave(Member member) {
	}

}
