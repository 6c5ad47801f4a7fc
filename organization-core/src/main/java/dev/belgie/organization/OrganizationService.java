package dev.belgie.organization;

import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.audit.AuditPage;
import dev.belgie.organization.audit.AuditQuery;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import dev.belgie.organization.internal.ActorOrganizationClient;
import dev.belgie.organization.internal.InvitationOperations;
import dev.belgie.organization.internal.MembershipOperations;
import dev.belgie.organization.internal.OrganizationOperations;
import dev.belgie.organization.internal.Pages;
import dev.belgie.organization.spi.OrganizationUser;

/**
 * Where work outside a request gets its {@link OrganizationClient}: {@link #asSystem()}
 * acts as the system, with no caller checks (for jobs, provisioning and admin tools),
 * {@link #onBehalfOf(OrganizationUser)} acts as a given user, with that user's checks.
 * Both are the same implementation as the request's client, so every operation exists
 * once, on {@link OrganizationClient}. The invariants that hold whoever acts (unique
 * slugs and memberships, at least one owner, the limits) are kept, each operation in one
 * transaction. Besides the clients, the service has the few calls only the system makes.
 * Controllers use the request's client.
 */
public class OrganizationService {

	/**
	 * How many members and pending invitations {@link OrganizationClient#details}
	 * returns.
	 */
	public static final int DETAILS_PAGE_SIZE = Pages.DETAILS_SIZE;

	/**
	 * The largest page {@link OrganizationClient#members} and
	 * {@link OrganizationClient#invitations} return.
	 */
	public static final int MAX_PAGE_SIZE = Pages.MAX_SIZE;

	private static final Actor SYSTEM = Actor.system();

	private final OrganizationOperations organizations;

	private final MembershipOperations memberships;

	private final InvitationOperations invitations;

	private final RolePolicy rolePolicy;

	private final OrganizationClient system;

	/**
	 * The service over core's operations, as the auto-configuration assembles it.
	 * @param organizations the organization operations
	 * @param memberships the membership operations
	 * @param invitations the invitation operations
	 * @param rolePolicy the roles and their permissions
	 */
	public OrganizationService(OrganizationOperations organizations, MembershipOperations memberships,
			InvitationOperations invitations, RolePolicy rolePolicy) {
		this.organizations = organizations;
		this.memberships = memberships;
		this.invitations = invitations;
		this.rolePolicy = rolePolicy;
		this.system = new ActorOrganizationClient(organizations, memberships, invitations, () -> SYSTEM, null);
	}

	/**
	 * The roles and their permissions.
	 * @return the role policy
	 */
	public RolePolicy rolePolicy() {
		return this.rolePolicy;
	}

	/**
	 * A client acting as the system: no caller checks. The operations that need a user
	 * (creating, inviting, accepting, {@code forIndividual}) need
	 * {@link #asSystem(OrganizationUser)}; those that act as a user (leaving,
	 * transferring one's ownership, listing one's invitations) need
	 * {@link #onBehalfOf(OrganizationUser)}.
	 * @return the system's client
	 */
	public OrganizationClient asSystem() {
		return this.system;
	}

	/**
	 * A client acting as the system for {@code user}: no caller checks, and {@code user}
	 * is who creates an organization (whether or not users may create organizations;
	 * {@code organization-limit} still holds), invites, accepts or rejects an invitation:
	 * for provisioning.
	 * @param user the user the system acts for
	 * @return the system's client for that user
	 */
	public OrganizationClient asSystem(OrganizationUser user) {
		return new ActorOrganizationClient(this.organizations, this.memberships, this.invitations, () -> SYSTEM,
				Objects.requireNonNull(user, "user"));
	}

	/**
	 * A client acting as {@code user}, with that user's checks, as the user's own
	 * requests would.
	 * @param user the user to act as
	 * @return a client for that user
	 */
	public OrganizationClient onBehalfOf(OrganizationUser user) {
		Actor actor = Actor.member(user);
		return client(() -> actor);
	}

	/**
	 * A client acting as the user with the given id, known only by it (no name or
	 * e-mail).
	 * @param userId the id of the user to act as
	 * @return a client for that user
	 */
	public OrganizationClient onBehalfOf(String userId) {
		return onBehalfOf(new OrganizationUser(userId, null, null));
	}

	/**
	 * The client acting as whoever {@code actor} supplies, asked at each call: the
	 * request's client is this acting for the current user.
	 * @param actor supplies the actor
	 * @return a client for that actor
	 */
	public ActorOrganizationClient client(Supplier<? extends Actor> actor) {
		return new ActorOrganizationClient(this.organizations, this.memberships, this.invitations, actor, null);
	}

	/**
	 * Adds a user given in full, not looked up in the
	 * {@link dev.belgie.organization.spi.UserDirectory}, as the system: for provisioning
	 * from another user store.
	 * @param organizationId the organization
	 * @param user the user who joins
	 * @param role the role, a name or a list of names
	 * @param teamId the team the user joins too, or {@code null}
	 * @return the new member
	 */
	public Member addMember(UUID organizationId, OrganizationUser user, Object role, UUID teamId) {
		return this.memberships.add(SYSTEM, organizationId, user, role, teamId);
	}

	/**
	 * An invitation shown by its link to whoever holds the token (the console's
	 * invitation page, before sign-in): {@code INVITATION_NOT_FOUND} unless the token is
	 * the invitation's current one.
	 * @param invitationId the invitation
	 * @param token the link's token
	 * @return the invitation
	 */
	public Invitation invitationByLink(UUID invitationId, String token) {
		return this.invitations.invitationByLink(invitationId, token);
	}

	/**
	 * A page of an organization's audit log, newest first, with no access check (for jobs
	 * and exports); the log of an organization deleted within the retention period reads
	 * too. Applications record their own entries through
	 * {@link dev.belgie.organization.audit.AuditLog#record}.
	 * @param organizationId the organization
	 * @param query the page wanted
	 * @return the page
	 */
	public AuditPage auditLog(UUID organizationId, AuditQuery query) {
		return this.organizations.auditLog(SYSTEM, organizationId, query);
	}

}
