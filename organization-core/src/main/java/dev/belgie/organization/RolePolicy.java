package dev.belgie.organization;

import dev.belgie.organization.membership.Membership;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;

/**
 * Which permissions each role grants, and the rules for granting roles.
 * <p>
 * The permissions of each role are configurable. Two invariants are not: an organization
 * keeps at least one {@code owner} (enforced by the service), and only an owner grants,
 * changes or removes {@code owner}. A member who is not an owner may grant only roles
 * whose permissions they hold themselves, so a custom role can never be used to escalate
 * privileges.
 */
public final class RolePolicy {

	private final RoleTable roles;

	/**
	 * A policy over the given roles.
	 * @param permissionsByRole the permissions of each role, which must define
	 * {@code owner}
	 */
	public RolePolicy(Map<String, ? extends Set<String>> permissionsByRole) {
		this(new RoleTable("role", permissionsByRole));
	}

	/**
	 * A policy over a role table.
	 * @param roles the roles, which must define {@code owner}
	 */
	public RolePolicy(RoleTable roles) {
		if (!roles.isDefined(Roles.OWNER)) {
			throw new IllegalArgumentException("The role '" + Roles.OWNER + "' must be defined");
		}
		this.roles = roles;
	}

	/**
	 * {@return the built-in roles: {@code owner}, {@code admin} and {@code member}}
	 */
	public static Map<String, Set<String>> defaultRoles() {
		Map<String, Set<String>> roles = new LinkedHashMap<>();
		roles.put(Roles.OWNER, new LinkedHashSet<>(Permissions.ALL));
		Set<String> admin = new LinkedHashSet<>(Permissions.ALL);
		admin.remove(Permissions.ORGANIZATION_DELETE);
		roles.put(Roles.ADMIN, admin);
		roles.put(Roles.MEMBER, Set.of());
		return roles;
	}

	/**
	 * {@return the built-in roles as a table}
	 */
	public static RoleTable defaultTable() {
		return new RoleTable("role", defaultRoles());
	}

	/**
	 * The built-in roles.
	 * @return a policy of {@code owner}, {@code admin} and {@code member}
	 */
	public static RolePolicy defaults() {
		return new RolePolicy(defaultRoles());
	}

	/**
	 * {@return the role table this policy applies}
	 */
	public RoleTable roles() {
		return this.roles;
	}

	/**
	 * The names of every defined role.
	 * @return the role names
	 */
	public Set<String> roleNames() {
		return this.roles.roleNames();
	}

	/**
	 * Whether a role is defined.
	 * @param role one role name
	 * @return whether it is defined
	 */
	public boolean isDefined(String role) {
		return this.roles.isDefined(role);
	}

	/**
	 * {@return whether a member holding the normalized {@code roles} has
	 * {@code permission}}
	 * @param roles a normalized role value (comma-separated role names)
	 * @param permission the permission needed, for example {@code member:create}
	 */
	public boolean hasPermission(String roles, String permission) {
		return this.roles.grants(roles, permission);
	}

	/**
	 * Normalizes a requested role value and checks that every role in it is defined.
	 * @param requestedRoles the requested role value
	 * @return the normalized value
	 */
	public String validate(Object requestedRoles) {
		return this.roles.validate(requestedRoles);
	}

	/**
	 * {@return the membership of a member holding the normalized {@code roles}, with the
	 * permissions they grant}
	 * @param organizationId the organization's id
	 * @param memberId the member's id
	 * @param userId the user's id
	 * @param roles a normalized role value (comma-separated role names)
	 */
	public Membership membership(UUID organizationId, UUID memberId, String userId, String roles) {
		return new Membership(organizationId, memberId, userId, roles, permissionsOf(roles));
	}

	/**
	 * {@return the permissions that the normalized {@code roles} grant together}
	 * @param roles a normalized role value (comma-separated role names)
	 */
	public Set<String> permissionsOf(String roles) {
		return this.roles.permissionsOf(roles);
	}

	/**
	 * Checks that {@code granter} may grant {@code grantedRoles} (normalized): an owner
	 * grants any role; anyone else only roles other than {@code owner} whose permissions
	 * it holds all of.
	 * @param granter the membership of the member granting the roles
	 * @param grantedRoles the role value to grant
	 * @throws OrganizationException {@code FORBIDDEN} when not
	 */
	public void checkCanGrant(Membership granter, String grantedRoles) {
		if (Roles.isOwner(granter)) {
			return;
		}
		if (Roles.includes(grantedRoles, Roles.OWNER)) {
			throw new OrganizationException(OrganizationErrorCode.FORBIDDEN, "Only an owner can grant the owner role.");
		}
		for (String role : Roles.split(grantedRoles)) {
			if (!granter.permissions().containsAll(this.roles.permissionsOf(role))) {
				throw new OrganizationException(OrganizationErrorCode.FORBIDDEN,
						"You cannot grant the role '" + role + "': it has permissions you do not hold.");
			}
		}
	}

	/**
	 * Checks that {@code actor} may change or remove a member holding {@code targetRoles}
	 * (normalized): an owner may; anyone else only a member who is not an owner and whose
	 * permissions it holds all of, so that a weaker role can never demote or remove a
	 * stronger one.
	 * @param actor who acts: a member user or the system
	 * @param targetRoles the roles of the member to change or remove
	 * @throws OrganizationException {@code FORBIDDEN} when not
	 */
	public void checkCanManage(Membership actor, String targetRoles) {
		if (Roles.isOwner(actor)) {
			return;
		}
		if (Roles.includes(targetRoles, Roles.OWNER)) {
			throw new OrganizationException(OrganizationErrorCode.FORBIDDEN,
					"Only an owner can change or remove an owner.");
		}
		if (!actor.permissions().containsAll(permissionsOf(targetRoles))) {
			throw new OrganizationException(OrganizationErrorCode.FORBIDDEN,
					"You cannot change or remove a member whose permissions you do not all hold.");
		}
	}

}
