package dev.belgie.organization;

import dev.belgie.organization.membership.Member;
import dev.belgie.organization.membership.Membership;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RolePolicyTests {

	private final RolePolicy defaults = RolePolicy.defaults();

	@Test
	void ownerHoldsEveryPermission() {
		assertThat(Permissions.ALL).allMatch((permission) -> this.defaults.hasPermission("owner", permission));
	}

	@Test
	void adminHoldsEverythingButDeletingTheOrganization() {
		assertThat(Permissions.ALL).filteredOn((permission) -> this.defaults.hasPermission("admin", permission))
			.containsExactlyInAnyOrderElementsOf(
					Permissions.ALL.stream().filter((p) -> !p.equals(Permissions.ORGANIZATION_DELETE)).toList());
	}

	@Test
	void memberHoldsNoPermission() {
		assertThat(Permissions.ALL).noneMatch((permission) -> this.defaults.hasPermission("member", permission));
	}

	@Test
	void severalRolesHoldTheUnionOfTheirPermissions() {
		RolePolicy policy = new RolePolicy(Map.of("owner", Set.of(), "billing", Set.of("organization:update"),
				"recruiter", Set.of("invitation:create")));
		assertThat(policy.hasPermission("billing,recruiter", "organization:update")).isTrue();
		assertThat(policy.hasPermission("billing,recruiter", "invitation:create")).isTrue();
		assertThat(policy.hasPermission("billing,recruiter", "member:delete")).isFalse();
	}

	@Test
	void unknownRolesHoldNothing() {
		assertThat(this.defaults.hasPermission("ghost", Permissions.MEMBER_CREATE)).isFalse();
	}

	@Test
	void validateNormalizesAndRejectsUndefinedRoles() {
		assertThat(this.defaults.validate(" Member ,ADMIN")).isEqualTo("admin,member");
		assertThatExceptionOfType(OrganizationException.class).isThrownBy(() -> this.defaults.validate("admin,ghost"))
			.satisfies((ex) -> {
				assertThat(ex.getErrorCode()).isEqualTo(OrganizationErrorCode.VALIDATION_FAILED);
				assertThat(ex.getViolations().get(0).message()).contains("ghost");
			});
	}

	@Test
	void onlyAnOwnerGrantsOwner() {
		assertThatNoException().isThrownBy(() -> this.defaults.checkCanGrant(as(this.defaults, "owner"), "owner"));
		assertThatNoException()
			.isThrownBy(() -> this.defaults.checkCanGrant(as(this.defaults, "admin,owner"), "admin,owner"));
		assertForbidden(() -> this.defaults.checkCanGrant(as(this.defaults, "admin"), "owner"));
		assertForbidden(() -> this.defaults.checkCanGrant(as(this.defaults, "admin"), "member,owner"));
	}

	@Test
	void aNonOwnerGrantsOnlyRolesWhosePermissionsItHolds() {
		RolePolicy policy = new RolePolicy(
				Map.of("owner", Set.copyOf(Permissions.ALL), "admin", Set.of("member:create", "member:update"),
						"auditor", Set.of("organization:delete"), "member", Set.of()));
		assertThatNoException().isThrownBy(() -> policy.checkCanGrant(as(policy, "admin"), "admin"));
		assertThatNoException().isThrownBy(() -> policy.checkCanGrant(as(policy, "admin"), "member"));
		assertForbidden(() -> policy.checkCanGrant(as(policy, "admin"), "auditor"));
	}

	@Test
	void onlyAnOwnerChangesOrRemovesAnOwner() {
		assertThatNoException().isThrownBy(() -> this.defaults.checkCanManage(as(this.defaults, "owner"), "owner"));
		assertThatNoException()
			.isThrownBy(() -> this.defaults.checkCanManage(as(this.defaults, "admin"), "admin,member"));
		assertForbidden(() -> this.defaults.checkCanManage(as(this.defaults, "admin"), "admin,owner"));
	}

	@Test
	void aNonOwnerChangesOrRemovesOnlyMembersWhosePermissionsItHoldsAll() {
		RolePolicy policy = new RolePolicy(
				Map.of("owner", Set.copyOf(Permissions.ALL), "admin", Set.copyOf(Permissions.ALL.subList(0, 7)),
						"member-manager", Set.of("member:update"), "member", Set.of()));
		assertThatNoException().isThrownBy(() -> policy.checkCanManage(as(policy, "member-manager"), "member"));
		assertThatNoException().isThrownBy(() -> policy.checkCanManage(as(policy, "member-manager"), "member-manager"));
		assertForbidden(() -> policy.checkCanManage(as(policy, "member-manager"), "admin"));
		assertForbidden(() -> policy.checkCanManage(as(policy, "member-manager"), "admin,member"));
	}

	@Test
	void theSystemManagesAndGrantsEverything() {
		Membership system = Membership.system(UUID.randomUUID());
		assertThatNoException().isThrownBy(() -> this.defaults.checkCanManage(system, "owner"));
		assertThatNoException().isThrownBy(() -> this.defaults.checkCanGrant(system, "owner"));
	}

	@Test
	void theOwnerRoleMustBeDefined() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RolePolicy(Map.of("admin", Set.of())));
	}

	private static Membership as(RolePolicy policy, String roles) {
		return policy.membership(UUID.randomUUID(), UUID.randomUUID(), "user", roles);
	}

	private static void assertForbidden(Runnable call) {
		assertThatExceptionOfType(OrganizationException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(OrganizationErrorCode.FORBIDDEN));
	}

}
