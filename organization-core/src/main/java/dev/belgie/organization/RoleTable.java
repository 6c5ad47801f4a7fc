package dev.belgie.organization;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.belgie.organization.error.OrganizationException;

/**
 * Which permissions each role grants: the one table behind organization roles
 * ({@link RolePolicy}) and team roles (the team module's settings). Role names are
 * normalized ({@link Roles}); a member holding several roles holds the union of their
 * permissions. Immutable: {@link #with(Map)} and {@link #withExtraPermissions(Map)} make
 * a new table.
 */
public final class RoleTable {

	private final String kind;

	private final Map<String, Set<String>> permissionsByRole;

	/**
	 * A table of roles.
	 * @param kind what its roles are called in error messages, such as {@code "role"} or
	 * {@code "team role"}
	 * @param permissionsByRole the permissions of each role, by role name
	 */
	public RoleTable(String kind, Map<String, ? extends Collection<String>> permissionsByRole) {
		this.kind = kind;
		Map<String, Set<String>> copy = new LinkedHashMap<>();
		permissionsByRole.forEach((role, permissions) -> copy.put(Roles.normalize(role), Set.copyOf(permissions)));
		this.permissionsByRole = Collections.unmodifiableMap(copy);
	}

	/**
	 * This table with each role of {@code roles} replacing the role of that name, or
	 * added.
	 * @param roles the permissions of each replaced or added role
	 * @return a new table
	 */
	public RoleTable with(Map<String, ? extends Collection<String>> roles) {
		Map<String, Collection<String>> merged = new LinkedHashMap<>(this.permissionsByRole);
		roles.forEach((role, permissions) -> merged.put(Roles.normalize(role), permissions));
		return new RoleTable(this.kind, merged);
	}

	/**
	 * This table with permissions added to roles it defines, the role's own ones kept.
	 * @param extraPermissions the permissions to add, by role name
	 * @return a new table
	 * @throws IllegalArgumentException when a role is not defined, with a message naming
	 * the defined roles
	 */
	public RoleTable withExtraPermissions(Map<String, ? extends Collection<String>> extraPermissions) {
		Map<String, Collection<String>> merged = new LinkedHashMap<>(this.permissionsByRole);
		extraPermissions.forEach((role, permissions) -> {
			Set<String> extended = new LinkedHashSet<>(permissionsOfRole(role));
			extended.addAll(permissions);
			merged.put(Roles.normalize(role), extended);
		});
		return new RoleTable(this.kind, merged);
	}

	/**
	 * The defined role names, in the order they were defined.
	 * @return the role names
	 */
	public Set<String> roleNames() {
		return this.permissionsByRole.keySet();
	}

	/**
	 * Whether a role is defined.
	 * @param role a normalized role name
	 * @return whether the table defines it
	 */
	public boolean isDefined(String role) {
		return this.permissionsByRole.containsKey(role);
	}

	/**
	 * The table as a map.
	 * @return the permissions of each role, unmodifiable
	 */
	public Map<String, Set<String>> asMap() {
		return this.permissionsByRole;
	}

	/**
	 * The permissions that the normalized {@code roles} grant together; an undefined role
	 * grants none.
	 * @param roles a normalized role value
	 * @return the permissions
	 */
	public Set<String> permissionsOf(String roles) {
		Set<String> permissions = new LinkedHashSet<>();
		for (String role : Roles.split(roles)) {
			permissions.addAll(this.permissionsByRole.getOrDefault(role, Set.of()));
		}
		return permissions;
	}

	/**
	 * Whether the normalized {@code roles} grant {@code permission}.
	 * @param roles a normalized role value
	 * @param permission a permission
	 * @return whether one of the roles grants it
	 */
	public boolean grants(String roles, String permission) {
		return Roles.split(roles)
			.stream()
			.map(this.permissionsByRole::get)
			.anyMatch((permissions) -> permissions != null && permissions.contains(permission));
	}

	/**
	 * Normalizes a requested role value and checks that every role in it is defined.
	 * @param requestedRoles a role value (see {@link Roles#normalize(Object)})
	 * @return the normalized value
	 * @throws OrganizationException {@code VALIDATION_FAILED} on field {@code role} when
	 * a role is not defined
	 */
	public String validate(Object requestedRoles) {
		List<String> roles = Roles.parse(requestedRoles);
		for (String role : roles) {
			if (!isDefined(role)) {
				throw OrganizationException.invalid("role", "unknown " + this.kind + " '" + role + "'; known "
						+ this.kind + "s are " + String.join(", ", roleNames()));
			}
		}
		return String.join(",", roles);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RoleTable table && this.kind.equals(table.kind)
				&& this.permissionsByRole.equals(table.permissionsByRole);
	}

	@Override
	public int hashCode() {
		return this.permissionsByRole.hashCode();
	}

	@Override
	public String toString() {
		return this.permissionsByRole.toString();
	}

	private Set<String> permissionsOfRole(String role) {
		Set<String> permissions = this.permissionsByRole.get(Roles.normalize(role));
		if (permissions == null) {
			throw new IllegalArgumentException("The " + this.kind + " '" + role + "' is not defined; defined "
					+ this.kind + "s are " + String.join(", ", roleNames()));
		}
		return permissions;
	}

}
