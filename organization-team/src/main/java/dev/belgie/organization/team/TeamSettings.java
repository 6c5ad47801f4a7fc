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

	/** The built-in team role holding every team permission. */
	public static final String MAINTAINER = "maintainer";

	/** The built-in team role that reads. */
	public static final String MEMBER = "member";

	/**
	 * Normalizes the role names and the default role, which must be a defined team role.
	 * @param maximumMembersPerTeam how many members a team may have, or {@code null}
	 * @param maximumTeams how many teams an organization may have, or {@code null}
	 * @param roles the team permissions of each team role
	 * @param defaultRole the team role of a member added without one
	 */
	public TeamSettings {
		defaultRole = Roles.normalize(defaultRole);
		for (String role : Roles.split(defaultRole)) {
			if (!roles.isDefined(role)) {
				throw new IllegalArgumentException("The default team role '" + role + "' is not a defined team role");
			}
		}
	}

	/**
	 * {@return the built-in team roles: {@code maintainer} (every team permission) and
	 * {@code member} (read)}
	 */
	public static Map<String, Set<String>> defaultRoles() {
		Map<String, Set<String>> roles = new LinkedHashMap<>();
		roles.put(MAINTAINER, new LinkedHashSet<>(TeamPermissions.ALL));
		roles.put(MEMBER, Set.of());
		return roles;
	}

	/**
	 * {@return the built-in team roles as a table}
	 */
	public static RoleTable defaultTable() {
		return new RoleTable("team role", defaultRoles());
	}

	/**
	 * {@return the defaults: no limits, the built-in roles, {@code member} by default}
	 */
	public static TeamSettings defaults() {
		return new TeamSettings(null, null, defaultTable(), MEMBER);
	}

	/**
	 * Normalizes a requested team role value ({@code null}: the default role) and checks
	 * that every role in it is defined.
	 * @param requested the requested team role value, or {@code null} for the default
	 * team role
	 * @return the normalized team role value
	 */
	public String validateRole(Object requested) {
		return (requested != null) ? this.roles.validate(requested) : this.defaultRole;
	}

	/**
	 * {@return the team permissions that a normalized team role value grants}
	 * @param normalizedRoles a normalized team role value
	 */
	public Set<String> permissionsOf(String normalizedRoles) {
		return this.roles.permissionsOf(normalizedRoles);
	}

}
