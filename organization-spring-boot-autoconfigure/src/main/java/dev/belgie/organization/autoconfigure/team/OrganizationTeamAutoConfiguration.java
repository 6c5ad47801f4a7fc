package dev.belgie.organization.autoconfigure.team;

import java.time.Clock;

import dev.belgie.organization.CurrentActor;
import dev.belgie.organization.OrganizationAccess;
import dev.belgie.organization.audit.AuditLog;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.autoconfigure.OrganizationAutoConfiguration;
import dev.belgie.organization.autoconfigure.schema.OrganizationSchemaChangelog;
import dev.belgie.organization.spi.CurrentUserProvider;
import dev.belgie.organization.membership.TeamMembership;
import dev.belgie.organization.team.TeamClient;
import dev.belgie.organization.team.TeamService;
import dev.belgie.organization.team.TeamSettings;
import dev.belgie.organization.team.assembly.TeamAssembly;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.web.context.annotation.RequestScope;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Teams, when the team module (organization-team) is on the classpath: its schema,
 * entities and repositories, {@link TeamService}, the request-scoped {@link TeamClient},
 * and the bridge through which the core's paths into an organization ({@code addMember},
 * {@code invite} and {@code acceptInvitation} with a {@code teamId}) respect the teams'
 * seat limit. Without the module nothing about teams is loaded, and a {@code teamId} is
 * refused as invalid input.
 */
@AutoConfiguration(after = OrganizationAutoConfiguration.class)
@ConditionalOnClass(TeamService.class)
@ConditionalOnBooleanProperty(name = "belgie.team.enabled", matchIfMissing = true)
@ConditionalOnBean(OrganizationService.class)
@EnableConfigurationProperties(TeamProperties.class)
public final class OrganizationTeamAutoConfiguration {

	/**
	 * The team module's changelog, applied by the starter's schema initializer after its
	 * own.
	 */
	public static final String CHANGELOG = TeamAssembly.CHANGELOG;

	@Bean
	@ConditionalOnMissingBean
	public TeamSettings teamSettings(TeamProperties properties) {
		return properties.toSettings();
	}

	/**
	 * The team module, assembled over the core's access check, with the starter's
	 * repositories.
	 */
	@Bean
	@ConditionalOnMissingBean
	public TeamAssembly teamAssembly(OrganizationAccess access, AuditLog auditLog, BeanFactory beanFactory,
			TeamSettings settings, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		return TeamAssembly.builder()
			.access(access)
			.auditLog(auditLog)
			.repositories(beanFactory::getBean)
			.events(events)
			.settings(settings)
			.clock(clock.getIfUnique(Clock::systemUTC))
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	public TeamService teamService(TeamAssembly assembly) {
		return assembly.service();
	}

	/**
	 * Every path into a team through the core respects the seat limit, under the core's
	 * lock.
	 */
	@Bean
	@ConditionalOnMissingBean
	public TeamMembership teamMembership(TeamAssembly assembly) {
		return assembly.teamMembership();
	}

	@Bean
	public OrganizationSchemaChangelog teamSchemaChangelog() {
		return new OrganizationSchemaChangelog(CHANGELOG);
	}

	@Bean
	public EntityManagerFactoryBuilderCustomizer teamEntities() {
		return OrganizationAutoConfiguration.entities(TeamAssembly.MANAGED_CLASS_NAMES);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableJpaRepositories(basePackages = TeamAssembly.REPOSITORY_PACKAGE)
	static class RepositoriesConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(DispatcherServlet.class)
	static class WebConfiguration {

		/**
		 * One client per HTTP request, bound to the request's user; a scoped proxy of the
		 * client's interface.
		 */
		@Bean
		@RequestScope
		@ConditionalOnMissingBean(TeamClient.class)
		public TeamClient teamClient(TeamService service, CurrentUserProvider currentUserProvider) {
			return service.client(new CurrentActor(currentUserProvider)::get);
		}

	}

}
