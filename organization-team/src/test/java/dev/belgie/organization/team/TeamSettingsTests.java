package dev.belgie.organization.team;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.belgie.organization.RoleTable;
import dev.belgie.organization.error.FieldViolation;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The team roles: the built-in ones, the normalization and checking of a requested role
 * value, and the permissions a role value grants.
 */
class TeamSettingsTests {

	private final TeamSettings defaults = TeamSettings.defaults();

	@Test
	void theDefaultsHaveNoLimitsAMaintainerWithEveryPermissionAndAReadOnlyMember() {
		assertThat(this.defaults.maximumMembersPerTeam()).isNull();
		assertThat(this.defaults.maximumTeams()).isNull();
		assertThat(this.defaults.defaultRole()).isEqualTo("member");
		assertThat(this.defaults.roles().roleNames()).containsExactlyInAnyOrder("maintainer", "member");
		assertThat(this.defaults.permissionsOf("maintainer")).containsExactlyInAnyOrderElementsOf(TeamPermissions.ALL);
		assertThat(this.defaults.permissionsOf("member")).isEmpty();
	}

	@Test
	void noRequestedRoleIsTheDefaultRole() {
		assertThat(this.defaults.validateRole(null)).isEqualTo("member");
	}

	@Test
	void aRequestedRoleIsNormalizedWhateverItsShape() {
		assertThat(this.defaults.validateRole(" Maintainer ")).isEqualTo("maintainer");
		assertThat(this.defaults.validateRole("member, MAINTAINER"))
			.isEqualTo(this.defaults.validateRole(List.of("maintainer", "member")));
		assertThat(Set.of(this.defaults.validateRole(List.of("member", "maintainer", "member")).split(",")))
			.containsExactlyInAnyOrder("maintainer", "member");
	}

	@Test
	void anUnknownRoleIsAValidationFailureOnRoleNamingTheKnownRoles() {
		OrganizationException ex = catchThrowableOfType(OrganizationException.class,
				() -> this.defaults.validateRole(List.of("member", "boss")));

		assertThat(ex.getErrorCode()).isEqualTo(OrganizationErrorCode.VALIDATION_FAILED);
		assertThat(ex.getViolations()).extracting(FieldViolation::field).containsExactly("role");
		assertThat(ex.getViolations().get(0).message()).contains("boss");
	}

	@Test
	void severalRolesGrantTheUnionOfTheirPermissions() {
		Map<String, Set<String>> roles = new LinkedHashMap<>(TeamSettings.defaultRoles());
		roles.put("Greeter", Set.of(TeamPermissions.MEMBER_CREATE));
		roles.put("renamer", Set.of(TeamPermissions.TEAM_UPDATE));
		TeamSettings settings = new TeamSettings(5, 2, new RoleTable("team role", roles), "member");

		assertThat(settings.roles().isDefined("greeter")).isTrue();
		assertThat(settings.permissionsOf(settings.validateRole("greeter,renamer")))
			.containsExactlyInAnyOrder(TeamPermissions.MEMBER_CREATE, TeamPermissions.TEAM_UPDATE);
		assertThat(settings.permissionsOf("undefined")).isEmpty();
	}

	@Test
	void theDefaultRoleMustBeADefinedRole() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TeamSettings(null, null, TeamSettings.defaultTable(), "visitor"))
			.withMessageContaining("visitor");
	}

}
