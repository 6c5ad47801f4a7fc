package dev.belgie.organization.internal;

import dev.belgie.organization.invitation.AcceptedInvitation;
import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.invitation.InvitationPage;
import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.invitation.InvitationSent;
import dev.belgie.organization.membership.AddMemberRequest;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.membership.MemberPage;
import dev.belgie.organization.membership.Membership;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.Organization;
import dev.belgie.organization.organization.OrganizationDetails;
import dev.belgie.organization.organization.OrganizationSummary;
import dev.belgie.organization.organization.SlugAvailability;
import dev.belgie.organization.organization.UpdateOrganizationRequest;
import dev.belgie.organization.audit.AuditPage;
import dev.belgie.organization.audit.AuditQuery;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.belgie.organization.Actor;
import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.spi.OrganizationUser;

/**
 * The one implementation of {@link OrganizationClient}: each method runs its operation
 * acting as the {@link Actor} it is bound to (the current user of a request, a given
 * user, or the system), which every operation checks itself. Not final, so that the
 * request's client can be a class-based scoped proxy. Built by
 * {@link DefaultOrganizationService}; not API.
 */
public class ActorOrganizationClient implements OrganizationClient {

	private final OrganizationOperations organizations;

	private final MembershipOperations memberships;

	private final InvitationOperations invitations;

	private final Supplier<? extends Actor> actor;

	private final OrganizationUser subject;

	/**
	 * A client acting as the actor that {@code actor} supplies, asked at each call.
	 * @param organizations the organization operations
	 * @param memberships the membership operations
	 * @param invitations the invitation operations
	 * @param actor the actor the client acts as
	 * @param subject the user the system acts for (who creates, invites, joins), or
	 * {@code null} for the acting user
	 */
	public ActorOrganizationClient(OrganizationOperations organizations, MembershipOperations memberships,
			InvitationOperations invitations, Supplier<? extends Actor> actor, OrganizationUser subject) {
		this.organizations = organizations;
		this.memberships = memberships;
		this.invitations = invitations;
		this.actor = actor;
		this.subject = subject;
	}

	@Override
	public OrganizationUser currentUser() {
		return (this.subject != null) ? this.subject : userActor().user();
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
		return this.memberships.transferOwnership(userActor(), organizationId, memberId);
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
		this.memberships.leave(userActor(), organizationId);
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
		Actor actor = actor();
		OrganizationUser user = (this.subject != null) ? this.subject
				: (actor instanceof Actor.UserActor acting) ? acting.user() : null;
		return this.invitations.reject(actor, user, invitationId, token);
	}

	@Override
	public List<Invitation> individualInvitations() {
		return this.invitations.forRecipient(userActor());
	}

	private Actor actor() {
		return this.actor.get();
	}

	/**
	 * The user acting, for the operations that act as a user: the system acts for nobody.
	 */
	private Actor.UserActor userActor() {
		if (actor() instanceof Actor.UserActor user) {
			return user;
		}
		throw new IllegalStateException("This operation acts as a user: use OrganizationService.onBehalfOf(user)");
	}

	@Override
	public AuditPage auditLog(UUID organizationId, AuditQuery query) {
		return this.organizations.auditLog(actor(), organizationId, query);
	}

}
