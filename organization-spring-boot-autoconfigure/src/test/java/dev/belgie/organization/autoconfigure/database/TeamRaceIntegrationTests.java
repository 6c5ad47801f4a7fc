package dev.belgie.organization.autoconfigure.database;

import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.membership.AddMemberRequest;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.autoconfigure.client.TestClients;
import dev.belgie.organization.autoconfigure.database.Races.Outcome;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.team.AddTeamMemberRequest;
import dev.belgie.organization.team.CreateTeamRequest;
import dev.belgie.organization.team.TeamService;
import dev.belgie.organization.team.TeamClient;
import dev.belgie.organization.team.TeamErrorCode;
import dev.belgie.organization.testsupport.InMemoryUserDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.belgie.organization.autoconfigure.database.Races.assertOutcomes;
import static dev.belgie.organization.autoconfigure.database.Races.race;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent paths into one team on a real database: the seat limit holds whichever way
 * members come in, and a member removed from the organization while being added to a team
 * leaves no team membership behind. Runs on H2; its subclasses run it on PostgreSQL and
 * MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamRaceIntegrationTests {

	private static final int SEATS = 3;

	private DatabaseApplication application;

	private ConfigurableApplicationContext context;

	private InMemoryUserDirectory users;

	private JdbcTemplate jdbc;

	@BeforeAll
	void startApplication() {
		this.application = DatabaseApplication.start(getClass(), Map.of("belgie.team.maximum-members-per-team", SEATS,
				"spring.datasource.hikari.maximum-pool-size", 16));
		this.context = this.application.context();
		this.users = this.context.getBean(InMemoryUserDirectory.class);
		this.jdbc = new JdbcTemplate(this.context.getBean(DataSource.class));
	}

	@AfterAll
	void stopApplication() {
		this.application.close();
	}

	@Test
	void tenConcurrentAdditionsByEveryPathFillATeamOfThreeSeatsExactly() throws Exception {
		OrganizationUser owner = newUser();
		UUID organization = organizationClient(owner).create(CreateOrganizationRequest.named("Race teams")).id();
		UUID team = teamClient(owner).create(organization, new CreateTeamRequest("Three seats")).id();
		// paths: 0-2 the team client (organization members already), 3-5 addMember with
		// the team,
		// 6-8 accepting an invitation into the team, 9 inviting into the team (takes no
		// seat itself)
		List<OrganizationUser> joining = new ArrayList<>();
		List<UUID> invitations = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			OrganizationUser user = newUser();
			joining.add(user);
			if (i < 3) {
				organizationClient(owner).addMember(organization, AddMemberRequest.byUserId(user.id(), "member"));
			}
			else if (i >= 6 && i < 9) {
				invitations.add(organizationClient(owner)
					.invite(organization, new InvitationRequest(user.email(), "member", team, false))
					.invitation()
					.id());
			}
		}

		List<Outcome> outcomes = race(10, (i) -> () -> {
			OrganizationUser user = joining.get(i);
			if (i < 3) {
				return teamClient(owner).addMember(organization, team, new AddTeamMemberRequest(user.id(), null));
			}
			if (i < 6) {
				return organizationClient(owner).addMember(organization,
						new AddMemberRequest(user.id(), null, "member", team));
			}
			if (i < 9) {
				return organizationClient(user).acceptInvitation(invitations.get(i - 6), null);
			}
			return organizationClient(owner).invite(organization,
					new InvitationRequest(user.email(), "member", team, false));
		});

		List<Outcome> additions = outcomes.subList(0, 9);
		assertOutcomes(additions, SEATS, TeamErrorCode.TEAM_MEMBER_LIMIT_REACHED);
		assertOutcomes(outcomes.subList(9, 10), outcomes.get(9).succeeded() ? 1 : 0,
				TeamErrorCode.TEAM_MEMBER_LIMIT_REACHED);
		assertThat(count("select count(*) from belgie_team_member where team_id = ?", team)).isEqualTo(SEATS);
		for (int i = 3; i < 9; i++) {
			assertThat(count("select count(*) from belgie_member where organization_id = ? and user_id = ?",
					organization, joining.get(i).id()))
				.as("organization membership of joining user %d, who came in with the team", i)
				.isEqualTo(outcomes.get(i).succeeded() ? 1 : 0);
		}
		assertThat(count("select count(*) from belgie_invitation where organization_id = ? and status = 'pending' "
				+ "and team_id = ?", organization, team))
			.isEqualTo(3 - outcomes.subList(6, 9).stream().filter(Outcome::succeeded).count()
					+ (outcomes.get(9).succeeded() ? 1 : 0));
	}

	@Test
	void removingAMemberWhileAddingThemToATeamLeavesNoTeamMembershipBehind() throws Exception {
		for (int round = 0; round < 10; round++) {
			OrganizationUser owner = newUser();
			UUID organization = organizationClient(owner).create(CreateOrganizationRequest.named("Race " + round)).id();
			UUID team = teamClient(owner).create(organization, new CreateTeamRequest("Team")).id();
			OrganizationUser member = newUser();
			UUID memberId = organizationClient(owner)
				.addMember(organization, AddMemberRequest.byUserId(member.id(), "member"))
				.id();

			List<Outcome> outcomes = race(2, (i) -> () -> {
				if (i == 0) {
					organizationClient(owner).removeMember(organization, memberId.toString());
					return null;
				}
				return teamClient(owner).addMember(organization, team, new AddTeamMemberRequest(member.id(), null));
			});

			assertThat(outcomes.get(0).succeeded())
				.as("round %d: removing fails with %s", round, outcomes.get(0).error())
				.isTrue();
			assertOutcomes(outcomes.subList(1, 2), outcomes.get(1).succeeded() ? 1 : 0,
					TeamErrorCode.NOT_ORGANIZATION_MEMBER, OrganizationErrorCode.CONCURRENT_MODIFICATION);
			assertThat(count("select count(*) from belgie_member where id = ?", memberId)).isZero();
			assertThat(count("select count(*) from belgie_team_member where user_id = ?", member.id()))
				.as("round %d: team memberships of the removed member", round)
				.isZero();
		}
	}

	private OrganizationClient organizationClient(OrganizationUser user) {
		return TestClients.actingAs(this.context, user);
	}

	private TeamClient teamClient(OrganizationUser user) {
		return this.context.getBean(TeamService.class).onBehalfOf(user);
	}

	private long count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

	private OrganizationUser newUser() {
		String id = "user-" + UUID.randomUUID();
		return this.users.add(new OrganizationUser(id, id + "@example.com", "User " + id, true));
	}

}
