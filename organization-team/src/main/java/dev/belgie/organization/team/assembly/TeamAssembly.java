package dev.belgie.organization.team.assembly;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import dev.belgie.organization.OrganizationAccess;
import dev.belgie.organization.audit.AuditLog;
import dev.belgie.organization.assembly.RepositoryLookup;
import dev.belgie.organization.membership.TeamMembership;
import dev.belgie.organization.team.TeamService;
import dev.belgie.organization.team.TeamSettings;
import dev.belgie.organization.team.internal.DefaultTeamService;
import dev.belgie.organization.team.internal.TeamEntity;
import dev.belgie.organization.team.internal.TeamMemberEntity;
import dev.belgie.organization.team.internal.TeamMemberRepository;
import dev.belgie.organization.team.internal.TeamMembershipBridge;
import dev.belgie.organization.team.internal.TeamOperations;
import dev.belgie.organization.team.internal.TeamRepository;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The one public way to assemble the team module over an assembled core: the core's
 * {@link OrganizationAccess}, the Spring Data repositories of
 * {@link #REPOSITORY_PACKAGE}, an event publisher and the settings, in; the
 * {@link TeamService} and the {@link TeamMembership} through which the core's paths into
 * an organization ({@code addMember}, {@code invite}, {@code acceptInvitation} with a
 * {@code teamId}) join a team, out. The auto-configuration assembles it so:
 *
 * <pre>{@code
 * TeamAssembly teams = TeamAssembly.builder()
 *     .access(core.access()).auditLog(core.auditLog()).repositories(beanFactory::getBean)
 *     .events(applicationContext)
 *     .settings(teamSettings)
 *     .build();
 * }</pre>
 */
public final class TeamAssembly {

	/**
	 * The package of the team module's Spring Data JPA repositories, for
	 * {@code @EnableJpaRepositories(basePackages = ...)}.
	 */
	public static final String REPOSITORY_PACKAGE = "dev.belgie.organization.team.internal";

	/** The team module's entities, by name, for the persistence unit. */
	public static final List<String> MANAGED_CLASS_NAMES = List.of(TeamEntity.class.getName(),
			TeamMemberEntity.class.getName());

	/** The team module's Liquibase changelog, applied after the core's. */
	public static final String CHANGELOG = "classpath:db/changelog/organization-team/db.changelog-master.xml";

	private final TeamService service;

	private final TeamMembership teamMembership;

	private TeamAssembly(Builder builder) {
		RepositoryLookup repositories = required(builder.repositories, "repositories");
		TeamOperations operations = new TeamOperations(required(builder.access, "access"),
				repositories.get(TeamRepository.class), repositories.get(TeamMemberRepository.class),
				required(builder.settings, "settings"), required(builder.events, "events"), builder.clock,
				required(builder.auditLog, "auditLog"));
		this.service = new DefaultTeamService(operations);
		this.teamMembership = new TeamMembershipBridge(operations);
	}

	/**
	 * A builder of the team module.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The service: clients for the system or on behalf of a user.
	 * @return the service
	 */
	public TeamService service() {
		return this.service;
	}

	/**
	 * The teams' side of joining an organization, for the core's
	 * {@code OrganizationAssembly.Builder#teamMembership}: checks a team's seats and
	 * joins it under the core's lock.
	 * @return the team membership
	 */
	public TeamMembership teamMembership() {
		return this.teamMembership;
	}

	private static <T> T required(T value, String name) {
		return Objects.requireNonNull(value, () -> name + " is required to assemble the team module");
	}

	/**
	 * Collects what the team module runs on; {@link #build()} fails naming a missing part
	 * (all are required but the clock).
	 */
	public static final class Builder {

		private OrganizationAccess access;

		private RepositoryLookup repositories;

		private ApplicationEventPublisher events;

		private TeamSettings settings;

		private Clock clock = Clock.systemUTC();

		private AuditLog auditLog;

		private Builder() {
		}

		/**
		 * The core's audit log, in which every team operation records its change.
		 * @param auditLog the core's audit log ({@code OrganizationAssembly#auditLog()})
		 * @return this builder
		 */
		public Builder auditLog(AuditLog auditLog) {
			this.auditLog = auditLog;
			return this;
		}

		/**
		 * The core's access check, which every team operation goes through.
		 * @param access the core's access check
		 * @return this builder
		 */
		public Builder access(OrganizationAccess access) {
			this.access = access;
			return this;
		}

		/**
		 * Where the team module's Spring Data repositories come from.
		 * @param repositories the lookup, such as {@code beanFactory::getBean}
		 * @return this builder
		 */
		public Builder repositories(RepositoryLookup repositories) {
			this.repositories = repositories;
			return this;
		}

		/**
		 * Publishes the team events.
		 * @param events the publisher
		 * @return this builder
		 */
		public Builder events(ApplicationEventPublisher events) {
			this.events = events;
			return this;
		}

		/**
		 * The team settings: limits, team roles and their permissions.
		 * @param settings the settings
		 * @return this builder
		 */
		public Builder settings(TeamSettings settings) {
			this.settings = settings;
			return this;
		}

		/**
		 * The clock stamping every change; the system's UTC clock by default.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		/**
		 * The assembled team module.
		 * @return the team module
		 */
		public TeamAssembly build() {
			return new TeamAssembly(this);
		}

	}

}
