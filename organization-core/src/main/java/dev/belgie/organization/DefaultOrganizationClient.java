package dev.belgie.organization;

import java.util.List;
import java.util.UUID;

import dev.belgie.organization.invitation.InvitationOperations;
import dev.belgie.organization.membership.MembershipOperations;
import dev.belgie.organization.organization.OrganizationOperations;
import dev.belgie.organization.spi.CurrentUserProvider;
import dev.belgie.organization.spi.OrganizationUser;

/**
 * The {@link OrganizationClient} of one request: each method runs its operation acting as the current
 * user, which every operation checks itself. Not final, so that it can be a class-based scoped proxy.
 */
public class DefaultOrganizationClient implements OrganizationClient {

	private final OrganizationOperations organizations;

	private final MembershipOperations memberships;

	private final InvitationOperations invitations;

	private final CurrentActor currentActor;

	public DefaultOrganizationClient(OrganizationOperations organizations, MembershipOperations memberships,
			InvitationOperations invitations, CurrentUserProvider currentUserProvider) {
		this.organizations = organizations;
		this.memberships = memberships;
		this.invitations = invitations;
		this.currentActor = new CurrentActor(currentUserProvider);
	}

	@Override
	public OrganizationUser currentUser() {
		return actor().user();
	}

	@Override
	public Organization create(CreateOrganizationRequest request) {
		return this.organizations.create(actor(), currentUser(), request);
	}

	@Override
	public SlugAvailability checkSlug(String slug) {
		actor();
		return this.organizations.checkSlug(slug);
	}

	@Override
	public List<OrganizationSummary> forIndividual() {
		return this.organizations.forUser(currentUser().id());
	}

	@Override
	public OrganizationDetails details(UUID organizationId) {
		return this.organizations.details(actor(), organizationId);
	}

	@Override
	public OrganizationDetails detailsBySlug(String slug) {
		return this.organizations.detailsBySlug(actor(), slug);
	}

	@Override
	public Organization update(UUID organizationId, UpdateOrganizationRequest request) {
		return this.organizations.update(actor(), organizationId, request);
	}

	@Override
	public void delete(UUID organizationId, boolean cascade) {
		this.organizations.delete(actor(), organizationId, cascade);
	}

	@Override
	public boolean can(UUID organizationId, String permission) {
		return this.memberships.membership(actor(), organizationId).map((m) -> m.can(permission)).orElse(false);
	}

	@Override
	public Membership require(UUID organizationId, String permission) {
		return this.memberships.require(actor(), organizationId, permission);
	}

	@Override
	public Membership membership(UUID organizationId) {
		return this.memberships.require(actor(), organizationId, null);
	}

	@Override
	public List<Member> transferOwnership(UUID organizationId, UUID memberId) {
		return this.memberships.transferOwnership(actor(), organizationId, memberId);
	}

	@Override
	public MemberPage members(UUID organizationId, int page, int size) {
		return this.memberships.members(actor(), organizationId, page, size);
	}

	@Override
	public Member addMember(UUID organizationId, AddMemberRequest request) {
		return this.memberships.add(actor(), organizationId, request);
	}

	@Override
	public void removeMember(UUID organizationId, String memberIdOrEmail) {
		this.memberships.remove(actor(), organizationId, memberIdOrEmail);
	}

	@Override
	public Member updateMemberRole(UUID organizationId, UUID memberId, Object role) {
		return this.memberships.updateRole(actor(), organizationId, memberId, role);
	}

	@Override
	public void leave(UUID organizationId) {
		this.memberships.leave(actor(), organizationId);
	}

	@Override
	public InvitationSent invite(UUID organizationId, InvitationRequest request) {
		return this.invitations.invite(actor(), currentUser(), organizationId, request);
	}

	@Override
	public InvitationPage invitations(UUID organizationId, int page, int size) {
		return this.invitations.invitations(actor(), organizationId, page, size);
	}

	@Override
	public Invitation cancelInvitation(UUID organizationId, UUID invitationId) {
		return this.invitations.cancel(actor(), organizationId, invitationId);
	}

	@Override
	public Invitation invitation(UUID invitationId, String token) {
		return this.invitations.invitation(actor(), invitationId, token);
	}

	@Override
	public AcceptedInvitation acceptInvitation(UUID invitationId, String token) {
		return this.invitations.accept(actor(), currentUser(), invitationId, token);
	}

	@Override
	public Invitation rejectInvitation(UUID invitationId, String token) {
		return this.invitations.reject(actor(), currentUser(), invitationId, token);
	}

	@Override
	public List<Invitation> individualInvitations() {
		return this.invitations.forRecipient(actor());
	}

	private Actor.UserActor actor() {
		return this.currentActor.get();
	}

}
