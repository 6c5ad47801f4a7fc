package dev.belgie.organization.autoconfigure.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Calendar;
import java.util.TimeZone;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes audit entries older than their retention, and outbox e-mails sent or discarded
 * longer than theirs ago, in bounded batches: each batch is a short transaction of its
 * own that reads at most {@code batchSize} old rows and deletes them by primary key.
 * <p>
 * Safe with several instances and beside writers: on PostgreSQL and MariaDB a batch locks
 * its rows by primary key {@code FOR UPDATE SKIP LOCKED} at read committed (no gap locks
 * on MariaDB), so two instances never wait for each other nor delete a row twice (when
 * both reach the same rows, one deletes them and the other leaves the rest to it), and an
 * insert of a new entry (always newer than the cut-off) locks nothing a batch holds. On
 * H2 (an embedded, single-instance database) batches are plain.
 */
public class AuditRetention {

	private static final String OUTBOX_DONE = "'sent', 'discarded'";

	private final DataSource dataSource;

	private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

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
		this.jdbcTemplate = new JdbcTemplate(dataSource);
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
		long entries = batches(
				new Table("belgie_audit_entry", "entry_no", "at < ?", "at", now.minus(this.auditRetention)));
		long emails = batches(new Table("belgie_mail_outbox", "id",
				"status in (" + OUTBOX_DONE + ") and updated_at < ?", "updated_at", now.minus(this.outboxRetention)));
		return new Purged(entries, emails);
	}

	/**
	 * Batches until fewer than a batch are old, or every old row of a batch is being
	 * deleted by another instance (which goes on with the rest), or {@code maxBatches}.
	 */
	private long batches(Table table) {
		long deleted = 0;
		for (int batch = 0; batch < this.maxBatches; batch++) {
			int[] result = this.transaction.execute((status) -> batch(table));
			deleted += result[1];
			if (result[0] < this.batchSize || result[1] == 0) {
				break;
			}
		}
		return deleted;
	}

	/**
	 * One batch: the oldest rows past the cut-off (read with no lock, through the index
	 * on their time), those of them no other instance holds, locked by primary key (so
	 * that no index entry of another's row is ever locked), then deleted by primary key.
	 * @return how many rows were old, and how many this batch deleted
	 */
	private int[] batch(Table table) {
		// the cut-off in UTC, as the audit log stores its times
		List<Object> old = this.jdbcTemplate.query("select " + table.key + " from " + table.name + " where "
				+ table.condition + " order by " + table.order + " limit ?", (ps) -> {
					ps.setTimestamp(1, Timestamp.from(table.cutoff), Calendar.getInstance(UTC));
					ps.setInt(2, this.batchSize);
				}, (rs, row) -> rs.getObject(1));
		if (old.isEmpty()) {
			return new int[] { 0, 0 };
		}
		List<Object> keys = old;
		String lock = lockClause();
		if (!lock.isEmpty()) {
			keys = this.jdbc
				.sql("select " + table.key + " from " + table.name + " where " + table.key + " in (:keys)" + lock)
				.param("keys", old)
				.query((rs, row) -> rs.getObject(1))
				.list();
		}
		if (!keys.isEmpty()) {
			this.jdbc.sql("delete from " + table.name + " where " + table.key + " in (:keys)")
				.param("keys", keys)
				.update();
		}
		return new int[] { old.size(), keys.size() };
	}

	/** A table the retention deletes from, and which of its rows are past retention. */
	private record Table(String name, String key, String condition, String order, Instant cutoff) {

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
