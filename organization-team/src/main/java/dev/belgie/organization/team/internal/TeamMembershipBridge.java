package dev.belgie.organization.team.internal;

import dev.belgie.organization.membership.Member;
import java.util.UUID;

import dev.belgie.organization.membership.TeamMembership;

/**
 * The team module's side of the core's {@link TeamMembership}: every path into an
 * organization that names a team (adding a member, inviting, accepting such an
 * invitation) checks the team's seats and joins it, in the core's transaction and under
 * its lock of the organization's row, like {@link TeamOperations#addMember}.
 */
public final class TeamMembershipBridge implements TeamMembership {

	private final TeamOperations operations;

	public TeamMembershipBridge(TeamOperations operations) {
		this.operations = operations;
	}

	@Override
	public void checkCanJoin(UUID organizationId, UUID teamId) {
		this.operations.seat(organizationId, teamId);
	}

	@Override
	public void join(Member member, UUID teamId) {
		this.operations.join(member.organizationId(), teamId, member.id(), member.userId());
	}

	@Override
	public void leave(Member member) {
		this.operations.leave(member.id());
	}

}
