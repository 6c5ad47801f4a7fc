package dev.belgie.organization.autoconfigure.database;

import dev.belgie.organization.invitation.Invitation;
import dev.belgie.organization.invitation.InvitationPage;
import dev.belgie.organization.membership.Member;
import dev.belgie.organization.organization.OrganizationSummary;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.belgie.organization.Actor;
import dev.belgie.organization.RolePolicy;
import dev.belgie.organization.internal.InvitationEntity;
import dev.belgie.organization.internal.MemberEntity;
import dev.belgie.organization.internal.OrganizationEntity;
import dev.belgie.organization.internal.InvitationRepository;
import dev.belgie.organization.internal.MemberRepository;
import dev.belgie.organization.internal.OrganizationRepository;
import dev.belgie.organization.internal.Reads;
import dev.belgie.organization.spi.OrganizationCounter;
import dev.belgie.organization.spi.OrganizationUser;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The starter's persistence on a real database: the changelog applies, Hibernate
 * validates the schema against it, every repository query works on real rows and the
 * database enforces the integrity rules. Runs on H2; its subclasses run it on PostgreSQL
 * and MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersistenceIntegrationTests {

	private DatabaseApplication application;

	private OrganizationRepository organizations;

	private MemberRepository members;

	private InvitationRepository invitations;

	private Reads reads;

	private TransactionTemplate transaction;

	private JdbcTemplate jdbc;

	private Instant clock = Instant.now().truncatedTo(ChronoUnit.MICROS);

	private final Instant started = this.clock;

	@BeforeAll
	void startApplication() {
		this.application = DatabaseApplication.start(getClass(), Map.of());
		ConfigurableApplicationContext context = this.application.context();
		this.organizations = context.getBean(OrganizationRepository.class);
		this.members = context.getBean(MemberRepository.class);
		this.invitations = context.getBean(InvitationRepository.class);
		this.reads = new Reads(context.getBean(DataSource.class), context.getBean(RolePolicy.class),
				context.getBeanProvider(OrganizationCounter.class).orderedStream().toList());
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
	}

	@AfterAll
	void stopApplication() {
		this.application.close();
	}

	@Test
	void changelogCreatesTheTablesInTheTestSchemaAndRecordsItsChangeSets() {
		assertThat(
				this.jdbc.queryForList("select id from belgie_databasechangelog order by orderexecuted", String.class))
			.containsExactly("0.1.0-organization", "0.1.0-member", "0.1.0-invitation", "0.2.0-versions",
					"0.2.0-member-owner", "0.2.0-invitation-token", "0.2.0-user-lock", "0.2.0-mail-outbox",
					"0.3.0-organization-member-count", "0.3.0-member-page-index", "audit-0.4.0-audit-entry",
					"audit-0.4.0-audit-entry-actor-index", "0.2.0-team", "0.2.0-team-member");
		List<String> tables = this.jdbc.queryForList("""
				select lower(table_name) from information_schema.tables
				where lower(table_schema) = lower(?) and lower(table_name) like 'belgie%'""", String.class,
				this.application.database().schema());
		assertThat(tables).containsExactlyInAnyOrder("belgie_organization", "belgie_member", "belgie_invitation",
				"belgie_user_lock", "belgie_mail_outbox", "belgie_audit_entry", "belgie_team", "belgie_team_member",
				"belgie_databasechangelog", "belgie_databasechangeloglock");
	}

	@Test
	void hibernateValidatesTheSchemaItDoesNotCreate() {
		assertThat(this.application.context().getBean(EntityManagerFactory.class).getProperties())
			.containsEntry("hibernate.hbm2ddl.auto", "validate");
	}

	@Test
	void organizationRoundTripsEveryColumn() {
		String slug = uniqueSlug();
		OrganizationEntity organization = new OrganizationEntity("Acme Ütility", slug, tick());
		organization.setLogo("https://example.com/" + "l".repeat(2000) + ".png");
		organization.setDomain("acme.example.com");
		organization.setMetadata(Map.of("plan", "pro", "seats", 5, "tags", List.of("a", "b")));
		this.organizations.saveAndFlush(organization);

		OrganizationEntity read = this.organizations.findById(organization.getId()).orElseThrow();
		assertThat(read.getName()).isEqualTo("Acme Ütility");
		assertThat(read.getSlug()).isEqualTo(slug);
		assertThat(read.getLogo()).isEqualTo(organization.getLogo());
		assertThat(read.getDomain()).isEqualTo("acme.example.com");
		assertThat(read.getMetadata()).isEqualTo(Map.of("plan", "pro", "seats", 5, "tags", List.of("a", "b")));
		assertThat(read.getCreatedAt()).isEqualTo(organization.getCreatedAt());
		assertThat(read.getUpdatedAt()).isEqualTo(organization.getUpdatedAt());
	}

	@Test
	void organizationQueries() {
		String base = uniqueSlug();
		OrganizationEntity organization = organization(base);
		organization(base + "-2");
		organization(base + "-team");
		organization(base + "x");
		organization("x" + base);

		assertThat(this.organizations.findBySlug(base)).get()
			.extracting(OrganizationEntity::getId)
			.isEqualTo(organization.getId());
		assertThat(this.organizations.findBySlug(base + "-3")).isEmpty();
		assertThat(this.organizations.existsBySlug(base + "-2")).isTrue();
		assertThat(this.organizations.existsBySlug(base + "-3")).isFalse();
		assertThat(this.organizations.findTakenSlugs(List.of(base, base + "-2", base + "-3", base + "-team")))
			.containsExactlyInAnyOrder(base, base + "-2", base + "-team");
		assertThat(this.organizations.findTakenSlugs(List.of(base + "-9"))).isEmpty();
		assertThat(inTransaction(() -> this.organizations.lockById(organization.getId()))).get()
			.extracting(OrganizationEntity::getSlug)
			.isEqualTo(base);
		assertThat(inTransaction(() -> this.organizations.lockById(UUID.randomUUID()))).isEmpty();
	}

	@Test
	void lockByIdHoldsASecondLockerUntilTheFirstTransactionEnds() throws Exception {
		UUID id = organization(uniqueSlug()).getId();
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try {
			Future<?> first = executor.submit(() -> this.transaction.executeWithoutResult((status) -> {
				this.organizations.lockById(id).orElseThrow();
				locked.countDown();
				await(release);
			}));
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
			Future<Long> second = executor.submit(() -> this.transaction.execute((status) -> {
				this.organizations.lockById(id).orElseThrow();
				return System.nanoTime();
			}));
			Thread.sleep(400);
			assertThat(second.isDone()).as("the second lock waits for the first transaction").isFalse();
			long released = System.nanoTime();
			release.countDown();
			first.get(10, TimeUnit.SECONDS);
			assertThat(second.get(10, TimeUnit.SECONDS)).isGreaterThan(released);
		}
		finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

	@Test
	void deleteOrganizationCascadesToItsMembersAndInvitations() {
		OrganizationEntity doomed = organization(uniqueSlug());
		OrganizationEntity kept = organization(uniqueSlug());
		String user = uniqueUser();
		member(doomed, user, "owner");
		member(doomed, uniqueUser(), "member");
		member(kept, user, "member");
		invitation(doomed, "one@example.com", tick().plus(1, ChronoUnit.DAYS));
		invitation(doomed, "two@example.com", tick().plus(1, ChronoUnit.DAYS));
		InvitationEntity keptInvitation = invitation(kept, "one@example.com", tick().plus(1, ChronoUnit.DAYS));
		long invitationsBefore = this.invitations.count();

		Integer deleted = this.transaction.execute((status) -> this.organizations.deleteOrganization(doomed.getId()));

		assertThat(deleted).isEqualTo(1);
		assertThat(this.organizations.existsById(doomed.getId())).isFalse();
		assertThat(this.members.countByOrganizationId(doomed.getId())).isZero();
		assertThat(this.invitations.count()).isEqualTo(invitationsBefore - 2);
		assertThat(this.organizations.existsById(kept.getId())).isTrue();
		assertThat(this.members.countByOrganizationId(kept.getId())).isOne();
		assertThat(this.members.countByUserId(user)).isOne();
		assertThat(this.invitations.findById(keptInvitation.getId())).isPresent();
	}

	@Test
	void memberQueries() {
		String base = uniqueSlug();
		OrganizationEntity first = organization(base);
		OrganizationEntity second = organization(base + "-b");
		String owner = uniqueUser();
		String multi = uniqueUser();
		String plain = uniqueUser();
		MemberEntity ownerMember = member(first, owner, "owner");
		member(first, multi, "admin,owner");
		member(first, uniqueUser(), "member,owner");
		member(first, uniqueUser(), "admin,owner,member");
		MemberEntity plainMember = member(first, plain, "member");
		member(first, uniqueUser(), "admin");
		member(first, uniqueUser(), "owners");
		member(first, uniqueUser(), "admin,co-owner");
		member(second, owner, "member");
		member(second, uniqueUser(), "owner");

		MemberEntity membership = this.members.findMembership(first.getId(), multi).orElseThrow();
		assertThat(membership.getRole()).isEqualTo("admin,owner");
		assertThat(membership.getOrganization().getSlug()).as("the organization is fetched with the membership")
			.isEqualTo(base);
		assertThat(this.members.findMembership(second.getId(), multi)).isEmpty();
		assertThat(this.members.findMembershipBySlug(base, plain)).get()
			.extracting(MemberEntity::getId)
			.isEqualTo(plainMember.getId());
		assertThat(this.members.findMembershipBySlug(base + "-b", plain)).isEmpty();
		assertThat(this.members.findByIdAndOrganizationId(ownerMember.getId(), first.getId())).isPresent();
		assertThat(this.members.findByIdAndOrganizationId(ownerMember.getId(), second.getId())).isEmpty();
		assertThat(this.members.findByOrganizationIdAndEmail(first.getId(), plain + "@example.com")).get()
			.extracting(MemberEntity::getUserId)
			.isEqualTo(plain);
		assertThat(this.members.findByOrganizationIdAndEmail(second.getId(), plain + "@example.com")).isEmpty();
		assertThat(this.members.existsByOrganizationIdAndUserId(first.getId(), plain)).isTrue();
		assertThat(this.members.existsByOrganizationIdAndUserId(second.getId(), plain)).isFalse();
		assertThat(this.members.existsByOrganizationIdAndEmail(first.getId(), plain + "@example.com")).isTrue();
		assertThat(this.members.existsByOrganizationIdAndEmail(second.getId(), plain + "@example.com")).isFalse();
		assertThat(this.members.countByOrganizationId(first.getId())).isEqualTo(8);
		assertThat(this.members.countByOrganizationId(second.getId())).isEqualTo(2);
		assertThat(this.members.countByUserId(owner)).isEqualTo(2);
		assertThat(this.members.countByUserId(plain)).isEqualTo(1);
		List<MemberEntity> firstMembers = membersOf(first);
		assertThat(firstMembers).filteredOn(MemberEntity::isOwner)
			.as("owner, admin,owner, member,owner, admin,owner,member")
			.hasSize(4);
		MemberEntity anOwner = firstMembers.stream().filter(MemberEntity::isOwner).findFirst().orElseThrow();
		assertThat(this.members.existsByOrganizationIdAndOwnerTrueAndIdNot(first.getId(), anOwner.getId())).isTrue();
		MemberEntity secondOwner = membersOf(second).stream().filter(MemberEntity::isOwner).findFirst().orElseThrow();
		assertThat(this.members.existsByOrganizationIdAndOwnerTrueAndIdNot(second.getId(), secondOwner.getId()))
			.as("the only owner has no other owner beside it")
			.isFalse();

		// the read path's plain SQL, on this database (member counts as the operations
		// keep them)
		this.jdbc.update("update belgie_organization set member_count = (select count(*) from belgie_member m"
				+ " where m.organization_id = belgie_organization.id)");
		List<Member> page = this.reads.memberPage(first.getId(), 1, 3, 8);
		assertThat(page).extracting(Member::role).containsExactly("admin,owner,member", "member", "admin");
		assertThat(page).allSatisfy((member) -> assertThat(member.organizationId()).isEqualTo(first.getId()));
		assertThat(page).extracting(Member::createdAt)
			.isSortedAccordingTo(Comparator.naturalOrder())
			.allSatisfy((createdAt) -> assertThat(createdAt).isBetween(this.started, this.clock));
		List<Member> all = this.reads.memberPage(first.getId(), 0, 8, 8);
		assertThat(this.reads.memberPage(first.getId(), 2, 3, 8)).as("read from the newest end")
			.isEqualTo(all.subList(6, 8));
		assertThat(this.reads.memberPage(first.getId(), 3, 2, 8)).isEqualTo(all.subList(6, 8));
		assertThat(this.reads.memberPage(first.getId(), 4, 2, 8)).isEmpty();

		List<OrganizationSummary> summaries = this.reads.summaries(owner);
		assertThat(summaries).extracting(OrganizationSummary::slug).containsExactly(base, base + "-b");
		assertThat(summaries).extracting(OrganizationSummary::role).containsExactly("owner", "member");
		assertThat(summaries).extracting(OrganizationSummary::memberCount).containsExactly(8L, 2L);
		assertThat(summaries.get(0).createdAt()).isEqualTo(first.getCreatedAt());
		assertThat(this.reads.summaries(uniqueUser())).isEmpty();
		assertThat(this.reads.organization(Actor.member(new OrganizationUser(plain, null, null)), first.getId())).get()
			.satisfies((read) -> {
				assertThat(read.organization().slug()).isEqualTo(base);
				assertThat(read.organization().createdAt()).isEqualTo(first.getCreatedAt());
				assertThat(read.memberCount()).isEqualTo(8);
				assertThat(read.membership().role()).isEqualTo("member");
			});
		assertThat(this.reads.organization(Actor.member(new OrganizationUser(plain, null, null)), second.getId()))
			.isEmpty();
		assertThat(this.reads.organizationBySlug(Actor.system(), base + "-b")).get()
			.satisfies((read) -> assertThat(read.memberCount()).isEqualTo(2));
		assertThat(this.reads.membership(first.getId(), plain)).get()
			.satisfies((found) -> assertThat(found.role()).isEqualTo("member"));
		assertThat(this.reads.membership(second.getId(), plain)).isEmpty();
	}

	@Test
	void invitationQueries() {
		OrganizationEntity first = organization(uniqueSlug());
		OrganizationEntity second = organization(uniqueSlug());
		String x = uniqueUser() + "@example.com";
		String y = uniqueUser() + "@example.com";
		String expired = uniqueUser() + "@example.com";
		String accepted = uniqueUser() + "@example.com";
		InvitationEntity xFirst = invitation(first, x, tick().plus(7, ChronoUnit.DAYS));
		InvitationEntity yFirst = invitation(first, y, tick().plus(7, ChronoUnit.DAYS));
		invitation(first, expired, tick().minus(1, ChronoUnit.MINUTES));
		InvitationEntity closed = invitation(first, accepted, tick().plus(7, ChronoUnit.DAYS));
		closed.close(InvitationEntity.ACCEPTED, tick());
		this.invitations.saveAndFlush(closed);
		InvitationEntity xSecond = invitation(second, x, tick().plus(7, ChronoUnit.DAYS));
		Instant now = tick();

		InvitationEntity found = this.invitations.findWithOrganization(xFirst.getId()).orElseThrow();
		assertThat(found.getOrganization().getSlug()).isEqualTo(first.getSlug());
		assertThat(found.getEmail()).isEqualTo(x);
		assertThat(found.getExpiresAt()).isEqualTo(xFirst.getExpiresAt());
		assertThat(this.invitations.findWithOrganization(UUID.randomUUID())).isEmpty();
		InvitationPage pending = this.reads.pendingInvitations(first.getId(), 0, 50, now);
		assertThat(pending.items()).extracting(Invitation::id).containsExactly(xFirst.getId(), yFirst.getId());
		assertThat(pending.items().get(0)).satisfies((invitation) -> {
			assertThat(invitation.organizationName()).isEqualTo(first.getName());
			assertThat(invitation.status()).isEqualTo("pending");
			assertThat(invitation.expiresAt()).isEqualTo(xFirst.getExpiresAt());
			assertThat(invitation.createdAt()).isEqualTo(xFirst.getCreatedAt());
		});
		assertThat(pending.total()).isEqualTo(2);
		InvitationPage nextPage = this.reads.pendingInvitations(first.getId(), 1, 1, now);
		assertThat(nextPage.items()).extracting(Invitation::id).containsExactly(yFirst.getId());
		assertThat(nextPage.total()).isEqualTo(2);
		InvitationPage pastTheEnd = this.reads.pendingInvitations(first.getId(), 5, 1, now);
		assertThat(pastTheEnd.items()).isEmpty();
		assertThat(pastTheEnd.total()).isEqualTo(2);
		assertThat(this.reads.pendingInvitations(first.getId(), 0, 50, now.plus(8, ChronoUnit.DAYS)).total()).isZero();
		assertThat(this.invitations.findPendingForEmail(x, now)).extracting(InvitationEntity::getId)
			.containsExactly(xSecond.getId(), xFirst.getId());
		assertThat(this.invitations.findPendingForEmail(expired, now)).isEmpty();
		assertThat(inTransaction(() -> this.invitations.lockPendingFor(first.getId(), x, now))).get()
			.extracting(InvitationEntity::getId)
			.isEqualTo(xFirst.getId());
		assertThat(inTransaction(() -> this.invitations.lockPendingFor(first.getId(), expired, now))).isEmpty();
		assertThat(inTransaction(() -> this.invitations.lockPendingFor(first.getId(), accepted, now))).isEmpty();
		assertThat(this.invitations.countPending(first.getId(), now)).isEqualTo(2);
		assertThat(this.invitations.countPending(second.getId(), now)).isEqualTo(1);
		assertThat(this.invitations.countPending(first.getId(), now.plus(8, ChronoUnit.DAYS))).isZero();
		assertThat(inTransaction(() -> this.invitations.lockById(closed.getId()))).get()
			.extracting(InvitationEntity::getStatus)
			.isEqualTo(InvitationEntity.ACCEPTED);
	}

	@Test
	void databaseRejectsADuplicateSlug() {
		String slug = uniqueSlug();
		organization(slug);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.organizations.saveAndFlush(new OrganizationEntity("Other", slug, tick())));
		assertThat(this.organizations.findTakenSlugs(List.of(slug))).containsExactly(slug);
	}

	@Test
	void databaseRejectsASecondMembershipOfAUser() {
		OrganizationEntity organization = organization(uniqueSlug());
		String user = uniqueUser();
		member(organization, user, "owner");
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> member(organization, user, "member"));
		assertThat(this.members.countByOrganizationId(organization.getId())).isOne();
		assertThat(this.members.findMembership(organization.getId(), user).orElseThrow().getRole()).isEqualTo("owner");
	}

	private OrganizationEntity organization(String slug) {
		return this.organizations.saveAndFlush(new OrganizationEntity("Organization " + slug, slug, tick()));
	}

	private MemberEntity member(OrganizationEntity organization, String userId, String role) {
		return this.members.saveAndFlush(
				new MemberEntity(organization, userId, userId + "@example.com", "User " + userId, role, tick()));
	}

	private InvitationEntity invitation(OrganizationEntity organization, String email, Instant expiresAt) {
		return this.invitations.saveAndFlush(
				new InvitationEntity(organization, email, "member", "inviter", null, expiresAt, "hash", tick()));
	}

	private <T> Optional<T> inTransaction(Supplier<Optional<T>> work) {
		return this.transaction.execute((status) -> work.get());
	}

	/** A strictly increasing instant, so that orderings by creation time are known. */
	private synchronized Instant tick() {
		this.clock = this.clock.plusMillis(1);
		return this.clock;
	}

	private static String uniqueSlug() {
		return "t" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String uniqueUser() {
		return "user-" + UUID.randomUUID().toString().substring(0, 13).toLowerCase(Locale.ROOT);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private List<MemberEntity> membersOf(OrganizationEntity organization) {
		return this.members.findAll()
			.stream()
			.filter((member) -> member.getOrganizationId().equals(organization.getId()))
			.toList();
	}

}
