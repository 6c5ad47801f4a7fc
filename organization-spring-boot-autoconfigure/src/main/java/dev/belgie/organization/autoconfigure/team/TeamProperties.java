package dev.belgie.organization.autoconfigure.team;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.team.TeamPermissions;
import dev.belgie.organization.team.TeamSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration of the team module (organization-team).
 */
@ConfigurationProperties("belgie.team")
public class TeamProperties implements Validator {

	/**
	 * Whether teams are enabled when the team module is on the classpath.
	 */
	private boolean enabled = true;

	/**
	 * Maximum number of members of a team, on every way into it (adding a team member,
	 * adding or inviting an organization member with a team, accepting such an
	 * invitation). Unlimited when not set.
	 */
	private Integer maximumMembersPerTeam;

	/**
	 * Maximum number of teams of an organization. Unlimited when not set.
	 */
	private Integer maximumTeams;

	/**
	 * Team permissions of each team role (team:update, team-member:create,
	 * team-member:update, team-member:delete), by team role name. A role named here
	 * replaces the built-in team role of the same name (maintainer, member); other names
	 * add team roles.
	 */
	private Map<String, List<String>> roles = new LinkedHashMap<>();

	/**
	 * Team role of a member added to a team without one, and of members joining a team
	 * through an invitation or when added to the organization with a team.
	 */
	private String defaultRole = TeamSettings.MEMBER;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Integer getMaximumMembersPerTeam() {
		return this.maximumMembersPerTeam;
	}

	public void setMaximumMembersPerTeam(Integer maximumMembersPerTeam) {
		this.maximumMembersPerTeam = maximumMembersPerTeam;
	}

	public Integer getMaximumTeams() {
		return this.maximumTeams;
	}

	public void setMaximumTeams(Integer maximumTeams) {
		this.maximumTeams = maximumTeams;
	}

	public Map<String, List<String>> getRoles() {
		return this.roles;
	}

	public void setRoles(Map<String, List<String>> roles) {
		this.roles = roles;
	}

	public String getDefaultRole() {
		return this.defaultRole;
	}

	public void setDefaultRole(String defaultRole) {
		this.defaultRole = defaultRole;
	}

	/** The core's team settings made from these properties. */
	public TeamSettings toSettings() {
		Map<String, Set<String>> roles = TeamSettings.defaultRoles();
		this.roles.forEach((role, permissions) -> roles.put(role, new LinkedHashSet<>(permissions)));
		return new TeamSettings(this.maximumMembersPerTeam, this.maximumTeams, roles, this.defaultRole);
	}

	@Override
	public boolean supports(Class<?> type) {
		return TeamProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		TeamProperties properties = (TeamProperties) target;
		rejectIfNotPositive(errors, "maximumMembersPerTeam", properties.getMaximumMembersPerTeam());
		rejectIfNotPositive(errors, "maximumTeams", properties.getMaximumTeams());
		properties.getRoles()
			.forEach((role, permissions) -> permissions.stream()
				.filter((permission) -> !TeamPermissions.ALL.contains(permission))
				.findFirst()
				.ifPresent((permission) -> errors.rejectValue("roles", "permission", "team role '" + role + "' has '"
						+ permission + "', which is not one of the team permissions " + TeamPermissions.ALL)));
		try {
			properties.toSettings();
		}
		catch (OrganizationException | IllegalArgumentException ex) {
			errors.rejectValue("defaultRole", "undefined", "must name defined team roles: " + ex.getMessage());
		}
	}

	private static void rejectIfNotPositive(Errors errors, String field, Integer value) {
		if (value != null && value < 1) {
			errors.rejectValue(field, "positive", "must be at least 1, or not set for no limit");
		}
	}

}
