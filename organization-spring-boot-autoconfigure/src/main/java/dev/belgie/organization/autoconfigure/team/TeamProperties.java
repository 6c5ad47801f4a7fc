package dev.belgie.organization.autoconfigure.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.belgie.organization.RoleTable;
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
	 * The field of errors in {@code extraPermissions}, as its key is written: a map's
	 * errors are named by their field alone.
	 */
	private static final String EXTRA_PERMISSIONS = "extra-permissions";

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
	 * Team permissions added to a team role, built-in or configured under roles, by team
	 * role name: the team role keeps its own team permissions, so a built-in team role is
	 * extended without restating it.
	 */
	private Map<String, List<String>> extraPermissions = new LinkedHashMap<>();

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

	public Map<String, List<String>> getExtraPermissions() {
		return this.extraPermissions;
	}

	public void setExtraPermissions(Map<String, List<String>> extraPermissions) {
		this.extraPermissions = extraPermissions;
	}

	public String getDefaultRole() {
		return this.defaultRole;
	}

	public void setDefaultRole(String defaultRole) {
		this.defaultRole = defaultRole;
	}

	/** The core's team settings made from these properties. */
	public TeamSettings toSettings() {
		RoleTable roles = TeamSettings.defaultTable().with(this.roles).withExtraPermissions(this.extraPermissions);
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
		rejectUnknownPermissions(errors, "roles", properties.getRoles());
		rejectUnknownPermissions(errors, EXTRA_PERMISSIONS, properties.getExtraPermissions());
		try {
			TeamSettings.defaultTable()
				.with(properties.getRoles())
				.withExtraPermissions(properties.getExtraPermissions());
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(EXTRA_PERMISSIONS, "undefined", ex.getMessage());
			return;
		}
		try {
			properties.toSettings();
		}
		catch (OrganizationException | IllegalArgumentException ex) {
			errors.rejectValue("defaultRole", "undefined", "must name defined team roles: " + ex.getMessage());
		}
	}

	private static void rejectUnknownPermissions(Errors errors, String field, Map<String, List<String>> roles) {
		roles.forEach((role, permissions) -> permissions.stream()
			.filter((permission) -> !TeamPermissions.ALL.contains(permission))
			.findFirst()
			.ifPresent((permission) -> errors.rejectValue(field, "permission", "team role '" + role + "' has '"
					+ permission + "', which is not one of the team permissions " + TeamPermissions.ALL)));
	}

	private static void rejectIfNotPositive(Errors errors, String field, Integer value) {
		if (value != null && value < 1) {
			errors.rejectValue(field, "positive", "must be at least 1, or not set for no limit");
		}
	}

}
