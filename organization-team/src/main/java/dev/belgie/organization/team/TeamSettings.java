package dev.belgie.organization.team;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.belgie.organization.Roles;
import dev.belgie.organization.error.OrganizationException;

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
public record TeamSettings(Integer maximumMembersPerTeam, Integer maximumTeams, Map<String, Set<String>> roles,
		String defaultRole) {

	public static final String MAINTAINER = "maintainer";

	public static final String MEMBER = "member";

	public TeamSettings {
		Map<String, Set<String>> copy = new LinkedHashMap<>();
		roles.forEach((role, permissions) -> copy.put(Roles.normalize(role), Set.copyOf(permissions)));
		roles = Collections.unmodifiableMap(copy);
		defaultRole = Roles.normalize(defaultRole);
		for (String role : Roles.split(defaultRole)) {
			if (!roles.containsKey(role)) {
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

	/** The defaults: no limits, the built-in roles, {@code member} by default. */
	public static TeamSettings defaults() {
		return new TeamSettings(null, null, defaultRoles(), MEMBER);
	}

	/**
	 * Normalizes a requested team role value ({@code null}: the default role) and checks
	 * that every role in it is defined.
	 */
	public String validateRole(Object requested) {
		if (requested == null) {
			return this.defaultRole;
		}
		List<String> parsed = Roles.parse(requested);
		for (String role : parsed) {
			if (!this.roles.containsKey(role)) {
				throw OrganizationException.invalid("role", "unknown team role '" + role + "'; known team roles are "
						+ String.join(", ", this.roles.keySet()));
			}
		}
		return String.join(",", parsed);
	}

	/** The team permissions that a normalized team role value grants. */
	public Set<String> permissionsOf(String normalizedRoles) {
		Set<String> permissions = new LinkedHashSet<>();
		Roles.split(normalizedRoles).forEach((role) -> permissions.addAll(this.roles.getOrDefault(role, Set.of())));
		return permissions;
	}

}
