package dev.belgie.organization;

import dev.belgie.organization.membership.Membership;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

	private final Map<String, Set<String>> permissionsByRole;

	public RolePolicy(Map<String, ? extends Set<String>> permissionsByRole) {
		Map<String, Set<String>> copy = new LinkedHashMap<>();
		permissionsByRole.forEach((role, permissions) -> copy.put(Roles.normalize(role), Set.copyOf(permissions)));
		if (!copy.containsKey(Roles.OWNER)) {
			throw new IllegalArgumentException("The role '" + Roles.OWNER + "' must be defined");
		}
		this.permissionsByRole = Collections.unmodifiableMap(copy);
	}

	/** The built-in roles: {@code owner}, {@code admin} and {@code member}. */
	public static Map<String, Set<String>> defaultRoles() {
		Map<String, Set<String>> roles = new LinkedHashMap<>();
		roles.put(Roles.OWNER, new LinkedHashSet<>(Permissions.ALL));
		Set<String> admin = new LinkedHashSet<>(Permissions.ALL);
		admin.remove(Permissions.ORGANIZATION_DELETE);
		roles.put(Roles.ADMIN, admin);
		roles.put(Roles.MEMBER, Set.of());
		return roles;
	}

	public static RolePolicy defaults() {
		return new RolePolicy(defaultRoles());
	}

	public Set<String> roleNames() {
		return this.permissionsByRole.keySet();
	}

	public boolean isDefined(String role) {
		return this.permissionsByRole.containsKey(role);
	}

	/** Whether a member holding the normalized {@code roles} has {@code permission}. */
	public boolean hasPermission(String roles, String permission) {
		return Roles.split(roles)
			.stream()
			.map(this.permissionsByRole::get)
			.anyMatch((permissions) -> permissions != null && permissions.contains(permission));
	}

	/**
	 * Normalizes a requested role value and checks that every role in it is defined.
	 * @return the normalized value
	 */
	public String validate(Object requestedRoles) {
		List<String> roles = Roles.parse(requestedRoles);
		for (String role : roles) {
			if (!isDefined(role)) {
				throw OrganizationException.invalid("role",
						"unknown role '" + role + "'; known roles are " + String.join(", ", roleNames()));
			}
		}
		return String.join(",", roles);
	}

	/**
	 * The membership of a member holding the normalized {@code roles}, with the
	 * permissions they grant.
	 */
	public Membership membership(UUID organizationId, UUID memberId, String userId, String roles) {
		return new Membership(organizationId, memberId, userId, roles, permissionsOf(roles));
	}

	/** The permissions that the normalized {@code roles} grant together. */
	public Set<String> permissionsOf(String roles) {
		Set<String> permissions = new LinkedHashSet<>();
		for (String role : Roles.split(roles)) {
			permissions.addAll(this.permissionsByRole.getOrDefault(role, Set.of()));
		}
		return permissions;
	}

	/**
	 * Checks that {@code granter} may grant {@code grantedRoles} (normalized): an owner
	 * grants any role; anyone else only roles other than {@code owner} whose permissions
	 * it holds all of.
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
			if (!granter.permissions().containsAll(this.permissionsByRole.getOrDefault(role, Set.of()))) {
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
