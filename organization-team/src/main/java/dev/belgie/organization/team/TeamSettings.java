package dev.belgie.organization.team;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.belgie.organization.RoleTable;
import dev.belgie.organization.Roles;

/**
 * The team module's settings, mapped from the application's configuration.
 *
 * @param maximumMembersPerTeam how many members a team may have, or {@code null} for no
 * limit
 * @param maximumTeams how many teams an organization may have, or {@code null} for no
 * limit
 * @param roles the team permissions ({@link TeamPermissions}) of each team role
 * @param defaultRole the normalized team role of a member added without one (and of
 * members joining through an invitation or {@code addMember} with a team)
 */
public record TeamSettings(Integer maximumMembersPerTeam, Integer maximumTeams, RoleTable roles, String defaultRole) {

	public static final String MAINTAINER = "maintainer";

	public static final String MEMBER = "member";

	public TeamSettings {
		defaultRole = Roles.normalize(defaultRole);
		for (String role : Roles.split(defaultRole)) {
			if (!roles.isDefined(role)) {
				throw new IllegalArgumentException("The default team role '" + role + "' is not a defined team role");
			}
		}
	}

	/**
	 * The built-in team roles: {@code maintainer} (every team permission) and
	 * {@code member} (read).
	 */
	public static Map<String, Set<String>> defaultRoles() {
		Map<String, Set<String>> roles = new LinkedHashMap<>();
		roles.put(MAINTAINER, new LinkedHashSet<>(TeamPermissions.ALL));
		roles.put(MEMBER, Set.of());
		return roles;
	}

	/** The built-in team roles as a table. */
	public static RoleTable defaultTable() {
		return new RoleTable("team role", defaultRoles());
	}

	/** The defaults: no limits, the built-in roles, {@code member} by default. */
	public static TeamSettings defaults() {
		return new TeamSettings(null, null, defaultTable(), MEMBER);
	}

	/**
	 * Normalizes a requested team role value ({@code null}: the default role) and checks
	 * that every role in it is defined.
	 */
	public String validateRole(Object requested) {
		return (requested != null) ? this.roles.validate(requested) : this.defaultRole;
	}

	/** The team permissions that a normalized team role value grants. */
	public Set<String> permissionsOf(String normalizedRoles) {
		return this.roles.permissionsOf(normalizedRoles);
	}

}
