package dev.belgie.organization.team;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team module's error codes are part of the HTTP contract (shared/API.md): stable
 * names, each a 409 conflict with a title.
 */
class TeamErrorCodeTests {

	@Test
	void everyCodeIsItsNameAndAConflictWithATitle() {
		assertThat(TeamErrorCode.values()).extracting(TeamErrorCode::code)
			.containsExactlyInAnyOrder("TEAM_NAME_TAKEN", "TEAM_LIMIT_REACHED", "NOT_ORGANIZATION_MEMBER",
					"ALREADY_TEAM_MEMBER", "TEAM_MEMBER_LIMIT_REACHED");
		assertThat(TeamErrorCode.values()).allSatisfy((code) -> {
			assertThat(code.status()).isEqualTo(409);
			assertThat(code.title()).isNotBlank();
		});
	}

}
