package dev.belgie.organization.autoconfigure.team;

import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.OrganizationAutoConfiguration;
import dev.belgie.organization.autoconfigure.OrganizationMailAutoConfiguration;
import dev.belgie.organization.autoconfigure.OrganizationWebAutoConfiguration;
import dev.belgie.organization.testsupport.InMemoryUserDirectory;
import dev.belgie.organization.autoconfigure.schema.OrganizationSchemaChangelog;
import dev.belgie.organization.autoconfigure.schema.OrganizationSchemaInitializer;
import dev.belgie.organization.error.OrganizationErrorCode;
import dev.belgie.organization.error.OrganizationException;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.membership.TeamMembership;
import dev.belgie.organization.team.AddTeamMemberRequest;
import dev.belgie.organization.team.CreateTeamRequest;
import dev.belgie.organization.team.TeamClient;
import dev.belgie.organization.team.TeamErrorCode;
import dev.belgie.organization.team.TeamService;
import dev.belgie.organization.team.TeamPermissions;
import dev.belgie.organization.team.TeamSettings;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The team module's auto-configuration on an in-memory H2 database: present, it adds the
 * team beans, the team tables and the seat limit on every path into a team; hidden,
 * nothing about teams is there and a {@code teamId} is invalid input.
 */
class OrganizationTeamAutoConfigurationIntegrationTests {

	private static final AutoConfigurations AUTO_CONFIGURATIONS = AutoConfigurations.of(
			DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
			DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class,
			OrganizationAutoConfiguration.class, OrganizationWebAutoConfiguration.class,
			OrganizationMailAutoConfiguration.class, OrganizationTeamAutoConfiguration.class);

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AUTO_CONFIGURATIONS)
		.withUserConfiguration(Users.class)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
				"spring.jpa.hibernate.ddl-auto=validate");

	@Test
	void withoutTheTeamModuleThereAreNoTeamBeansNoTeamTablesAndATeamIdIsInvalid() {
		this.runner.withClassLoader(new FilteredClassLoader("dev.belgie.organization.team.")).run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(TeamProperties.class)
				.doesNotHaveBean(TeamMembership.class)
				.doesNotHaveBean(OrganizationSchemaChangelog.class)
				.doesNotHaveBean("teamService")
				.doesNotHaveBean("teamClient");
			assertThat(context.getBean(OrganizationSchemaInitializer.class).getChangelogs())
				.extracting(OrganizationSchemaChangelog::location)
				.containsExactly(OrganizationSchemaInitializer.CHANGELOG);
			assertThat(tables(context)).contains("belgie_member").noneMatch((table) -> table.startsWith("belgie_team"));

			OrganizationService organizations = context.getBean(OrganizationService.class);
			UUID organization = organizations.asSystem(newUser(context, "owner"))
				.create(CreateOrganizationRequest.named("No teams"))
				.id();
			OrganizationUser joining = newUser(context, "joining");
			UUID teamId = UUID.randomUUID();
			assertInvalidTeamId(() -> organizations.addMember(organization, joining, "member", teamId));
			assertInvalidTeamId(() -> organizations.asSystem(newUser(context, "inviter"))
				.invite(organization, new InvitationRequest(joining.email(), "member", teamId, false)));
			assertThat(organizations.asSystem().members(organization, 0, 10).total()).isOne();
		});
	}

	@Test
	void withTheTeamModuleItsBeansAndTablesAreThere() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(TeamService.class)
				.hasSingleBean(TeamMembership.class)
				.hasBean("teamClient")
				.hasSingleBean(TeamSettings.class);
			assertThat(context.getBeanFactory().getBeanDefinition("scopedTarget.teamClient").getScope())
				.isEqualTo("request");
			assertThat(context.getBean(TeamSettings.class)).isEqualTo(TeamSettings.defaults());
			assertThat(tables(context)).contains("belgie_team", "belgie_team_member");
		});
	}

	@Test
	void theSeatLimitReachesEveryPathIntoATeam() {
		this.runner.withPropertyValues("belgie.team.maximum-members-per-team=1").run((context) -> {
			OrganizationService organizations = context.getBean(OrganizationService.class);
			TeamService teams = context.getBean(TeamService.class);
			OrganizationUser owner = newUser(context, "owner");
			UUID organization = organizations.asSystem(owner).create(CreateOrganizationRequest.named("Seats")).id();
			UUID team = teams.asSystem().create(organization, new CreateTeamRequest("One seat")).id();
			OrganizationUser invitee = newUser(context, "invitee");
			UUID invitation = organizations.asSystem(owner)
				.invite(organization, new InvitationRequest(invitee.email(), "member", team, false))
				.invitation()
				.id();
			OrganizationUser first = newUser(context, "first");
			organizations.addMember(organization, first, "member", team);
			assertThat(teams.asSystem().members(organization, team)).extracting((member) -> member.userId())
				.containsExactly(first.id());

			assertTeamFull(
					() -> teams.asSystem().addMember(organization, team, new AddTeamMemberRequest(owner.id(), null)));
			OrganizationUser second = newUser(context, "second");
			assertTeamFull(() -> organizations.addMember(organization, second, "member", team));
			assertTeamFull(() -> organizations.asSystem(owner)
				.invite(organization, new InvitationRequest(newUser(context, "third").email(), "member", team, false)));
			assertTeamFull(() -> organizations.asSystem(invitee).acceptInvitation(invitation));
			assertThat(organizations.asSystem().invitation(invitation).status()).isEqualTo("pending");
			assertThat(organizations.asSystem().members(organization, 0, 10).total()).isEqualTo(2);
			assertThat(teams.asSystem().team(organization, team).memberCount()).isOne();
		});
	}

	@Test
	void addingMembersWithATeamBeyondTheTeamCountIsBoundedByMaximumTeams() {
		this.runner.withPropertyValues("belgie.team.maximum-teams=1").run((context) -> {
			TeamService teams = context.getBean(TeamService.class);
			UUID organization = context.getBean(OrganizationService.class)
				.asSystem(newUser(context, "owner"))
				.create(CreateOrganizationRequest.named("Few teams"))
				.id();
			teams.asSystem().create(organization, new CreateTeamRequest("Only"));
			assertThatExceptionOfType(OrganizationException.class)
				.isThrownBy(() -> teams.asSystem().create(organization, new CreateTeamRequest("Second")))
				.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(TeamErrorCode.TEAM_LIMIT_REACHED));
		});
	}

	@Test
	void teamsCanBeSwitchedOff() {
		this.runner.withPropertyValues("belgie.team.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(TeamService.class).doesNotHaveBean(TeamMembership.class);
			assertThat(tables(context)).noneMatch((table) -> table.startsWith("belgie_team"));
		});
	}

	@Test
	void bindsTheTeamProperties() {
		this.runner
			.withPropertyValues("belgie.team.maximum-members-per-team=5", "belgie.team.maximum-teams=7",
					"belgie.team.roles.lead=team:update,team-member:create", "belgie.team.default-role=lead")
			.run((context) -> {
				TeamSettings settings = context.getBean(TeamSettings.class);
				assertThat(settings.maximumMembersPerTeam()).isEqualTo(5);
				assertThat(settings.maximumTeams()).isEqualTo(7);
				assertThat(settings.roles().roleNames()).contains("maintainer", "member", "lead");
				assertThat(settings.permissionsOf("lead")).containsExactlyInAnyOrder("team:update",
						"team-member:create");
				assertThat(settings.defaultRole()).isEqualTo("lead");
			});
	}

	@Test
	void badTeamPropertiesFailStartUpNamingTheKey() {
		assertStartUpFails("belgie.team.maximum-members-per-team=0", "belgie.team.maximum-members-per-team");
		assertStartUpFails("belgie.team.maximum-teams=-1", "belgie.team.maximum-teams");
		assertStartUpFails("belgie.team.default-role=boss", "belgie.team.default-role");
		assertStartUpFails("belgie.team.roles.lead=organization:delete", "belgie.team.roles");
		assertStartUpFails("belgie.team.extra-permissions.member=organization:delete", "belgie.team.extra-permissions");
		assertStartUpFails("belgie.team.extra-permissions.boss=team:update", "belgie.team.extra-permissions");
	}

	@Test
	void extraPermissionsExtendATeamRoleWithoutRestatingIt() {
		this.runner.withPropertyValues("belgie.team.extra-permissions.member=team-member:create").run((context) -> {
			TeamSettings settings = context.getBean(TeamSettings.class);
			assertThat(settings.permissionsOf("member")).containsExactly("team-member:create");
			assertThat(settings.permissionsOf("maintainer")).containsExactlyInAnyOrderElementsOf(TeamPermissions.ALL);
		});
	}

	@Test
	void aNonWebApplicationHasTheServiceButNoClient() {
		new ApplicationContextRunner().withConfiguration(AUTO_CONFIGURATIONS)
			.withUserConfiguration(Users.class)
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID())
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(TeamService.class)
				.doesNotHaveBean(TeamClient.class));
	}

	private void assertStartUpFails(String property, String key) {
		this.runner.withPropertyValues(property).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(key);
		});
	}

	private static void assertInvalidTeamId(ThrowingCallable call) {
		assertThatExceptionOfType(OrganizationException.class).isThrownBy(call).satisfies((ex) -> {
			assertThat(ex.getErrorCode()).isEqualTo(OrganizationErrorCode.VALIDATION_FAILED);
			assertThat(ex.getViolations()).extracting((violation) -> violation.field()).containsExactly("teamId");
		});
	}

	private static void assertTeamFull(ThrowingCallable call) {
		assertThatExceptionOfType(OrganizationException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(TeamErrorCode.TEAM_MEMBER_LIMIT_REACHED));
	}

	private static List<String> tables(ApplicationContext context) {
		return new JdbcTemplate(context.getBean(DataSource.class))
			.queryForList("select lower(table_name) from information_schema.tables", String.class);
	}

	/** The application's users. */
	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage
	static class Users {

		@Bean
		InMemoryUserDirectory userDirectory() {
			return new InMemoryUserDirectory();
		}

	}

	private static OrganizationUser newUser(ApplicationContext context, String name) {
		String id = name + "-" + UUID.randomUUID();
		return context.getBean(InMemoryUserDirectory.class)
			.add(new OrganizationUser(id, id + "@example.com", name, true));
	}

}
