package dev.belgie.organization.autoconfigure.permission;

import dev.belgie.organization.OrganizationAccess;
import dev.belgie.organization.membership.Membership;
import java.util.UUID;
import java.util.function.Supplier;

import dev.belgie.organization.Actor;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.spi.CurrentUserProvider;

/**
 * The bean {@code @organizations} of method-security expressions, answering for the
 * current user: <pre>
 * &#64;PreAuthorize("@organizations.require(#organizationId, 'project:create')")
 * </pre> {@link #require} gives the starter's semantics exactly:
 * {@code ORGANIZATION_NOT_FOUND} (404) for a non-member and {@code FORBIDDEN} (403)
 * naming the permission for a member without it, both as {@link OrganizationException}s
 * that the starter renders as problem details. {@link #can} also answers a non-member
 * with {@code ORGANIZATION_NOT_FOUND}, but a member without the permission with
 * {@code false}, which Spring Security turns into its own
 * {@code AuthorizationDeniedException}: use it where that is what the application
 * handles. Each is one indexed query, no lock.
 */
public class OrganizationPermissionExpressions {

	private final OrganizationAccess access;

	private final Supplier<CurrentUserProvider> currentUserProvider;

	/**
	 * @param currentUserProvider resolved at each check, so that the provider may be
	 * defined after this bean
	 */
	public OrganizationPermissionExpressions(OrganizationAccess access,
			Supplier<CurrentUserProvider> currentUserProvider) {
		this.access = access;
		this.currentUserProvider = currentUserProvider;
	}

	/**
	 * {@code true} when the current user holds the permission, otherwise an
	 * {@link OrganizationException}.
	 */
	public boolean require(UUID organizationId, String permission) {
		this.access.require(actor(), organizationId, permission);
		return true;
	}

	/**
	 * Whether the current member holds the permission; a non-member gets
	 * {@code ORGANIZATION_NOT_FOUND}.
	 */
	public boolean can(UUID organizationId, String permission) {
		return this.access.require(actor(), organizationId, null).can(permission);
	}

	/** {@code true} for any member; a non-member gets {@code ORGANIZATION_NOT_FOUND}. */
	public boolean isMember(UUID organizationId) {
		return membership(organizationId) != null;
	}

	/**
	 * The current user's membership; a non-member gets {@code ORGANIZATION_NOT_FOUND}.
	 */
	public Membership membership(UUID organizationId) {
		return this.access.require(actor(), organizationId, null);
	}

	private Actor actor() {
		return Actor.member(this.currentUserProvider.get()
			.currentUser()
			.orElseThrow(() -> new OrganizationException(OrganizationErrorCode.UNAUTHENTICATED,
					"Authentication is required.")));
	}

}
