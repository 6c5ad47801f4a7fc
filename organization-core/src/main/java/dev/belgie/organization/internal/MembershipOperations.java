package dev.belgie.organization.internal;

import dev.belgie.organization.membership.AddMemberRequest;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.membership.MemberPage;
import dev.belgie.organization.membership.Membership;
import dev.belgie.organization.membership.OwnershipTransferredEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.belgie.organization.Actor;
import dev.belgie.organization.Roles;
import dev.belgie.organization.internal.Records;
import dev.belgie.organization.Permissions;
import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.audit.AuditActions;
import dev.belgie.organization.audit.AuditLog;
import dev.belgie.organization.audit.AuditTarget;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.internal.Access;
import dev.belgie.organization.internal.Consent;
import dev.belgie.organization.internal.Pages;
import dev.belgie.organization.internal.Reads;
import dev.belgie.organization.internal.InputValidator;
import dev.belgie.organization.internal.MemberEntity;
import dev.belgie.organization.internal.Memberships;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.spi.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Who belongs to an organization, with which roles. Each operation acts for an
 * {@link Actor}, checks access once through {@link Access} (membership, then the
 * organization's lock, then membership again), and keeps the role rules: only an owner
 * grants, changes or removes {@code owner}; anyone else grants only roles whose
 * permissions it holds, and changes or removes only members whose permissions it holds
 * all of. Created by the auto-configuration; applications use {@code OrganizationClient}
 * or {@code OrganizationService}.
 */
public final class MembershipOperations {

	private final Access access;

	private final Memberships memberships;

	private final RolePolicy rolePolicy;

	private final UserDirectory userDirectory;

	private final ApplicationEventPublisher events;

	private final Reads reads;

	private final Consent consent;

	public MembershipOperations(Access access, Memberships memberships, RolePolicy rolePolicy,
			UserDirectory userDirectory, ApplicationEventPublisher events, Reads reads, Consent consent) {
		this.consent = consent;
		this.reads = reads;
		this.events = events;
		this.access = access;
		this.memberships = memberships;
		this.rolePolicy = rolePolicy;
		this.userDirectory = userDirectory;
	}

	/**
	 * One page of members, oldest first: two statements whatever the size (the actor's
	 * membership with the member count, then the page), one for a page past the end.
	 */
	public MemberPage members(Actor actor, UUID organizationId, int page, int size) {
		long total = this.reads.organization(actor, organizationId)
			.orElseThrow(Access::organizationNotFound)
			.memberCount();
		Pages.check(page, size);
		return new MemberPage(this.reads.memberPage(organizationId, page, size, total), page, size, total);
	}

	/**
	 * Adds a user known to the {@link UserDirectory}, by id or e-mail; needs
	 * {@code member:create}, and the {@link DirectAddPolicy} decides whom (by default
	 * users with a verified e-mail address only).
	 */
	public Member add(Actor actor, UUID organizationId, AddMemberRequest request) {
		String role = this.rolePolicy.validate(request.role());
		boolean byId = request.userId() != null && !request.userId().isBlank();
		boolean byEmail = request.email() != null && !request.email().isBlank();
		if (byId == byEmail) {
			throw OrganizationException.invalid("userId", "give exactly one of userId and email");
		}
		String email = byEmail ? validEmail(request.email()) : null;
		this.memberships.checkTeamsEnabled(request.teamId());
		return this.access.writeScope(actor, organizationId, Permissions.MEMBER_CREATE, (scope) -> {
			this.rolePolicy.checkCanGrant(scope.membership(), role);
			this.consent.checkDirectAdd(actor);
			OrganizationUser user = this.consent.addable(byId ? this.userDirectory.findById(request.userId().trim())
					: this.userDirectory.findByEmail(email));
			return added(actor, this.memberships.join(scope.organization(), user, role, request.teamId()),
					request.teamId());
		});
	}

	/** Adds a user given in full (for provisioning); needs {@code member:create}. */
	public Member add(Actor actor, UUID organizationId, OrganizationUser user, Object role, UUID teamId) {
		String normalized = this.rolePolicy.validate(role);
		this.memberships.checkTeamsEnabled(teamId);
		return this.access.writeScope(actor, organizationId, Permissions.MEMBER_CREATE, (scope) -> {
			this.rolePolicy.checkCanGrant(scope.membership(), normalized);
			return added(actor, this.memberships.join(scope.organization(), user, normalized, teamId), teamId);
		});
	}

	/** Changes a member's role; needs {@code member:update}. */
	public Member updateRole(Actor actor, UUID organizationId, UUID memberId, Object role) {
		String normalized = this.rolePolicy.validate(role);
		return this.access.writeScope(actor, organizationId, Permissions.MEMBER_UPDATE, (scope) -> {
			MemberEntity target = this.memberships.find(organizationId, memberId);
			this.rolePolicy.checkCanManage(scope.membership(), target.getRole());
			this.rolePolicy.checkCanGrant(scope.membership(), normalized);
			String before = target.getRole();
			Member updated = this.memberships.changeRole(target, normalized);
			if (!before.equals(updated.role())) {
				this.access.record(actor, organizationId, AuditActions.MEMBER_ROLE_CHANGED, target(updated),
						AuditLog.details("userId", updated.userId(), "email", updated.email(), "name", updated.name(),
								"role", AuditLog.change(before, updated.role())));
			}
			return updated;
		});
	}

	/** Removes a member, by member id or e-mail; needs {@code member:delete}. */
	public void remove(Actor actor, UUID organizationId, String memberIdOrEmail) {
		this.access.writeScope(actor, organizationId, Permissions.MEMBER_DELETE, (scope) -> {
			MemberEntity target = this.memberships.find(organizationId, memberIdOrEmail);
			this.rolePolicy.checkCanManage(scope.membership(), target.getRole());
			Member removed = Records.member(target);
			this.memberships.remove(target);
			this.access.record(actor, organizationId, AuditActions.MEMBER_REMOVED, target(removed), about(removed));
			return null;
		});
	}

	/** The acting user leaves the organization; the last owner cannot. */
	public void leave(Actor.UserActor actor, UUID organizationId) {
		this.access.writeScope(actor, organizationId, null, (scope) -> {
			MemberEntity leaving = this.memberships.find(scope.membership());
			Member left = Records.member(leaving);
			this.memberships.remove(leaving);
			this.access.record(actor, organizationId, AuditActions.MEMBER_LEFT, target(left), about(left));
			return null;
		});
	}

	/** The actor's membership in the organization, if any: one indexed query, no lock. */
	public Optional<Membership> membership(Actor actor, UUID organizationId) {
		return this.access.membership(actor, organizationId);
	}

	/** A user's membership in the organization, if any: one indexed query, no lock. */
	public Optional<Membership> membership(UUID organizationId, String userId) {
		return this.access.membership(organizationId, userId);
	}

	/**
	 * The actor's membership, checked: {@code ORGANIZATION_NOT_FOUND} for a non-member,
	 * {@code FORBIDDEN} naming the permission for a member without it ({@code null}: any
	 * member). One indexed query.
	 */
	public Membership require(Actor actor, UUID organizationId, String permission) {
		return this.access.require(actor, organizationId, permission);
	}

	/**
	 * An owner hands ownership to another member: the target gains {@code owner}, the
	 * acting owner gives it up and keeps {@code admin}, in one transaction under the
	 * organization's lock, so that a concurrent role change or removal of either is
	 * serialized with it (the organization always keeps an owner, and the target is read
	 * again under the lock).
	 * @return the new owner, then the previous one
	 */
	public List<Member> transferOwnership(Actor.UserActor actor, UUID organizationId, UUID memberId) {
		if (memberId == null) {
			throw OrganizationException.invalid("memberId", "must not be null");
		}
		String adminRole = this.rolePolicy.validate(Roles.ADMIN);
		return this.access.writeScope(actor, organizationId, null, (scope) -> {
			Membership caller = scope.membership();
			if (!Roles.includes(caller.role(), Roles.OWNER)) {
				throw new OrganizationException(OrganizationErrorCode.FORBIDDEN,
						"Only an owner can transfer ownership.");
			}
			MemberEntity target = this.memberships.find(organizationId, memberId);
			if (target.getId().equals(caller.memberId())) {
				throw OrganizationException.invalid("memberId", "is you: ownership goes to another member");
			}
			MemberEntity previous = this.memberships.find(caller);
			String targetRole = target.getRole();
			String previousRole = previous.getRole();
			Member newOwner = Roles.includes(target.getRole(), Roles.OWNER) ? Records.member(target)
					: this.memberships.changeRole(target, Roles.normalize(List.of(target.getRole(), Roles.OWNER)));
			List<String> kept = new ArrayList<>(Roles.split(previous.getRole()));
			kept.remove(Roles.OWNER);
			kept.add(adminRole);
			Member previousOwner = this.memberships.changeRole(previous, Roles.normalize(kept));
			this.events.publishEvent(new OwnershipTransferredEvent(newOwner, previousOwner));
			this.access.record(actor, organizationId, AuditActions.OWNERSHIP_TRANSFERRED, target(newOwner),
					AuditLog.details("userId", newOwner.userId(), "email", newOwner.email(), "name", newOwner.name(),
							"role", AuditLog.change(targetRole, newOwner.role()), "previousOwner",
							AuditLog.details("memberId", previousOwner.id().toString(), "userId",
									previousOwner.userId(), "email", previousOwner.email(), "role",
									AuditLog.change(previousRole, previousOwner.role()))));
			return List.of(newOwner, previousOwner);
		});
	}

	/** Records a member's arrival (added by someone, not through an invitation). */
	private Member added(Actor actor, Member member, UUID teamId) {
		this.access.record(actor, member.organizationId(), AuditActions.MEMBER_ADDED, target(member),
				AuditLog.details("userId", member.userId(), "email", member.email(), "name", member.name(), "role",
						member.role(), "teamId", (teamId != null) ? teamId.toString() : null));
		return member;
	}

	static AuditTarget target(Member member) {
		return AuditTarget.of("member", member.id());
	}

	/** Who a member is, for an entry about it. */
	static Map<String, Object> about(Member member) {
		return AuditLog.details("userId", member.userId(), "email", member.email(), "name", member.name(), "role",
				member.role());
	}

	static String validEmail(String email) {
		InputValidator input = new InputValidator();
		String cleaned = input.email("email", email);
		input.throwIfInvalid();
		return cleaned;
	}

}
