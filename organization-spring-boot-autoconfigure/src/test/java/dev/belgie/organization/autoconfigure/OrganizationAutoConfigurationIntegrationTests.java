package dev.belgie.organization.autoconfigure;

import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.organization.Organization;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import dev.belgie.organization.OrganizationClient;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.OrganizationSettings;
import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.autoconfigure.app.ExplicitScanWidgetApplication;
import dev.belgie.organization.autoconfigure.app.Widget;
import dev.belgie.organization.autoconfigure.app.WidgetApplication;
import dev.belgie.organization.autoconfigure.app.WidgetRepository;
import dev.belgie.organization.autoconfigure.app.empty.NoEntitiesApplication;
import dev.belgie.organization.autoconfigure.mail.InvitationOutbox;
import dev.belgie.organization.autoconfigure.mail.InvitationOutboxRecorder;
import dev.belgie.organization.autoconfigure.mail.InvitationOutboxWorker;
import dev.belgie.organization.autoconfigure.mail.LoggingInvitationEmailSender;
import dev.belgie.organization.autoconfigure.schema.OrganizationSchemaInitializer;
import dev.belgie.organization.autoconfigure.security.ProblemDetailsAuthenticationEntryPoint;
import dev.belgie.organization.autoconfigure.security.SecurityContextCurrentUserProvider;
import dev.belgie.organization.autoconfigure.web.OrganizationProblemDetailsAdvice;
import dev.belgie.organization.internal.OrganizationRepository;
import dev.belgie.organization.spi.CurrentUserProvider;
import dev.belgie.organization.invitation.InvitationEmailSender;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.spi.UserDirectory;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.beans.factory.support.ScopeNotActiveException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The organization starter's auto-configuration in a real context on an in-memory H2
 * database, beside a small application with an entity, a repository and a Liquibase
 * changelog of its own.
 */
class OrganizationAutoConfigurationIntegrationTests {

	private static final AutoConfigurations AUTO_CONFIGURATIONS = AutoConfigurations.of(
			DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
			DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class,
			LiquibaseAutoConfiguration.class, OrganizationAutoConfiguration.class,
			OrganizationWebAutoConfiguration.class, OrganizationMailAutoConfiguration.class);

	private static final OrganizationUser OWNER = new OrganizationUser("owner-1", "owner@example.com", "Owner");

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AUTO_CONFIGURATIONS)
		.withUserConfiguration(WidgetApplication.class)
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
				"spring.liquibase.change-log=classpath:db/changelog/widget-app.xml",
				"spring.jpa.hibernate.ddl-auto=validate");

	/**
	 * An application that does not use Spring Boot's Liquibase support (the starter does
	 * not bring it).
	 */
	private final WebApplicationContextRunner withoutBootLiquibase = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
				DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class,
				OrganizationAutoConfiguration.class, OrganizationWebAutoConfiguration.class,
				OrganizationMailAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID());

	@Test
	void definesTheServiceTheClientAndTheirCollaboratorsByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(OrganizationService.class)
				.hasSingleBean(OrganizationSettings.class)
				.hasSingleBean(RolePolicy.class)
				.hasSingleBean(OrganizationRepository.class)
				.hasSingleBean(OrganizationSchemaInitializer.class)
				.hasSingleBean(OrganizationProblemDetailsAdvice.class)
				.hasSingleBean(ProblemDetailsAuthenticationEntryPoint.class)
				.hasSingleBean(InvitationOutbox.class)
				.hasSingleBean(InvitationOutboxRecorder.class)
				.hasSingleBean(InvitationOutboxWorker.class)
				.hasSingleBean(UserDirectory.class);
			assertThat(context).getBean(CurrentUserProvider.class)
				.isInstanceOf(SecurityContextCurrentUserProvider.class);
			assertThat(context).getBean(InvitationEmailSender.class).isInstanceOf(LoggingInvitationEmailSender.class);
			assertThat(context.getBean(OrganizationSettings.class)).isEqualTo(OrganizationSettings.defaults());
		});
	}

	@Test
	void theClientIsOnePerRequestBehindAScopedProxy() {
		this.runner.run((context) -> {
			assertThat(context.getBeanFactory().getBeanDefinition("scopedTarget.organizationClient").getScope())
				.isEqualTo("request");
			ScopedObject client = (ScopedObject) context.getBean(OrganizationClient.class);
			assertThatExceptionOfType(ScopeNotActiveException.class).isThrownBy(client::getTargetObject);
			Object first = inRequest(client::getTargetObject);
			Object second = inRequest(client::getTargetObject);
			assertThat(first).isInstanceOf(OrganizationClient.class).isNotSameAs(second);
		});
	}

	@Test
	void theClientActsForTheUserOfTheSecurityContext() {
		this.runner.run((context) -> {
			OrganizationClient client = context.getBean(OrganizationClient.class);
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated("bob@example.com", null, List.of()));
			try {
				Organization created = inRequest(() -> client.create(CreateOrganizationRequest.named("Bob's shop")));
				assertThat(context.getBean(OrganizationService.class).onBehalfOf("bob@example.com").forIndividual())
					.singleElement()
					.satisfies((summary) -> {
						assertThat(summary.id()).isEqualTo(created.id());
						assertThat(summary.role()).isEqualTo("owner");
					});
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		});
	}

	@Test
	void appliesTheStarterSchemaWithItsNamedConstraintsAndItsOwnChangelogTables() {
		this.runner.run((context) -> {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
			assertThat(jdbc.queryForObject("select count(*) from belgie_databasechangelog", Integer.class))
				.isEqualTo(12);
			assertThat(constraintExists(jdbc, "UK_BELGIE_AUDIT_ENTRY_ID")).isTrue();
			assertThat(constraintExists(jdbc, "UK_BELGIE_ORGANIZATION_SLUG")).isTrue();
			assertThat(constraintExists(jdbc, "UK_BELGIE_MEMBER_ORGANIZATION_USER")).isTrue();
			assertThat(constraintExists(jdbc, "FK_BELGIE_MAIL_OUTBOX_INVITATION")).isTrue();
			for (String index : List.of("IX_BELGIE_MEMBER_USER", "IX_BELGIE_MAIL_OUTBOX_STATUS_NEXT_ATTEMPT",
					"IX_BELGIE_AUDIT_ENTRY_ACTOR")) {
				assertThat(jdbc.queryForObject("select count(*) from information_schema.indexes where index_name = ?",
						Integer.class, index))
					.as(index)
					.isPositive();
			}
		});
	}

	@Test
	void hibernateCreatesTheApplicationsTablesAndLeavesTheStartersAlone() {
		// no Liquibase of the application's own and no ddl-auto: on an embedded database
		// Hibernate then
		// create-drops the application's tables, as it would without the starter; had it
		// re-created the
		// starter's tables too, they would lack the changelog's named constraints
		this.withoutBootLiquibase.withUserConfiguration(WidgetApplication.class).run((context) -> {
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
			assertThat(constraintExists(jdbc, "UK_BELGIE_ORGANIZATION_SLUG")).isTrue();
			assertThat(constraintExists(jdbc, "FK_BELGIE_MEMBER_ORGANIZATION")).isTrue();
			assertWidgetsAndOrganizationsWork(context);
		});
	}

	@Test
	void hibernateUpdateLeavesTheStarterSchemaAlone() {
		this.withoutBootLiquibase.withUserConfiguration(WidgetApplication.class)
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=update")
			.run((context) -> {
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
				assertThat(constraintExists(jdbc, "UK_BELGIE_ORGANIZATION_SLUG")).isTrue();
				assertWidgetsAndOrganizationsWork(context);
			});
	}

	@Test
	void theApplicationsOwnEntitiesRepositoriesAndChangelogWorkBesideTheStarters() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(SpringLiquibase.class);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
			assertThat(jdbc.queryForObject("select count(*) from databasechangelog", Integer.class)).isEqualTo(1);
			assertWidgetsAndOrganizationsWork(context);
		});
	}

	@Test
	void theStarterAppliesItsSchemaWhenTheApplicationHasNoLiquibaseOfItsOwn() {
		this.withoutBootLiquibase.withUserConfiguration(NoEntitiesApplication.class)
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(SpringLiquibase.class);
				OrganizationService service = context.getBean(OrganizationService.class);
				assertThat(service.asSystem(OWNER).create(CreateOrganizationRequest.named("Acme")).slug())
					.isEqualTo("acme");
				assertThat(service.onBehalfOf(OWNER.id()).forIndividual()).singleElement()
					.satisfies((summary) -> assertThat(summary.role()).isEqualTo("owner"));
			});
	}

	@Test
	void worksWithoutSpringSecurityGivenACurrentUserProvider() {
		this.runner.withClassLoader(new FilteredClassLoader("org.springframework.security"))
			.withBean(CurrentUserProvider.class, () -> () -> Optional.of(OWNER))
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.doesNotHaveBean(SecurityContextCurrentUserProvider.class)
					.doesNotHaveBean(ProblemDetailsAuthenticationEntryPoint.class)
					.hasBean("organizationClient");
				assertWidgetsAndOrganizationsWork(context);
			});
	}

	@Test
	void anApplicationWithItsOwnEntityScanAndRepositoriesKeepsThemAndGetsTheStarters() {
		new WebApplicationContextRunner().withConfiguration(AUTO_CONFIGURATIONS)
			.withUserConfiguration(ExplicitScanWidgetApplication.class)
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
					"spring.liquibase.change-log=classpath:db/changelog/widget-app.xml",
					"spring.jpa.hibernate.ddl-auto=validate")
			.run((context) -> assertWidgetsAndOrganizationsWork(context));
	}

	@Test
	void canBeSwitchedOffEntirely() {
		this.runner.withPropertyValues("belgie.organization.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(OrganizationService.class)
				.doesNotHaveBean(OrganizationClient.class)
				.doesNotHaveBean(OrganizationSchemaInitializer.class)
				.doesNotHaveBean(OrganizationProblemDetailsAdvice.class)
				.doesNotHaveBean(InvitationOutboxRecorder.class)
				.doesNotHaveBean(InvitationOutboxWorker.class)
				.doesNotHaveBean(OrganizationProperties.class);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
			assertThat(jdbc.queryForObject(
					"select count(*) from information_schema.tables where lower(table_name) like 'belgie%'",
					Integer.class))
				.isZero();
			assertThat(context).hasSingleBean(WidgetRepository.class);
		});
	}

	@Test
	void theSchemaCanBeLeftToTheApplication() {
		this.runner.withPropertyValues("belgie.organization.schema.enabled=false", "spring.jpa.hibernate.ddl-auto=none")
			.run((context) -> {
				assertThat(context).hasSingleBean(OrganizationService.class)
					.doesNotHaveBean(OrganizationSchemaInitializer.class);
				JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
				assertThat(jdbc.queryForObject(
						"select count(*) from information_schema.tables where lower(table_name) like 'belgie%'",
						Integer.class))
					.isZero();
			});
	}

	@Test
	void backsOffFromTheApplicationsOwnBeans() {
		this.runner.withUserConfiguration(OwnBeansConfiguration.class).run((context) -> {
			OwnBeansConfiguration own = context.getBean(OwnBeansConfiguration.class);
			assertThat(context).getBean(CurrentUserProvider.class).isSameAs(own.currentUserProvider);
			assertThat(context).getBean(UserDirectory.class).isSameAs(own.userDirectory);
			assertThat(context).getBean(RolePolicy.class).isSameAs(own.rolePolicy);
			assertThat(context).getBean(InvitationEmailSender.class).isSameAs(own.sender);
			assertThat(context).getBean(OrganizationProblemDetailsAdvice.class).isSameAs(own.advice);
			assertThat(context.getBean(OrganizationService.class).rolePolicy()).isSameAs(own.rolePolicy);
		});
	}

	@Test
	void bindsEveryProperty() {
		this.runner
			.withPropertyValues("belgie.organization.allow-user-to-create-organization=false",
					"belgie.organization.creator-role=admin", "belgie.organization.organization-limit=3",
					"belgie.organization.membership-limit=10", "belgie.organization.invitation-expires-in=2h",
					"belgie.organization.invitation-limit=7", "belgie.organization.roles.billing=organization:update",
					"belgie.organization.roles.admin=member:create,invitation:create",
					"belgie.organization.base-url=https://app.example.com",
					"belgie.organization.mail.from=team@example.com")
			.run((context) -> {
				assertThat(context.getBean(OrganizationSettings.class))
					.isEqualTo(new OrganizationSettings(false, "admin", 3, 10, Duration.ofHours(2), 7));
				RolePolicy policy = context.getBean(RolePolicy.class);
				assertThat(policy.roleNames()).contains("owner", "admin", "member", "billing");
				assertThat(policy.hasPermission("billing", "organization:update")).isTrue();
				assertThat(policy.hasPermission("billing", "member:create")).isFalse();
				assertThat(policy.hasPermission("admin", "member:create")).isTrue();
				assertThat(policy.hasPermission("admin", "member:delete")).as("replaced by the configured admin")
					.isFalse();
				OrganizationProperties properties = context.getBean(OrganizationProperties.class);
				assertThat(properties.getBaseUrl()).isEqualTo("https://app.example.com");
				assertThat(properties.getMail().getFrom()).isEqualTo("team@example.com");
			});
	}

	@Test
	void extraPermissionsExtendARoleWithoutRestatingIt() {
		this.runner
			.withPropertyValues("belgie.organization.extra-permissions.admin=project:delete",
					"belgie.organization.roles.viewer=project:read",
					"belgie.organization.extra-permissions.viewer=report:read",
					"belgie.organization.extra-permissions.member=project:read")
			.run((context) -> {
				RolePolicy policy = context.getBean(RolePolicy.class);
				assertThat(policy.permissionsOf("admin")).as("the built-in admin, kept and extended")
					.containsAll(RolePolicy.defaults().permissionsOf("admin"))
					.contains("project:delete")
					.doesNotContain("organization:delete");
				assertThat(policy.permissionsOf("viewer")).containsExactlyInAnyOrder("project:read", "report:read");
				assertThat(policy.permissionsOf("member")).containsExactly("project:read");
				assertThat(policy.permissionsOf("owner")).doesNotContain("project:delete");
			});
	}

	@Test
	void extraPermissionsOfAnUndefinedRoleFailStartUpNamingTheKey() {
		this.runner.withPropertyValues("belgie.organization.extra-permissions.ghost=project:delete")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("belgie.organization.extra-permissions")
				.hasMessageContaining("'ghost'"));
	}

	@Test
	void aNonWebApplicationGetsTheServiceButNoRequestScopedClient() {
		new ApplicationContextRunner().withConfiguration(AUTO_CONFIGURATIONS)
			.withUserConfiguration(WidgetApplication.class)
			.withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID(),
					"spring.liquibase.change-log=classpath:db/changelog/widget-app.xml")
			.run((context) -> assertThat(context).hasSingleBean(OrganizationService.class)
				.doesNotHaveBean(OrganizationClient.class)
				.doesNotHaveBean(OrganizationProblemDetailsAdvice.class));
	}

	private static void assertWidgetsAndOrganizationsWork(AssertableWebApplicationContext context) {
		assertThat(context).hasNotFailed();
		WidgetRepository widgets = context.getBean(WidgetRepository.class);
		widgets.save(new Widget(1L, "sprocket"));
		assertThat(widgets.findById(1L)).map(Widget::getName).contains("sprocket");
		OrganizationService service = context.getBean(OrganizationService.class);
		service.asSystem(OWNER).create(CreateOrganizationRequest.named("Acme"));
		assertThat(context.getBean(OrganizationRepository.class).findBySlug("acme")).isPresent();
	}

	/**
	 * Runs {@code action} as inside an HTTP request, so that request-scoped beans
	 * resolve.
	 */
	private static <T> T inRequest(Supplier<T> action) {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		try {
			return action.get();
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	private static boolean constraintExists(JdbcTemplate jdbc, String name) {
		return jdbc.queryForObject(
				"select count(*) from information_schema.table_constraints where constraint_name = ?", Integer.class,
				name) > 0;
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnBeansConfiguration {

		final CurrentUserProvider currentUserProvider = () -> Optional.of(OWNER);

		final UserDirectory userDirectory = UserDirectory.empty();

		final RolePolicy rolePolicy = RolePolicy.defaults();

		final InvitationEmailSender sender = (email) -> {
		};

		final OrganizationProblemDetailsAdvice advice = new OrganizationProblemDetailsAdvice();

		@Bean
		CurrentUserProvider myCurrentUserProvider() {
			return this.currentUserProvider;
		}

		@Bean
		UserDirectory myUserDirectory() {
			return this.userDirectory;
		}

		@Bean
		RolePolicy myRolePolicy() {
			return this.rolePolicy;
		}

		@Bean
		InvitationEmailSender myInvitationEmailSender() {
			return this.sender;
		}

		@Bean
		OrganizationProblemDetailsAdvice myProblemDetailsAdvice() {
			return this.advice;
		}

	}

}
