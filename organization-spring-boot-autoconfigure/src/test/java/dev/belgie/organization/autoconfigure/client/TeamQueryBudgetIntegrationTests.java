package dev.belgie.organization.autoconfigure.client;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.team.TeamService;
import dev.belgie.organization.team.Team;
import dev.belgie.organization.team.TeamClient;
import dev.belgie.organization.team.TeamMember;
import dev.belgie.organization.team.TeamMembershipSummary;
import dev.belgie.organization.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL statements of the team client's reads, counted at the JDBC level
 * ({@link StatementCounter}): the same whatever the number of the caller's teams and
 * organizations, of an organization's teams, or of a team's members. The large data is
 * seeded with JDBC batch inserts before the count starts.
 */
class TeamQueryBudgetIntegrationTests extends ClientTestSupport {

	/** One statement: the caller's teams with their roles and member counts. */
	private static final int MY_TEAMS_BUDGET = 1;

	/** The membership check, then one statement: the teams with their member counts. */
	private static final int TEAMS_BUDGET = 2;

	/** The membership check, the team, and one statement for its members. */
	private static final int MEMBERS_BUDGET = 3;

	@Autowired
	private TeamService teamService;

	@Test
	void theCallersTeamsInTwoOrTwoHundredOrganizationsTakeTheSameStatements() {
		OrganizationUser few = user("Few");
		seedTeamsOf(few, 2);
		OrganizationUser many = user("Many");
		seedTeamsOf(many, 200);

		List<TeamMembershipSummary> small = measured(() -> teams(few).forIndividual());
		long smallCount = lastCount();
		List<TeamMembershipSummary> large = measured(() -> teams(many).forIndividual());
		long largeCount = lastCount();

		assertThat(small).hasSize(2);
		assertThat(large).hasSize(200).allSatisfy((team) -> {
			assertThat(team.memberCount()).isEqualTo(2);
			assertThat(team.role()).isEqualTo("maintainer");
		});
		assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(MY_TEAMS_BUDGET);
	}

	@Test
	void theMemberCountsOfATeamListDoNotGrowWithTheTeams() {
		OrganizationUser owner = user("Owner");
		UUID small = organizationOf(owner);
		seedTeams(small, 2, 3);
		UUID large = organizationOf(owner);
		seedTeams(large, 200, 3);

		List<Team> smallTeams = measured(() -> teams(owner).teams(small));
		long smallCount = lastCount();
		List<Team> largeTeams = measured(() -> teams(owner).teams(large));
		long largeCount = lastCount();

		assertThat(smallTeams).hasSize(2);
		assertThat(largeTeams).hasSize(200).allSatisfy((team) -> assertThat(team.memberCount()).isEqualTo(3));
		assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(TEAMS_BUDGET);
	}

	@Test
	void aTeamsMemberListDoesNotGrowWithTheTeamsOrTheirMembers() {
		OrganizationUser owner = user("Owner");
		UUID small = organizationOf(owner);
		UUID smallTeam = seedTeams(small, 1, 2).get(0);
		UUID large = organizationOf(owner);
		UUID largeTeam = seedTeams(large, 100, 150).get(0);

		List<TeamMember> smallMembers = measured(() -> teams(owner).members(small, smallTeam));
		long smallCount = lastCount();
		List<TeamMember> largeMembers = measured(() -> teams(owner).members(large, largeTeam));
		long largeCount = lastCount();

		assertThat(smallMembers).hasSize(2);
		assertThat(largeMembers).hasSize(150);
		assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(MEMBERS_BUDGET);
	}

	private TeamClient teams(OrganizationUser user) {
		return this.teamService.onBehalfOf(user);
	}

	private <T> T measured(Supplier<T> call) {
		StatementCounter.reset();
		return call.get();
	}

	private long lastCount() {
		return StatementCounter.count();
	}

	/**
	 * {@code count} organizations, each with one team of {@code user} (its maintainer)
	 * and one other member.
	 */
	private void seedTeamsOf(OrganizationUser user, int count) {
		for (int i = 0; i < count; i++) {
			UUID organization = organizationOf(user);
			UUID team = seedTeams(organization, 1, 1).get(0);
			UUID member = jdbc().queryForObject(
					"select id from belgie_member where organization_id = ? and user_id = ?", UUID.class, organization,
					user.id());
			Timestamp now = Timestamp.from(this.clock.instant());
			jdbc().update(
					"insert into belgie_team_member (id, team_id, member_id, user_id, role, created_at, updated_at, "
							+ "version) values (?, ?, ?, ?, ?, ?, ?, 0)",
					UUID.randomUUID(), team, member, user.id(), "maintainer", now, now);
		}
	}

	/**
	 * {@code teams} teams in an organization, each with {@code members} new organization
	 * members.
	 */
	private List<UUID> seedTeams(UUID organizationId, int teams, int members) {
		Timestamp now = Timestamp.from(this.clock.instant());
		List<UUID> ids = new ArrayList<>();
		List<Object[]> teamRows = new ArrayList<>();
		List<Object[]> memberRows = new ArrayList<>();
		List<Object[]> teamMemberRows = new ArrayList<>();
		for (int t = 0; t < teams; t++) {
			UUID team = UUID.randomUUID();
			ids.add(team);
			teamRows.add(new Object[] { team, organizationId, "Team " + t + " " + team, now, now });
			for (int m = 0; m < members; m++) {
				UUID member = UUID.randomUUID();
				String userId = "seeded-" + member;
				memberRows
					.add(new Object[] { member, organizationId, userId, userId + "@example.com", "Seeded", now, now });
				teamMemberRows.add(new Object[] { UUID.randomUUID(), team, member, userId, now, now });
			}
		}
		jdbc().batchUpdate("insert into belgie_team (id, organization_id, name, created_at, updated_at, version) "
				+ "values (?, ?, ?, ?, ?, 0)", teamRows);
		jdbc().batchUpdate("insert into belgie_member (id, organization_id, user_id, email, name, role, created_at, "
				+ "updated_at, owner) values (?, ?, ?, ?, ?, 'member', ?, ?, false)", memberRows);
		jdbc().batchUpdate("insert into belgie_team_member (id, team_id, member_id, user_id, role, created_at, "
				+ "updated_at, version) values (?, ?, ?, ?, 'member', ?, ?, 0)", teamMemberRows);
		recountMembers(jdbc());
		return ids;
	}

}
