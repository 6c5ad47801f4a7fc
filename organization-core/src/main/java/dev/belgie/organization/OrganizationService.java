package dev.belgie.organization;

import java.util.UUID;
import java.util.function.Supplier;

import dev.belgie.organization.audit.AuditPage;
import dev.belgie.organization.audit.AuditQuery;
import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.membership.Member;
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
 * <p>
 * The auto-configuration provides it; without Spring Boot,
 * {@link dev.belgie.organization.assembly.OrganizationAssembly} builds it.
 */
public interface OrganizationService {

	/**
	 * How many members and pending invitations {@link OrganizationClient#details}
	 * returns.
	 */
	int DETAILS_PAGE_SIZE = 100;

	/**
	 * The largest page {@link OrganizationClient#members} and
	 * {@link OrganizationClient#invitations} return.
	 */
	int MAX_PAGE_SIZE = 200;

	/**
	 * The roles and their permissions.
	 * @return the role policy
	 */
	RolePolicy rolePolicy();

	/**
	 * A client acting as the system: no caller checks. The operations that need a user
	 * (creating, inviting, accepting, {@code forIndividual}) need
	 * {@link #asSystem(OrganizationUser)}; those that act as a user (leaving,
	 * transferring one's ownership, listing one's invitations) need
	 * {@link #onBehalfOf(OrganizationUser)}.
	 * @return the system's client
	 */
	OrganizationClient asSystem();

	/**
	 * A client acting as the system for {@code user}: no caller checks, and {@code user}
	 * is who creates an organization (whether or not users may create organizations;
	 * {@code organization-limit} still holds), invites, accepts or rejects an invitation:
	 * for provisioning.
	 * @param user the user the system acts for
	 * @return the system's client for that user
	 */
	OrganizationClient asSystem(OrganizationUser user);

	/**
	 * A client acting as {@code user}, with that user's checks, as the user's own
	 * requests would.
	 * @param user the user to act as
	 * @return a client for that user
	 */
	default OrganizationClient onBehalfOf(OrganizationUser user) {
		Actor actor = Actor.member(user);
		return client(() -> actor);
	}

	/**
	 * A client acting as the user with the given id, known only by it (no name or
	 * e-mail).
	 * @param userId the id of the user to act as
	 * @return a client for that user
	 */
	default OrganizationClient onBehalfOf(String userId) {
		return onBehalfOf(new OrganizationUser(userId, null, null));
	}

	/**
	 * The client acting as whoever {@code actor} supplies, asked at each call: the
	 * request's client is this acting for the current user ({@link CurrentActor}).
	 * @param actor supplies the actor
	 * @return a client for that actor
	 */
	OrganizationClient client(Supplier<? extends Actor> actor);

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
	Member addMember(UUID organizationId, OrganizationUser user, Object role, UUID teamId);

	/**
	 * An invitation shown by its link to whoever holds the token (the console's
	 * invitation page, before sign-in): {@code INVITATION_NOT_FOUND} unless the token is
	 * the invitation's current one.
	 * @param invitationId the invitation
	 * @param token the link's token
	 * @return the invitation
	 */
	Invitation invitationByLink(UUID invitationId, String token);

	/**
	 * A page of an organization's audit log, newest first, with no access check (for jobs
	 * and exports); the log of an organization deleted within the retention period reads
	 * too. Applications record their own entries through
	 * {@link dev.belgie.organization.audit.AuditLog#record}.
	 * @param organizationId the organization
	 * @param query the page wanted
	 * @return the page
	 */
	AuditPage auditLog(UUID organizationId, AuditQuery query);

}
