package dev.belgie.organization;

import dev.belgie.organization.membership.Membership;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.belgie.organization.Actor;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;

/**
 * The one access check every organization-scoped operation makes, for modules that add
 * operations of their own (the team module) and for applications guarding their own data.
 * <p>
 * A user who is not a member of the organization is told it does not exist
 * ({@code ORGANIZATION_NOT_FOUND}), whether it exists or not, in the same time; a member
 * without the permission gets {@code FORBIDDEN}. The system passes every check on an
 * organization that exists.
 */
public interface OrganizationAccess {

	/**
	 * {@return the actor's membership in the organization, if any, read with no lock}
	 * @param actor who acts: a member user or the system
	 * @param organizationId the organization's id
	 */
	Optional<Membership> membership(Actor actor, UUID organizationId);

	/**
	 * {@return the actor's membership, checked: {@code ORGANIZATION_NOT_FOUND} for a
	 * non-member, {@code FORBIDDEN} naming {@code permission} for a member without it
	 * ({@code null}: any member)} One indexed query, no lock.
	 * @param actor who acts: a member user or the system
	 * @param organizationId the organization's id
	 * @param permission the permission needed, for example {@code member:create}
	 */
	default Membership require(Actor actor, UUID organizationId, String permission) {
		Membership membership = membership(actor, organizationId).orElseThrow(
				() -> new OrganizationException(OrganizationErrorCode.ORGANIZATION_NOT_FOUND, "No such organization."));
		if (permission != null && !membership.can(permission)) {
			throw forbidden(permission);
		}
		return membership;
	}

	/**
	 * {@return the {@code FORBIDDEN} failure naming the missing permission}
	 * @param permission the permission needed, for example {@code member:create}
	 */
	static OrganizationException forbidden(String permission) {
		return new OrganizationException(OrganizationErrorCode.FORBIDDEN,
				"Your role does not allow this (" + permission + ").");
	}

	/**
	 * Runs {@code work} for a member of the organization (any member may read), in a
	 * read-only transaction.
	 * @param <T> the type of the result
	 * @param actor who acts: a member user or the system
	 * @param organizationId the organization's id
	 * @param work the work to do
	 * @return what {@code work} returns
	 */
	<T> T read(Actor actor, UUID organizationId, Function<Membership, T> work);

	/**
	 * Runs a change: checks the actor's membership and {@code permission} ({@code null}
	 * for any member) with no lock, then locks the organization's row, checks again and
	 * runs {@code work}, all in one transaction. Locks are always taken in this order:
	 * organization, then its invitations or teams, then their members.
	 * @param <T> the type of the result
	 * @param actor who acts: a member user or the system
	 * @param organizationId the organization's id
	 * @param permission the permission needed, for example {@code member:create}
	 * @param work the work to do
	 * @return what {@code work} returns
	 */
	<T> T write(Actor actor, UUID organizationId, String permission, Function<Membership, T> work);

}
