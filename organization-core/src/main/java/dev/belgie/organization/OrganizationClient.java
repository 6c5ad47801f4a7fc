package dev.belgie.organization;

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

import dev.belgie.organization.spi.OrganizationUser;

/**
 * The organization API for the current user: every method acts as the caller and checks
 * the caller's permission itself, in the same transaction as the work. A caller who is
 * not a member of an organization is told it does not exist
 * ({@code ORGANIZATION_NOT_FOUND}); a member without the permission gets
 * {@code FORBIDDEN}. Every failure is an
 * {@link dev.belgie.organization.error.OrganizationException}.
 * <p>
 * In a web application the auto-configuration defines one per HTTP request, as a scoped
 * proxy that singleton controllers can have injected. An interface, so that an
 * application's controller tests can mock it. Work without a user goes through
 * {@link OrganizationService}.
 */
public interface OrganizationClient {

	/**
	 * {@return the user this client acts for; {@code UNAUTHENTICATED} when nobody is
	 * signed in}
	 */
	OrganizationUser currentUser();

	// Organizations

	/**
	 * Creates an organization with the caller as its first member, holding the creator
	 * role.
	 * @param request the new organization: name, optional slug, logo and metadata
	 * @return the organization created
	 */
	Organization create(CreateOrganizationRequest request);

	/**
	 * Whether a slug is valid and free, for a live check while a form is typed.
	 * @param slug the slug to check
	 * @return the slug's state and a message for people
	 */
	SlugAvailability checkSlug(String slug);

	/**
	 * {@return the caller's organizations, with the caller's role and each one's member
	 * count}
	 */
	List<OrganizationSummary> forIndividual();

	/**
	 * {@return an organization with the first page of its members and pending
	 * invitations; to any member}
	 * @param organizationId the organization's id
	 */
	OrganizationDetails details(UUID organizationId);

	/**
	 * As {@link #details(UUID)}, found by its slug.
	 * @param slug the organization's slug
	 * @return the organization with the first page of its members and pending invitations
	 */
	OrganizationDetails detailsBySlug(String slug);

	/**
	 * Needs {@code organization:update}.
	 * @param organizationId the organization's id
	 * @param request the changes; a field left {@code null} is kept
	 * @return the organization as changed
	 */
	Organization update(UUID organizationId, UpdateOrganizationRequest request);

	/**
	 * Needs {@code organization:delete}; listeners of {@code OrganizationDeletingEvent}
	 * may veto.
	 * @param organizationId the organization's id
	 */
	default void delete(UUID organizationId) {
		delete(organizationId, false);
	}

	/**
	 * Needs {@code organization:delete}. With {@code cascade}, the
	 * {@code OrganizationDeletingEvent} says so, and its listeners delete the
	 * application's own rows of the organization in the same transaction instead of
	 * vetoing.
	 * @param organizationId the organization's id
	 * @param cascade whether the deletion also deletes what belongs to the organization
	 */
	void delete(UUID organizationId, boolean cascade);

	// Permissions

	/**
	 * {@return whether the caller is a member of the organization holding
	 * {@code permission}: one indexed query}
	 * @param organizationId the organization's id
	 * @param permission the permission needed, for example {@code member:create}
	 */
	boolean can(UUID organizationId, String permission);

	/**
	 * Checks that the caller holds {@code permission} in the organization:
	 * {@code ORGANIZATION_NOT_FOUND} for a non-member, {@code FORBIDDEN} naming the
	 * permission otherwise. One indexed query.
	 * @param organizationId the organization's id
	 * @param permission the permission needed, for example {@code member:create}
	 * @return the caller's membership
	 */
	Membership require(UUID organizationId, String permission);

	/**
	 * {@return the caller's membership (roles and the permissions they resolve to), for a
	 * controller making several checks with one query; {@code ORGANIZATION_NOT_FOUND} for
	 * a non-member}
	 * @param organizationId the organization's id
	 */
	Membership membership(UUID organizationId);

	/**
	 * Hands ownership to another member: only an owner may; the member becomes an owner
	 * and the caller keeps {@code admin}, in one transaction under the organization's
	 * lock.
	 * @param organizationId the organization's id
	 * @param memberId the member's id
	 * @return the new owner, then the caller
	 */
	List<Member> transferOwnership(UUID organizationId, UUID memberId);

	// Members

	/**
	 * {@return one page of members, oldest first; {@code size} from 1 to 200}
	 * @param organizationId the organization's id
	 * @param page the page number, from 0
	 * @param size the page size, 1 to 200
	 */
	MemberPage members(UUID organizationId, int page, int size);

	/**
	 * Adds a user known to the {@code UserDirectory}, by id or e-mail. Needs
	 * {@code member:create}; the caller may grant only roles whose permissions it holds
	 * ({@code owner} only an owner).
	 * @param organizationId the organization's id
	 * @param request the user (by id or e-mail) and the role to give
	 * @return the new member
	 */
	Member addMember(UUID organizationId, AddMemberRequest request);

	/**
	 * Removes a member, by member id or e-mail. Needs {@code member:delete}; a non-owner
	 * removes only a member whose permissions it holds all of, never an owner.
	 * @param organizationId the organization's id
	 * @param memberIdOrEmail a member's id or e-mail address
	 */
	void removeMember(UUID organizationId, String memberIdOrEmail);

	/**
	 * Changes a member's role. Needs {@code member:update}; the rules of
	 * {@link #removeMember} and of granting.
	 * @param organizationId the organization's id
	 * @param memberId the member's id
	 * @param role a role value: a string, a comma-separated string or a collection of
	 * role names
	 * @return the member with its new role
	 */
	Member updateMemberRole(UUID organizationId, UUID memberId, Object role);

	/**
	 * The caller leaves the organization; the last owner cannot.
	 * @param organizationId the organization's id
	 */
	void leave(UUID organizationId);

	// Invitations

	/**
	 * Invites an e-mail address. Needs {@code invitation:create}; the caller may invite
	 * only with roles it could grant. With {@code resend}, refreshes a pending invitation
	 * and issues a new link.
	 * @param organizationId the organization's id
	 * @param request the address, the role, an optional team and whether to re-send
	 * @return the invitation, and whether it was created or re-sent
	 */
	InvitationSent invite(UUID organizationId, InvitationRequest request);

	/**
	 * {@return one page of the organization's pending invitations, oldest first, to any
	 * member}
	 * @param organizationId the organization's id
	 * @param page the page number, from 0
	 * @param size the page size, 1 to 200
	 */
	InvitationPage invitations(UUID organizationId, int page, int size);

	/**
	 * Cancels a pending invitation of the organization; needs {@code invitation:cancel}.
	 * @param organizationId the organization's id
	 * @param invitationId the invitation's id
	 * @return the canceled invitation
	 */
	Invitation cancelInvitation(UUID organizationId, UUID invitationId);

	/**
	 * {@return an invitation, to the members of its organization and to its recipient
	 * with a verified e-mail}
	 * @param invitationId the invitation's id
	 */
	default Invitation invitation(UUID invitationId) {
		return invitation(invitationId, null);
	}

	/**
	 * {@return an invitation, to its recipient presenting the e-mailed link's
	 * {@code token} (or a verified e-mail)}
	 * @param invitationId the invitation's id
	 * @param token the secret token of the invitation's e-mailed link
	 */
	Invitation invitation(UUID invitationId, String token);

	/**
	 * Accepts an invitation addressed to the caller's verified e-mail.
	 * @param invitationId the invitation's id
	 * @return the accepted invitation and the new membership
	 */
	default AcceptedInvitation acceptInvitation(UUID invitationId) {
		return acceptInvitation(invitationId, null);
	}

	/**
	 * Accepts an invitation addressed to the caller, who proves the mailbox with the
	 * link's {@code token}.
	 * @param invitationId the invitation's id
	 * @param token the secret token of the invitation's e-mailed link
	 * @return the accepted invitation and the new membership
	 */
	AcceptedInvitation acceptInvitation(UUID invitationId, String token);

	/**
	 * Rejects an invitation addressed to the caller's verified e-mail.
	 * @param invitationId the invitation's id
	 * @return the rejected invitation
	 */
	default Invitation rejectInvitation(UUID invitationId) {
		return rejectInvitation(invitationId, null);
	}

	/**
	 * Rejects an invitation addressed to the caller, who proves the mailbox with the
	 * link's {@code token}.
	 * @param invitationId the invitation's id
	 * @param token the secret token of the invitation's e-mailed link
	 * @return the rejected invitation
	 */
	Invitation rejectInvitation(UUID invitationId, String token);

	/**
	 * {@return the pending invitations addressed to the caller's e-mail, which must be
	 * verified}
	 */
	List<Invitation> individualInvitations();

	// Audit log

	/**
	 * A page of the organization's audit log, newest first, filtered by the query's
	 * action prefix and actor; needs {@code audit:read}. One statement for the page,
	 * whatever the log's size; an unknown {@code before} is {@code VALIDATION_FAILED}.
	 * @param organizationId the organization
	 * @param query the page wanted
	 * @return the page, with the {@code before} of the next one
	 */
	AuditPage auditLog(UUID organizationId, AuditQuery query);

}
