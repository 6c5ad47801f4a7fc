package dev.belgie.organization.autoconfigure.database;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.belgie.organization.Actor;
import dev.belgie.organization.OrganizationService;
import dev.belgie.organization.audit.AuditLog;
import dev.belgie.organization.audit.AuditTarget;
import dev.belgie.organization.autoconfigure.audit.AuditRetention;
import dev.belgie.organization.invitation.InvitationRequest;
import dev.belgie.organization.organization.CreateOrganizationRequest;
import dev.belgie.organization.spi.OrganizationUser;
import dev.belgie.organization.testsupport.DatabaseKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention job's deletes on a real database (H2 here, PostgreSQL and MariaDB in the
 * subclasses): old audit entries and old sent or discarded outbox e-mails go in bounded
 * batches, newer rows stay; on PostgreSQL and MariaDB two instances share the work
 * without waiting for each other or deleting a row twice, and a writer recording an entry
 * is never blocked by a batch in progress.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditRetentionIntegrationTests {

	private static final Duration RETENTION = Duration.ofDays(365);

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	private DatabaseApplication application;

	private JdbcTemplate jdbc;

	private DataSource dataSource;

	private PlatformTransactionManager transactionManager;

	private AuditLog auditLog;

	private OrganizationService service;

	@BeforeAll
	void startApplication() {
		this.application = DatabaseApplication.start(getClass(),
				Map.of("spring.datasource.hikari.maximum-pool-size", 8));
		this.dataSource = this.application.context().getBean(DataSource.class);
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.transactionManager = this.application.context().getBean(PlatformTransactionManager.class);
		this.auditLog = this.application.context().getBean(AuditLog.class);
		this.service = this.application.context().getBean(OrganizationService.class);
	}

	@BeforeEach
	void emptyLog() {
		this.jdbc.update("delete from belgie_audit_entry");
	}

	@AfterAll
	void stopApplication() {
		this.application.close();
	}

	@Test
	void oldRowsGoInBoundedBatchesAndNewerOnesStay() {
		UUID organizationId = UUID.randomUUID();
		seedOld(organizationId, 2_500);
		recordNew(organizationId, 10);
		List<UUID> outbox = seedOutbox();
		AuditRetention retention = retention(1_000, 2);

		AuditRetention.Purged first = retention.purge();
		assertThat(first.auditEntries()).isEqualTo(2_000);
		assertThat(first.outboxEmails()).isEqualTo(2);
		assertThat(retention.purge().auditEntries()).isEqualTo(500);
		assertThat(retention.purge()).isEqualTo(new AuditRetention.Purged(0, 0));

		assertThat(entriesOf(organizationId)).isEqualTo(10);
		assertThat(this.jdbc.queryForList("select id from belgie_mail_outbox where invitation_id = ?", String.class,
				outbox.get(0)))
			.hasSize(2);
	}

	@Test
	void twoInstancesSkipEachOthersRowsAndNeverBlockAWriter() throws Exception {
		Assumptions.assumeFalse(this.application.database().kind() == DatabaseKind.H2,
				"H2 is embedded: one instance, plain batches");
		UUID organizationId = UUID.randomUUID();
		seedOld(organizationId, 3_000);
		ExecutorService executor = Executors.newFixedThreadPool(3);
		try {
			CountDownLatch locked = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			// an instance in the middle of a batch: 500 old rows locked as a batch locks
			// them
			Future<Integer> busy = executor.submit(() -> readCommitted().execute((status) -> {
				List<Long> keys = this.jdbc.queryForList(
						"select entry_no from belgie_audit_entry where at < ? order by at limit 500"
								+ " for update skip locked",
						Long.class, Timestamp.from(Instant.now().minus(RETENTION)));
				locked.countDown();
				await(release);
				return keys.size();
			}));
			assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

			// a writer records an entry meanwhile, at once
			CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> recordNew(organizationId, 1), executor);
			writer.get(5, TimeUnit.SECONDS);
			// another instance deletes every other old row, without waiting for the first
			AuditRetention.Purged other = executor.submit(() -> retention(1_000, 10).purge()).get(20, TimeUnit.SECONDS);
			assertThat(other.auditEntries()).isEqualTo(2_500);

			release.countDown();
			assertThat(busy.get(10, TimeUnit.SECONDS)).isEqualTo(500);
			assertThat(retention(1_000, 10).purge().auditEntries()).isEqualTo(500);
			assertThat(entriesOf(organizationId)).isOne();

			// two instances at once share the rows: each deleted once
			seedOld(organizationId, 4_000);
			Future<AuditRetention.Purged> a = executor.submit(() -> retention(200, 100).purge());
			Future<AuditRetention.Purged> b = executor.submit(() -> retention(200, 100).purge());
			long deleted = a.get(60, TimeUnit.SECONDS).auditEntries() + b.get(60, TimeUnit.SECONDS).auditEntries();
			assertThat(deleted).isEqualTo(4_000);
			assertThat(entriesOf(organizationId)).isOne();
		}
		finally {
			executor.shutdownNow();
		}
	}

	private AuditRetention retention(int batchSize, int maxBatches) {
		return new AuditRetention(this.dataSource, this.transactionManager, Clock.systemUTC(), RETENTION,
				Duration.ofDays(30), batchSize, maxBatches);
	}

	private TransactionTemplate readCommitted() {
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		return transaction;
	}

	private void seedOld(UUID organizationId, int count) {
		Timestamp at = Timestamp.from(Instant.now().minus(RETENTION).minus(Duration.ofDays(30)));
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { UUID.randomUUID(), organizationId, "project.created", "system", "project",
					"p" + i });
		}
		this.jdbc.batchUpdate("insert into belgie_audit_entry (id, organization_id, at, action, actor_type,"
				+ " target_type, target_id) values (?, ?, ?, ?, ?, ?, ?)", rows, 500, (ps, row) -> {
					ps.setObject(1, row[0]);
					ps.setObject(2, row[1]);
					ps.setTimestamp(3, at, Calendar.getInstance(UTC));
					for (int column = 2; column < row.length; column++) {
						ps.setObject(column + 2, row[column]);
					}
				});
	}

	private void recordNew(UUID organizationId, int count) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			for (int i = 0; i < count; i++) {
				this.auditLog.record(Actor.system(), organizationId, "project.created",
						AuditTarget.of("project", "new" + i), null);
			}
		});
	}

	/**
	 * Four outbox rows of one invitation: sent and discarded long ago (to go), sent
	 * yesterday and pending for long (to stay).
	 * @return the invitation's id
	 */
	private List<UUID> seedOutbox() {
		OrganizationUser owner = new OrganizationUser("owner-" + UUID.randomUUID(), "owner@example.com", "Owner", true);
		UUID organizationId = this.service.asSystem(owner)
			.create(CreateOrganizationRequest.named("Outbox " + UUID.randomUUID()))
			.id();
		UUID invitationId = this.service.asSystem(owner)
			.invite(organizationId, InvitationRequest.of("guest@example.com", "member"))
			.invitation()
			.id();
		Instant now = Instant.now();
		Instant old = now.minus(Duration.ofDays(40));
		outboxRow(invitationId, organizationId, "sent", old);
		outboxRow(invitationId, organizationId, "discarded", old);
		outboxRow(invitationId, organizationId, "sent", now.minus(Duration.ofDays(1)));
		outboxRow(invitationId, organizationId, "pending", old);
		return List.of(invitationId);
	}

	private void outboxRow(UUID invitationId, UUID organizationId, String status, Instant updatedAt) {
		var at = updatedAt.atOffset(ZoneOffset.UTC);
		this.jdbc.update("insert into belgie_mail_outbox (id, invitation_id, status, recipient, organization_id,"
				+ " organization_name, role, inviter_id, inviter_email_verified, resent, expires_at,"
				+ " invitation_created_at, attempts, next_attempt_at, created_at, updated_at)"
				+ " values (?, ?, ?, 'guest@example.com', ?, 'Outbox', 'member', 'owner', true, false, ?, ?, 1, ?, ?, ?)",
				UUID.randomUUID(), invitationId, status, organizationId, at, at, at, at, at);
	}

	private long entriesOf(UUID organizationId) {
		return this.jdbc.queryForObject("select count(*) from belgie_audit_entry where organization_id = ?", Long.class,
				organizationId);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
