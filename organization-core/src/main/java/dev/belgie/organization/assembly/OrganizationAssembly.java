package dev.belgie.organization.assembly;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.belgie.organization.OrganizationAccess;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.OrganizationSettings;
import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.audit.AuditLog;
import dev.belgie.organization.internal.Access;
import dev.belgie.organization.internal.Consent;
import dev.belgie.organization.internal.DefaultOrganizationService;
import dev.belgie.organization.internal.Inserts;
import dev.belgie.organization.internal.InvitationEntity;
import dev.belgie.organization.internal.InvitationOperations;
import dev.belgie.organization.internal.InvitationRepository;
import dev.belgie.organization.internal.Invitations;
import dev.belgie.organization.internal.MemberEntity;
import dev.belgie.organization.internal.MemberRepository;
import dev.belgie.organization.internal.MembershipOperations;
import dev.belgie.organization.internal.Memberships;
import dev.belgie.organization.internal.MetadataConverter;
import dev.belgie.organization.internal.NewAwareEntity;
import dev.belgie.organization.internal.OrganizationEntity;
import dev.belgie.organization.internal.OrganizationOperations;
import dev.belgie.organization.internal.OrganizationRepository;
import dev.belgie.organization.internal.Reads;
import dev.belgie.organization.internal.Transactions;
import dev.belgie.organization.internal.UserLockEntity;
import dev.belgie.organization.internal.UserLockRepository;
import dev.belgie.organization.membership.DirectAddPolicy;
import dev.belgie.organization.spi.MembershipLimit;
import dev.belgie.organization.spi.OperationThrottle;
import dev.belgie.organization.spi.OrganizationCounter;
import dev.belgie.organization.membership.TeamMembership;
import dev.belgie.organization.spi.UserDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The one public way to assemble the core: what it runs on (data source, transaction
 * manager, the Spring Data repositories of {@link #REPOSITORY_PACKAGE}, an event
 * publisher), its settings and the SPIs, in; the {@link OrganizationService}, the
 * {@link OrganizationAccess} check that modules build on, and the {@link AuditLog}, out.
 * The auto-configuration assembles the core so; an application without Spring Boot
 * registers {@link #MANAGED_CLASS_NAMES} in its persistence unit, enables Spring Data JPA
 * repositories in {@link #REPOSITORY_PACKAGE}, runs the changelog
 * {@code db/changelog/organization/db.changelog-master.xml} and does the same:
 *
 * <pre>{@code
 * OrganizationAssembly core = OrganizationAssembly.builder()
 *     .dataSource(dataSource).transactionManager(transactionManager)
 *     .repositories(beanFactory::getBean).events(applicationContext)
 *     .settings(OrganizationSettings.defaults()).rolePolicy(RolePolicy.defaults())
 *     .userDirectory(users)
 *     .build();
 * OrganizationService service = core.service();
 * }</pre>
 */
public final class OrganizationAssembly {

	/**
	 * The package of the core's Spring Data JPA repositories, for
	 * {@code @EnableJpaRepositories(basePackages = ...)}.
	 */
	public static final String REPOSITORY_PACKAGE = "dev.belgie.organization.internal";

	/**
	 * The classes the core adds to the persistence unit (its entities and converters), by
	 * name.
	 */
	public static final List<String> MANAGED_CLASS_NAMES = List.of(NewAwareEntity.class.getName(),
			OrganizationEntity.class.getName(), MemberEntity.class.getName(), InvitationEntity.class.getName(),
			UserLockEntity.class.getName(), MetadataConverter.class.getName());

	private final OrganizationService service;

	private final OrganizationAccess access;

	private final AuditLog auditLog;

	private OrganizationAssembly(Builder builder) {
		RepositoryLookup repositories = required(builder.repositories, "repositories");
		DataSource dataSource = required(builder.dataSource, "dataSource");
		RolePolicy rolePolicy = required(builder.rolePolicy, "rolePolicy");
		OrganizationSettings settings = required(builder.settings, "settings");
		ApplicationEventPublisher events = required(builder.events, "events");
		Clock clock = builder.clock;
		OrganizationRepository organizations = repositories.get(OrganizationRepository.class);
		MemberRepository members = repositories.get(MemberRepository.class);
		Transactions transactions = new Transactions(required(builder.transactionManager, "transactionManager"));
		Reads reads = new Reads(dataSource, rolePolicy, builder.counters);
		// every operation records its change in the log, in the change's transaction
		AuditLog auditLog = new AuditLog(dataSource, clock);
		Access access = new Access(organizations, members, rolePolicy, transactions, reads, auditLog);
		Memberships memberships = new Memberships(members, settings, builder.membershipLimits, builder.teamMembership,
				events, clock);
		Invitations invitationReads = new Invitations(reads, clock);
		Consent consent = new Consent(builder.directAdd, builder.throttle);
		OrganizationOperations organizationOperations = new OrganizationOperations(organizations, members,
				repositories.get(UserLockRepository.class), access, memberships, invitationReads, rolePolicy, settings,
				events, clock, transactions, reads, new Inserts(dataSource));
		MembershipOperations membershipOperations = new MembershipOperations(access, memberships, rolePolicy,
				builder.userDirectory, events, reads, consent);
		InvitationOperations invitationOperations = new InvitationOperations(
				repositories.get(InvitationRepository.class), invitationReads, access, memberships, rolePolicy,
				settings, events, clock, transactions, consent);
		this.access = access;
		this.service = new DefaultOrganizationService(organizationOperations, membershipOperations,
				invitationOperations, rolePolicy);
		this.auditLog = auditLog;
	}

	/**
	 * A builder of the core.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The service: clients for the system or on behalf of a user, and the system-only
	 * calls.
	 * @return the service
	 */
	public OrganizationService service() {
		return this.service;
	}

	/**
	 * The one access check, for modules that add operations of their own (the team
	 * module) and for applications guarding their own data.
	 * @return the access check
	 */
	public OrganizationAccess access() {
		return this.access;
	}

	/**
	 * The audit log over the assembly's data source.
	 * @return the audit log
	 */
	public AuditLog auditLog() {
		return this.auditLog;
	}

	private static <T> T required(T value, String name) {
		return Objects.requireNonNull(value, () -> name + " is required to assemble the organization core");
	}

	/**
	 * Collects what the core runs on; {@link #build()} fails naming a required part that
	 * is missing (the data source, the transaction manager, the repositories, the event
	 * publisher, the settings and the role policy).
	 */
	public static final class Builder {

		private DataSource dataSource;

		private PlatformTransactionManager transactionManager;

		private RepositoryLookup repositories;

		private ApplicationEventPublisher events;

		private OrganizationSettings settings;

		private RolePolicy rolePolicy;

		private Clock clock = Clock.systemUTC();

		private UserDirectory userDirectory = UserDirectory.empty();

		private List<MembershipLimit> membershipLimits = List.of();

		private Supplier<? extends TeamMembership> teamMembership = () -> null;

		private List<OrganizationCounter> counters = List.of();

		private DirectAddPolicy directAdd = DirectAddPolicy.VERIFIED;

		private OperationThrottle throttle = OperationThrottle.unlimited();

		private Builder() {
		}

		/**
		 * The data source of the core's tables, for its plain SQL reads and inserts.
		 * @param dataSource the data source
		 * @return this builder
		 */
		public Builder dataSource(DataSource dataSource) {
			this.dataSource = dataSource;
			return this;
		}

		/**
		 * The transaction manager of that data source (and of the JPA repositories).
		 * @param transactionManager the transaction manager
		 * @return this builder
		 */
		public Builder transactionManager(PlatformTransactionManager transactionManager) {
			this.transactionManager = transactionManager;
			return this;
		}

		/**
		 * Where the core's Spring Data repositories come from.
		 * @param repositories the lookup, such as {@code beanFactory::getBean}
		 * @return this builder
		 */
		public Builder repositories(RepositoryLookup repositories) {
			this.repositories = repositories;
			return this;
		}

		/**
		 * Publishes the core's events (organization created, member added, ...).
		 * @param events the publisher
		 * @return this builder
		 */
		public Builder events(ApplicationEventPublisher events) {
			this.events = events;
			return this;
		}

		/**
		 * The settings: creation, creator role, limits, invitation expiry.
		 * @param settings the settings
		 * @return this builder
		 */
		public Builder settings(OrganizationSettings settings) {
			this.settings = settings;
			return this;
		}

		/**
		 * The roles and their permissions.
		 * @param rolePolicy the role policy
		 * @return this builder
		 */
		public Builder rolePolicy(RolePolicy rolePolicy) {
			this.rolePolicy = rolePolicy;
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
		 * Finds users by id or e-mail (adding members, invitations); by default none is
		 * found.
		 * @param userDirectory the user directory
		 * @return this builder
		 */
		public Builder userDirectory(UserDirectory userDirectory) {
			this.userDirectory = Objects.requireNonNull(userDirectory, "userDirectory");
			return this;
		}

		/**
		 * The limits that modules and applications add on joining an organization.
		 * @param membershipLimits the limits, checked in order
		 * @return this builder
		 */
		public Builder membershipLimits(List<? extends MembershipLimit> membershipLimits) {
			this.membershipLimits = List.copyOf(membershipLimits);
			return this;
		}

		/**
		 * The team module's side of joining a team on the way into an organization, asked
		 * at each use (it is built on this core's {@link OrganizationAccess}, so it does
		 * not exist yet); supplying {@code null} means no team module, and a
		 * {@code teamId} is refused as invalid input.
		 * @param teamMembership supplies the team membership, or {@code null}
		 * @return this builder
		 */
		public Builder teamMembership(Supplier<? extends TeamMembership> teamMembership) {
			this.teamMembership = Objects.requireNonNull(teamMembership, "teamMembership");
			return this;
		}

		/**
		 * What the application counts per organization in a user's listing.
		 * @param counters the counters
		 * @return this builder
		 */
		public Builder counters(List<? extends OrganizationCounter> counters) {
			this.counters = List.copyOf(counters);
			return this;
		}

		/**
		 * Whether and whom a member may add directly, without an invitation;
		 * {@link DirectAddPolicy#VERIFIED} by default.
		 * @param directAdd the policy
		 * @return this builder
		 */
		public Builder directAdd(DirectAddPolicy directAdd) {
			this.directAdd = Objects.requireNonNull(directAdd, "directAdd");
			return this;
		}

		/**
		 * Throttles invitations and direct adds; unlimited by default.
		 * @param throttle the throttle
		 * @return this builder
		 */
		public Builder throttle(OperationThrottle throttle) {
			this.throttle = Objects.requireNonNull(throttle, "throttle");
			return this;
		}

		/**
		 * The assembled core.
		 * @return the core
		 */
		public OrganizationAssembly build() {
			return new OrganizationAssembly(this);
		}

	}

}
