package dev.belgie.organization.internal;

import dev.belgie.organization.membership.Member;
import dev.belgie.organization.membership.MemberAddedEvent;
import dev.belgie.organization.membership.MemberRemovedEvent;
import dev.belgie.organization.membership.MemberRoleUpdatedEvent;
import dev.belgie.organization.membership.Membership;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import dev.belgie.organization.OrganizationSettings;
import dev.belgie.organization.Roles;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.spi.MembershipLimit;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.membership.TeamMembership;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The steps that change who belongs to an organization, shared by the membership and
 * invitation operations. Each runs in its caller's transaction, on an organization whose
 * row the caller has locked, and keeps the invariants: one membership per user, the
 * limits, at least one owner.
 */
public final class Memberships {

	private final MemberRepository members;

	private final OrganizationSettings settings;

	private final List<MembershipLimit> membershipLimits;

	private final Supplier<? extends TeamMembership> teams;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * @param teams supplies the team module's bridge, or {@code null} when it is absent;
	 * asked at each use, as the team module is built on this core's access check
	 */
	public Memberships(MemberRepository members, OrganizationSettings settings, List<MembershipLimit> membershipLimits,
			Supplier<? extends TeamMembership> teams, ApplicationEventPublisher events, Clock clock) {
		this.members = members;
		this.settings = settings;
		this.membershipLimits = List.copyOf(membershipLimits);
		this.teams = teams;
		this.events = events;
		this.clock = clock;
	}

	private TeamMembership teams() {
		return this.teams.get();
	}

	/**
	 * Refuses a {@code teamId} when no team module is there to honour it; call before any
	 * transaction.
	 */
	public void checkTeamsEnabled(UUID teamId) {
		if (teamId != null && teams() == null) {
			throw OrganizationException.invalid("teamId", "teams are not enabled in this application");
		}
	}

	/**
	 * Checks that one more member may join the locked organization, optionally into a
	 * team.
	 */
	public void checkCanJoin(OrganizationEntity organization, UUID teamId) {
		UUID organizationId = organization.getId();
		Integer limit = this.settings.membershipLimit();
		if (limit != null && organization.getMemberCount() >= limit) {
			throw new OrganizationException(OrganizationErrorCode.MEMBERSHIP_LIMIT_REACHED,
					"The organization has reached its limit of " + limit + " members.");
		}
		checkExtensionsAllowJoining(organizationId, teamId);
	}

	/**
	 * Checks the limits that modules add (a team's seats): on joining, and up front on
	 * inviting, so that an invitation into a full team is refused when it is made.
	 */
	public void checkExtensionsAllowJoining(UUID organizationId, UUID teamId) {
		this.membershipLimits.forEach((membershipLimit) -> membershipLimit.checkCanJoin(organizationId, teamId));
		if (teamId != null) {
			teams().checkCanJoin(organizationId, teamId);
		}
	}

	/** Adds a user to a locked organization, within its limits. */
	public Member join(OrganizationEntity organization, OrganizationUser user, String role, UUID teamId) {
		UUID organizationId = organization.getId();
		if (this.members.existsByOrganizationIdAndUserId(organizationId, user.id())) {
			throw alreadyMember();
		}
		checkCanJoin(organization, teamId);
		organization.countMembers(1);
		Member added = insert(organization, user, role);
		if (teamId != null) {
			teams().join(added, teamId);
		}
		this.events.publishEvent(new MemberAddedEvent(added, teamId));
		return added;
	}

	private Member insert(OrganizationEntity organization, OrganizationUser user, String role) {
		MemberEntity member = new MemberEntity(organization, user.id(), user.email(), user.name(), role, now());
		try {
			this.members.saveAndFlush(member);
		}
		catch (DataIntegrityViolationException ex) {
			if (Constraints.violated(ex, Constraints.MEMBER_ORGANIZATION_USER)) {
				throw alreadyMember();
			}
			throw ex;
		}
		return Records.member(member);
	}

	/** Changes a member's role in a locked organization, keeping at least one owner. */
	public Member changeRole(MemberEntity member, String role) {
		String previous = member.getRole();
		if (member.isOwner() && !Roles.includes(role, Roles.OWNER)) {
			checkNotLastOwner(member);
		}
		member.setRole(role, now());
		this.members.saveAndFlush(member);
		Member updated = Records.member(member);
		this.events.publishEvent(new MemberRoleUpdatedEvent(updated, previous));
		return updated;
	}

	/** Removes a member from a locked organization, keeping at least one owner. */
	public void remove(MemberEntity member) {
		if (member.isOwner()) {
			checkNotLastOwner(member);
		}
		Member removed = Records.member(member);
		TeamMembership teams = teams();
		if (teams != null) {
			teams.leave(removed);
		}
		this.members.delete(member);
		member.getOrganization().countMembers(-1);
		this.members.flush();
		this.events.publishEvent(new MemberRemovedEvent(removed));
	}

	public MemberEntity find(UUID organizationId, UUID memberId) {
		return this.members.findByIdAndOrganizationId(memberId, organizationId)
			.orElseThrow(Memberships::memberNotFound);
	}

	/** A member found by member id or by e-mail address. */
	public MemberEntity find(UUID organizationId, String memberIdOrEmail) {
		UUID memberId = uuidOrNull(memberIdOrEmail);
		if (memberId != null) {
			return find(organizationId, memberId);
		}
		if (memberIdOrEmail == null || !memberIdOrEmail.contains("@")) {
			throw OrganizationException.invalid("memberIdOrEmail", "must be a member id or an e-mail address");
		}
		return this.members
			.findByOrganizationIdAndEmail(organizationId, memberIdOrEmail.trim().toLowerCase(Locale.ROOT))
			.orElseThrow(Memberships::memberNotFound);
	}

	/** The member row of a membership the access check found. */
	public MemberEntity find(Membership membership) {
		return find(membership.organizationId(), membership.memberId());
	}

	public boolean isMember(UUID organizationId, String userId) {
		return this.members.existsByOrganizationIdAndUserId(organizationId, userId);
	}

	public boolean isMemberByEmail(UUID organizationId, String email) {
		return this.members.existsByOrganizationIdAndEmail(organizationId, email);
	}

	public Instant now() {
		return now(this.clock);
	}

	/**
	 * The time stored for a change: microseconds, which every supported database keeps
	 * exactly.
	 */
	public static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	public static OrganizationException memberNotFound() {
		return new OrganizationException(OrganizationErrorCode.MEMBER_NOT_FOUND, "No such member.");
	}

	private void checkNotLastOwner(MemberEntity owner) {
		if (!this.members.existsByOrganizationIdAndOwnerTrueAndIdNot(owner.getOrganizationId(), owner.getId())) {
			throw new OrganizationException(OrganizationErrorCode.LAST_OWNER,
					"An organization must keep at least one owner.");
		}
	}

	private static OrganizationException alreadyMember() {
		return new OrganizationException(OrganizationErrorCode.ALREADY_MEMBER, "The user is already a member.");
	}

	private static UUID uuidOrNull(String value) {
		if (value == null || value.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
