package dev.belgie.organization.autoconfigure;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import dev.belgie.organization.OrganizationAccess;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.OrganizationSettings;
import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.assembly.OrganizationAssembly;
import dev.belgie.organization.audit.AuditLog;
import dev.belgie.organization.autoconfigure.schema.OrganizationSchemaChangelog;
import dev.belgie.organization.autoconfigure.schema.OrganizationSchemaFilterProvider;
import dev.belgie.organization.autoconfigure.schema.OrganizationSchemaInitializer;
import dev.belgie.organization.autoconfigure.security.SecurityContextCurrentUserProvider;
import dev.belgie.organization.spi.CurrentUserProvider;
import dev.belgie.organization.spi.MembershipLimit;
import dev.belgie.organization.spi.OperationThrottle;
import dev.belgie.organization.spi.OrganizationCounter;
import dev.belgie.organization.membership.TeamMembership;
import dev.belgie.organization.spi.UserDirectory;
import dev.belgie.organization.autoconfigure.permission.OrganizationPermissionExpressions;
import dev.belgie.organization.autoconfigure.permission.UngrantedPermissionReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Auto-configuration of the organization starter's core: schema, entities, repositories
 * and {@link OrganizationService}. The request-scoped client is in
 * {@link OrganizationWebAutoConfiguration}.
 * <p>
 * The starter's entities are added to the persistence unit that Spring Boot builds,
 * whatever it scans; its repositories are registered by an {@link EnableJpaRepositories}
 * of their own, after Spring Boot's, so that the application's repositories are found as
 * they would be without the starter (with or without its own {@code @EntityScan} and
 * {@code @EnableJpaRepositories}).
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
		DataJpaRepositoriesAutoConfiguration.class, TransactionAutoConfiguration.class })
@ConditionalOnBooleanProperty(name = "belgie.organization.enabled", matchIfMissing = true)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnClass({ OrganizationService.class, EnableJpaRepositories.class })
@EnableConfigurationProperties(OrganizationProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class OrganizationAutoConfiguration {

	private static final String SCHEMA_FILTER_PROVIDER = "hibernate.hbm2ddl.schema_filter_provider";

	private static final Logger logger = LoggerFactory.getLogger(OrganizationAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	public OrganizationSettings organizationSettings(OrganizationProperties properties) {
		return OrganizationPropertiesMapper.settings(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	public RolePolicy organizationRolePolicy(OrganizationProperties properties) {
		return OrganizationPropertiesMapper.rolePolicy(properties);
	}

	/**
	 * The core, assembled from the application's data source, transaction manager and
	 * event publisher, the starter's repositories, the settings and the SPIs' beans.
	 */
	@Bean
	@ConditionalOnMissingBean
	public OrganizationAssembly organizationAssembly(DataSource dataSource,
			PlatformTransactionManager transactionManager, BeanFactory beanFactory, ApplicationEventPublisher events,
			OrganizationSettings settings, RolePolicy rolePolicy, OrganizationProperties properties,
			UserDirectory userDirectory, ObjectProvider<Clock> clock, ObjectProvider<MembershipLimit> membershipLimits,
			ObjectProvider<TeamMembership> teams, ObjectProvider<OrganizationCounter> counters,
			ObjectProvider<OperationThrottle> throttle) {
		return OrganizationAssembly.builder()
			.dataSource(dataSource)
			.transactionManager(transactionManager)
			.repositories(beanFactory::getBean)
			.events(events)
			.settings(settings)
			.rolePolicy(rolePolicy)
			.clock(clock.getIfUnique(Clock::systemUTC))
			.userDirectory(userDirectory)
			.membershipLimits(membershipLimits.orderedStream().toList())
			.teamMembership(teams::getIfAvailable)
			.counters(counters.orderedStream().toList())
			.directAdd(properties.getMembers().getDirectAdd())
			.throttle(throttle.getIfAvailable(OperationThrottle::unlimited))
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	public OrganizationService organizationService(OrganizationAssembly assembly) {
		return assembly.service();
	}

	/**
	 * The one access check, for modules (the team module) and the {@code @organizations}
	 * expressions.
	 */
	@Bean
	public OrganizationAccess organizationAccess(OrganizationAssembly assembly) {
		return assembly.access();
	}

	/** The audit log, the one the operations record their changes in. */
	@Bean
	public AuditLog organizationAuditLog(OrganizationAssembly assembly) {
		return assembly.auditLog();
	}

	/**
	 * Keeps Hibernate's DDL ({@code create-drop}, {@code update}) away from the starter's
	 * tables, which its changelog owns, unless the application chose a schema filter of
	 * its own.
	 */
	@Bean
	public HibernatePropertiesCustomizer organizationSchemaFilter() {
		return (properties) -> properties.putIfAbsent(SCHEMA_FILTER_PROVIDER,
				OrganizationSchemaFilterProvider.class.getName());
	}

	@Bean
	@ConditionalOnMissingBean
	public UserDirectory organizationUserDirectory() {
		logger.info("No UserDirectory bean is defined: adding members by id or e-mail will answer USER_NOT_FOUND. "
				+ "Define a UserDirectory over your user store to enable it.");
		return UserDirectory.empty();
	}

	/**
	 * Adds the starter's entities to the application's persistence unit, whatever the
	 * application scans (its own packages, or only those of its {@code @EntityScan}).
	 */
	@Bean
	public EntityManagerFactoryBuilderCustomizer organizationEntities() {
		return entities(OrganizationAssembly.MANAGED_CLASS_NAMES);
	}

	/**
	 * Adds entity classes to the persistence unit that Spring Boot builds, unless it
	 * scanned them already: for the starter's entities and those of its optional modules.
	 */
	public static EntityManagerFactoryBuilderCustomizer entities(List<String> classNames) {
		return (builder) -> builder.addPersistenceUnitPostProcessors((unit) -> classNames.stream()
			.filter((name) -> !unit.getManagedClassNames().contains(name))
			.forEach(unit::addManagedClassName));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableJpaRepositories(basePackages = OrganizationAssembly.REPOSITORY_PACKAGE)
	static class RepositoriesConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "belgie.organization.schema.enabled", matchIfMissing = true)
	static class SchemaConfiguration {

		/**
		 * Takes the settings only to be created after them: the properties are bound and
		 * validated first, so a bad {@code belgie.organization.*} value fails start-up
		 * before the schema is touched.
		 */
		@Bean
		@ConditionalOnMissingBean
		public OrganizationSchemaInitializer organizationSchemaInitializer(DataSource dataSource,
				OrganizationSettings settings, RolePolicy rolePolicy,
				ObjectProvider<OrganizationSchemaChangelog> changelogs) {
			return new OrganizationSchemaInitializer(dataSource, changelogs.orderedStream().toList());
		}

	}

	/**
	 * The {@code @organizations} bean of method-security expressions, and the start-up
	 * check of their permissions.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(PreAuthorize.class)
	static class PermissionExpressionsConfiguration {

		@Bean(name = "organizations")
		@ConditionalOnMissingBean(name = "organizations")
		public OrganizationPermissionExpressions organizationPermissionExpressions(OrganizationAccess access,
				ObjectProvider<CurrentUserProvider> currentUserProvider) {
			return new OrganizationPermissionExpressions(access, currentUserProvider::getObject);
		}

		@Bean
		UngrantedPermissionReporter organizationUngrantedPermissionReporter(ListableBeanFactory beanFactory,
				RolePolicy rolePolicy, OrganizationProperties properties) {
			return new UngrantedPermissionReporter(beanFactory, rolePolicy, properties.getCheckedPermissions());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SecurityContextHolder.class)
	static class SecurityConfiguration {

		@Bean
		@ConditionalOnMissingBean
		public CurrentUserProvider organizationCurrentUserProvider(UserDirectory userDirectory) {
			return new SecurityContextCurrentUserProvider(userDirectory);
		}

	}

}
