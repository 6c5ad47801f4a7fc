package dev.belgie.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.belgie.organization.internal.Pages;
import dev.belgie.organization.invitation.InvitationOperations;
import dev.belgie.organization.membership.MembershipOperations;
import dev.belgie.organization.organization.OrganizationOperations;
import dev.belgie.organization.spi.OrganizationUser;

/**
 * Every organization operation acting as the system, with no caller checks: for jobs, provisioning and
 * admin tools. The invariants that hold whoever acts (unique slugs and memberships, at least one owner, the
 * limits) are kept, each operation in one transaction. Controllers use {@link OrganizationClient}.
 */
public class OrganizationService {

	/** How many members and pending invitations {@link #details(UUID)} returns. */
	public static final int DETAILS_PAGE_SIZE = Pages.DETAILS_SIZE;

	/** The largest page {@link #members(UUID, int, int)} and {@link #invitations(UUID, int, int)} return. */
	public static final int MAX_PAGE_SIZE = Pages.MAX_SIZE;

	private static final Actor SYSTEM = Actor.system();

	private final OrganizationOperations organizations;

	private final MembershipOperations memberships;

	private final InvitationOperations invitations;

	private final RolePolicy rolePolicy;

	public OrganizationService(OrganizationOperations organizations, MembershipOperations memberships,
			InvitationOperations invitations, RolePolicy rolePolicy) {
		this.organizations = organizations;
		this.memberships = memberships;
		this.invitations = invitations;
		this.rolePolicy = rolePolicy;
	}

	/** The roles and their permissions, for example to offer the roles a member may grant. */
	public RolePolicy rolePolicy() {
		return this.rolePolicy;
	}

	/** Creates an organization; {@code creator} becomes its first member with the creator role. */
	public Organization create(CreateOrganizationRequest request, OrganizationUser creator) {
		return this.organizations.create(SYSTEM, creator, request);
	}

	public SlugAvailability checkSlug(String slug) {
		return this.organizations.checkSlug(slug);
	}

	/** The organizations a user belongs to, with the user's role and each one's member count. */
	public List<OrganizationSummary> forUser(String userId) {
		return this.organizations.forUser(userId);
	}

	public OrganizationDetails details(UUID organizationId) {
		return this.organizations.details(SYSTEM, organizationId);
	}

	public OrganizationDetails detailsBySlug(String slug) {
		return this.organizations.detailsBySlug(SYSTEM, slug);
	}

	public Organization update(UUID organizationId, UpdateOrganizationRequest request) {
		return this.organizations.update(SYSTEM, organizationId, request);
	}

	/** Deletes an organization with its members and invitations, unless a listener vetoes it. */
	public void delete(UUID organizationId) {
		delete(organizationId, false);
	}

	/** As {@link #delete(UUID)}; with {@code cascade}, listeners delete the application's rows of it instead of vetoing. */
	public void delete(UUID organizationId, boolean cascade) {
		this.organizations.delete(SYSTEM, organizationId, cascade);
	}

	/** A user's membership (roles and resolved permissions) in an organization, if any: one indexed query. */
	public Optional<Membership> membership(UUID organizationId, String userId) {
		return this.memberships.membership(organizationId, userId);
	}

	/** Whether a user is a member of the organization holding {@code permission}: one indexed query. */
	public boolean can(UUID organizationId, String userId, String permission) {
		return membership(organizationId, userId).map((membership) -> membership.can(permission)).orElse(false);
	}

	/**
	 * Checks that a user holds {@code permission} in the organization: {@code ORGANIZATION_NOT_FOUND} for a
	 * non-member, {@code FORBIDDEN} naming the permission otherwise.
	 */
	public Membership require(UUID organizationId, String userId, String permission) {
		return this.memberships.require(Actor.member(new OrganizationUser(userId, null, null)), organizationId,
				permission);
	}

	/**
	 * The owner {@code ownerUserId} hands ownership to another member, as with
	 * {@link OrganizationClient#transferOwnership}: the rules hold as if that owner acted.
	 * @return the new owner, then the previous one
	 */
	public List<Member> transferOwnership(UUID organizationId, String ownerUserId, UUID memberId) {
		return this.memberships.transferOwnership(new Actor.UserActor(new OrganizationUser(ownerUserId, null, null)),
				organizationId, memberId);
	}

	public MemberPage members(UUID organizationId, int page, int size) {
		return this.memberships.members(SYSTEM, organizationId, page, size);
	}

	/** Adds a user to an organization with any defined role. */
	public Member addMember(UUID organizationId, OrganizationUser user, Object role, UUID teamId) {
		return this.memberships.add(SYSTEM, organizationId, user, role, teamId);
	}

	public Member updateMemberRole(UUID organizationId, UUID memberId, Object role) {
		return this.memberships.updateRole(SYSTEM, organizationId, memberId, role);
	}

	/** Removes a member, found by member id or by e-mail address. */
	public void removeMember(UUID organizationId, String memberIdOrEmail) {
		this.memberships.remove(SYSTEM, organizationId, memberIdOrEmail);
	}

	public InvitationSent invite(UUID organizationId, InvitationRequest request, OrganizationUser inviter) {
		return this.invitations.invite(SYSTEM, inviter, organizationId, request);
	}

	public InvitationPage invitations(UUID organizationId, int page, int size) {
		return this.invitations.invitations(SYSTEM, organizationId, page, size);
	}

	public Invitation cancelInvitation(UUID organizationId, UUID invitationId) {
		return this.invitations.cancel(SYSTEM, organizationId, invitationId);
	}

	public Invitation invitation(UUID invitationId) {
		return this.invitations.invitation(SYSTEM, invitationId, null);
	}

	/** An invitation to whoever holds its e-mailed link's current {@code token}; else {@code INVITATION_NOT_FOUND}. */
	public Invitation invitationByLink(UUID invitationId, String token) {
		return this.invitations.invitationByLink(invitationId, token);
	}

	/** Accepts an invitation for {@code user}, who must be its recipient (no proof of the mailbox is asked). */
	public AcceptedInvitation acceptInvitation(UUID invitationId, OrganizationUser user) {
		return this.invitations.accept(SYSTEM, user, invitationId, null);
	}

	public Invitation rejectInvitation(UUID invitationId) {
		return this.invitations.reject(SYSTEM, null, invitationId, null);
	}

	/** The pending invitations addressed to an e-mail address, newest first. */
	public List<Invitation> invitationsFor(String email) {
		return this.invitations.pendingFor(email);
	}

}
