package dev.belgie.organization.membership;

import java.util.Set;
import java.util.UUID;

/**
 * What an actor may do in one organization: its membership, with its roles and the
 * permissions they resolve to. The system's membership ({@link #system}) holds every
 * permission. Whether it is an owner's: {@link dev.belgie.organization.Roles#isOwner}.
 *
 * @param organizationId the organization
 * @param memberId the membership's id, {@code null} for the system
 * @param userId the member's user id, {@code null} for the system
 * @param role the normalized role value, {@code null} for the system
 * @param permissions the permissions the roles grant
 */
public record Membership(UUID organizationId, UUID memberId, String userId, String role, Set<String> permissions) {

	/**
	 * Copies the permissions.
	 * @param organizationId the organization's id
	 * @param memberId the member's id
	 * @param userId the user's id
	 * @param role the normalized role value
	 * @param permissions the permissions the roles grant
	 */
	public Membership {
		permissions = Set.copyOf(permissions);
	}

	/**
	 * {@return the system's membership in any organization}
	 * @param organizationId the organization's id
	 */
	public static Membership system(UUID organizationId) {
		return new Membership(organizationId, null, null, null, Set.of());
	}

	/**
	 * {@return whether this is the system acting}
	 */
	public boolean isSystem() {
		return this.memberId == null;
	}

	/**
	 * {@return whether the actor holds {@code permission}}
	 * @param permission the permission needed, for example {@code member:create}
	 */
	public boolean can(String permission) {
		return isSystem() || this.permissions.contains(permission);
	}

}
