package dev.belgie.organization.autoconfigure.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes audit entries older than their retention, and outbox e-mails sent or discarded
 * longer than theirs ago, in bounded batches: each batch is a short transaction of its
 * own that selects at most {@code batchSize} old rows and deletes them by primary key.
 * <p>
 * Safe with several instances and beside writers: on PostgreSQL and MariaDB a batch
 * selects its rows {@code FOR UPDATE SKIP LOCKED} at read committed (so no gap locks on
 * MariaDB), so two instances never wait for each other and never delete the same row, and
 * an insert of a new entry (always newer than the cut-off) locks nothing a batch holds.
 * On H2 (an embedded, single-instance database) batches are plain.
 */
public class AuditRetention {

	private static final String OUTBOX_DONE = "'sent', 'discarded'";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration auditRetention;

	private final Duration outboxRetention;

	private final int batchSize;

	private final int maxBatches;

	private volatile String lockClause;

	/**
	 * @param auditRetention how long audit entries are kept
	 * @param outboxRetention how long sent and discarded outbox e-mails are kept
	 * @param batchSize the most rows per transaction
	 * @param maxBatches the most batches per table and run
	 */
	public AuditRetention(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock,
			Duration auditRetention, Duration outboxRetention, int batchSize, int maxBatches) {
		this.dataSource = dataSource;
		this.jdbc = JdbcClient.create(dataSource);
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.transaction.setTimeout(60);
		this.clock = clock;
		this.auditRetention = auditRetention;
		this.outboxRetention = outboxRetention;
		this.batchSize = batchSize;
		this.maxBatches = maxBatches;
	}

	/**
	 * What one run deleted.
	 *
	 * @param auditEntries audit entries deleted
	 * @param outboxEmails outbox e-mails deleted
	 */
	public record Purged(long auditEntries, long outboxEmails) {

	}

	/**
	 * Deletes what is past its retention, at most {@code maxBatches} batches per table.
	 * @return how many rows went
	 */
	public Purged purge() {
		Instant now = this.clock.instant();
		Timestamp auditCutoff = Timestamp.from(now.minus(this.auditRetention));
		Timestamp outboxCutoff = Timestamp.from(now.minus(this.outboxRetention));
		long entries = batches("select entry_no from belgie_audit_entry where at < :cutoff order by at",
				"delete from belgie_audit_entry where entry_no in (:keys)", auditCutoff);
		long emails = batches(
				"select id from belgie_mail_outbox where status in (" + OUTBOX_DONE
						+ ") and updated_at < :cutoff order by updated_at",
				"delete from belgie_mail_outbox where id in (:keys)", outboxCutoff);
		return new Purged(entries, emails);
	}

	private long batches(String select, String delete, Timestamp cutoff) {
		long deleted = 0;
		for (int batch = 0; batch < this.maxBatches; batch++) {
			int count = this.transaction.execute((status) -> batch(select, delete, cutoff));
			deleted += count;
			if (count < this.batchSize) {
				break;
			}
		}
		return deleted;
	}

	private int batch(String select, String delete, Timestamp cutoff) {
		List<Object> keys = this.jdbc.sql(select + " limit :limit" + lockClause())
			.params(Map.of("cutoff", cutoff, "limit", this.batchSize))
			.query((rs, row) -> rs.getObject(1))
			.list();
		if (keys.isEmpty()) {
			return 0;
		}
		this.jdbc.sql(delete).param("keys", keys).update();
		return keys.size();
	}

	/**
	 * {@code FOR UPDATE SKIP LOCKED} where the database has it (PostgreSQL, MariaDB
	 * 10.6+, MySQL 8), nothing on H2.
	 */
	private String lockClause() {
		String clause = this.lockClause;
		if (clause == null) {
			try (Connection connection = this.dataSource.getConnection()) {
				String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
				clause = product.contains("h2") ? "" : " for update skip locked";
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not tell the database's product", ex);
			}
			this.lockClause = clause;
		}
		return clause;
	}

}
