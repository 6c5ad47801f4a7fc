package dev.belgie.organization;

import java.util.List;
import java.util.Set;

import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RolesTests {

	enum AppRole {

		ADMIN, MEMBER

	}

	@Test
	void normalizesAString() {
		assertThat(Roles.normalize("  Admin ")).isEqualTo("admin");
	}

	@Test
	void normalizesACommaSeparatedStringSortedAndDeduplicated() {
		assertThat(Roles.normalize("member, ADMIN,admin ,, member")).isEqualTo("admin,member");
	}

	@Test
	void normalizesAnEnum() {
		assertThat(Roles.normalize(AppRole.ADMIN)).isEqualTo("admin");
	}

	@Test
	void normalizesCollectionsAndArraysOfStringsAndEnums() {
		assertThat(Roles.normalize(List.of("owner", AppRole.MEMBER, "Admin"))).isEqualTo("admin,member,owner");
		assertThat(Roles.normalize(Set.of(AppRole.MEMBER, AppRole.ADMIN))).isEqualTo("admin,member");
		assertThat(Roles.normalize(new String[] { "member", "admin,owner" })).isEqualTo("admin,member,owner");
	}

	@Test
	void theOrderOfTheInputDoesNotChangeTheResult() {
		assertThat(Roles.normalize(List.of("member", "admin"))).isEqualTo(Roles.normalize("admin,member"));
	}

	@Test
	void rejectsEmptyValues() {
		for (Object empty : new Object[] { null, "", " , ", List.of() }) {
			assertThatExceptionOfType(OrganizationException.class).isThrownBy(() -> Roles.normalize(empty))
				.satisfies((ex) -> {
					assertThat(ex.getErrorCode()).isEqualTo(OrganizationErrorCode.VALIDATION_FAILED);
					assertThat(ex.getViolations()).singleElement()
						.satisfies((v) -> assertThat(v.field()).isEqualTo("role"));
				});
		}
	}

	@Test
	void rejectsValuesOfOtherTypes() {
		assertThatExceptionOfType(OrganizationException.class).isThrownBy(() -> Roles.normalize(42));
		assertThatExceptionOfType(OrganizationException.class).isThrownBy(() -> Roles.normalize(List.of("admin", 42)));
	}

	@Test
	void includesChecksWholeRoleNames() {
		assertThat(Roles.includes("admin,owner", "owner")).isTrue();
		assertThat(Roles.includes("co-owner,member", "owner")).isFalse();
		assertThat(Roles.includes("", "owner")).isFalse();
	}

}
