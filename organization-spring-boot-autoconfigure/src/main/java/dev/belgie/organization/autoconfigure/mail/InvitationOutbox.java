package dev.belgie.organization.autoconfigure.mail;

import dev.belgie.organization.invitation.Invitation;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.belgie.organization.invitation.InvitationEmail;
import dev.belgie.organization.spi.OrganizationUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.belgie.organization.autoconfigure.mail.InvitationOutboxEntry.DISCARDED;
import static dev.belgie.organization.autoconfigure.mail.InvitationOutboxEntry.FAILED;
import static dev.belgie.organization.autoconfigure.mail.InvitationOutboxEntry.PENDING;
import static dev.belgie.organization.autoconfigure.mail.InvitationOutboxEntry.SENDING;
import static dev.belgie.organization.autoconfigure.mail.InvitationOutboxEntry.SENT;

/**
 * The outbox of invitation e-mails, table {@code belgie_mail_outbox}: what an operator
 * may read (its {@link #stats()}, its entries, without their links) and retry; the
 * recording and sending steps are the recorder's and the worker's.
 * <p>
 * Each e-mail is a row written in the invitation's own transaction, so it exists exactly
 * when the invitation committed. The worker claims due rows in a short transaction
 * ({@code FOR UPDATE SKIP LOCKED} where the database has it, so that instances sharing
 * the database never claim one row twice), and sends with no transaction and no
 * connection held.
 */
public class InvitationOutbox {

	private static final String TABLE = "belgie_mail_outbox";

	private static final String ENTRY_COLUMNS = "id, invitation_id, recipient, status, attempts, last_error, "
			+ "next_attempt_at, sent_at, created_at";

	private static final String MESSAGE_COLUMNS = "id, invitation_id, status, recipient, organization_id, "
			+ "organization_name, role, team_id, inviter_id, inviter_email, inviter_name, inviter_email_verified, "
			+ "resent, link, expires_at, invitation_created_at, attempts";

	private static final int MAX_ERROR_LENGTH = 1000;

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private volatile String lockClause;

	public InvitationOutbox(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Counts of the e-mails not sent yet and of those given up, and how long the oldest
	 * has waited.
	 */
	public InvitationOutboxStats stats() {
		long pending = 0;
		long sending = 0;
		long failed = 0;
		int mostAttempts = 0;
		Instant oldest = null;
		List<Map<String, Object>> rows = this.jdbc
			.sql("select status, count(*) as entries, max(attempts) as most_attempts from " + TABLE
					+ " where status in (:statuses) group by status")
			.param("statuses", List.of(PENDING, SENDING, FAILED))
			.query()
			.listOfRows();
		for (Map<String, Object> row : rows) {
			String status = String.valueOf(value(row, "status"));
			long entries = ((Number) value(row, "entries")).longValue();
			int attempts = ((Number) value(row, "most_attempts")).intValue();
			if (FAILED.equals(status)) {
				failed = entries;
				continue;
			}
			pending += entries;
			sending += SENDING.equals(status) ? entries : 0;
			mostAttempts = Math.max(mostAttempts, attempts);
		}
		if (pending > 0) {
			oldest = this.jdbc
				.sql("select created_at from " + TABLE + " where status in (:statuses) order by created_at limit 1")
				.param("statuses", List.of(PENDING, SENDING))
				.query((rs, row) -> instant(rs, "created_at"))
				.optional()
				.orElse(null);
		}
		Duration age = (oldest != null) ? Duration.between(oldest, this.clock.instant()) : Duration.ZERO;
		return new InvitationOutboxStats(pending, sending, failed, age.isNegative() ? Duration.ZERO : age,
				mostAttempts);
	}

	/**
	 * The newest entries of one status ({@code pending}, {@code sending}, {@code sent},
	 * {@code failed}, {@code discarded}), at most {@code limit}.
	 */
	public List<InvitationOutboxEntry> entries(String status, int limit) {
		return this.jdbc
			.sql("select " + ENTRY_COLUMNS + " from " + TABLE
					+ " where status = :status order by created_at desc, id limit :limit")
			.param("status", status)
			.param("limit", limit)
			.query(InvitationOutbox::entry)
			.list();
	}

	/** The e-mails of one invitation, oldest first: one per invite or resend. */
	public List<InvitationOutboxEntry> entriesOf(UUID invitationId) {
		return this.jdbc
			.sql("select " + ENTRY_COLUMNS + " from " + TABLE
					+ " where invitation_id = :invitationId order by created_at, id")
			.param("invitationId", invitationId)
			.query(InvitationOutbox::entry)
			.list();
	}

	/**
	 * Gives every failed e-mail a fresh set of attempts, due now (for example once a mail
	 * server's configuration has been fixed).
	 * @return how many e-mails will be tried again
	 */
	public int retryFailed() {
		Instant now = this.clock.instant();
		return this.jdbc
			.sql("update " + TABLE + " set status = :pending, attempts = 0, next_attempt_at = :now, "
					+ "updated_at = :now where status = :failed")
			.param("pending", PENDING)
			.param("now", timestamp(now))
			.param("failed", FAILED)
			.update();
	}

	/**
	 * Records the e-mail of an invitation, in the caller's transaction. An earlier e-mail
	 * of the same invitation that is not sent yet is discarded: a resend issued a new
	 * token, so its link is void.
	 */
	void record(InvitationEmail email) {
		Instant now = this.clock.instant();
		Invitation invitation = email.invitation();
		OrganizationUser inviter = email.inviter();
		if (email.resent()) {
			discard(invitation.id(), "superseded by a resend", now);
		}
		this.jdbc
			.sql("insert into " + TABLE + " (" + MESSAGE_COLUMNS + ", next_attempt_at, created_at, updated_at) "
					+ "values (:id, :invitationId, :status, :recipient, :organizationId, :organizationName, :role, "
					+ ":teamId, :inviterId, :inviterEmail, :inviterName, :inviterEmailVerified, :resent, :link, "
					+ ":expiresAt, :invitationCreatedAt, 0, :now, :now, :now)")
			.param("id", UUID.randomUUID())
			.param("invitationId", invitation.id())
			.param("status", PENDING)
			.param("recipient", invitation.email())
			.param("organizationId", invitation.organizationId())
			.param("organizationName", invitation.organizationName())
			.param("role", invitation.role())
			.param("teamId", invitation.teamId())
			.param("inviterId", inviter.id())
			.param("inviterEmail", inviter.email())
			.param("inviterName", inviter.name())
			.param("inviterEmailVerified", inviter.emailVerified())
			.param("resent", email.resent())
			.param("link", email.link())
			.param("expiresAt", timestamp(invitation.expiresAt()))
			.param("invitationCreatedAt", timestamp(invitation.createdAt()))
			.param("now", timestamp(now))
			.update();
	}

	/**
	 * Claims up to {@code limit} due e-mails for this instance until {@code until}, in a
	 * short transaction, and counts the attempt. E-mails whose invitation is no longer
	 * pending (answered, canceled, expired or deleted) are discarded instead.
	 */
	List<OutboxMessage> claim(int limit, Instant until) {
		String lock = lockClause();
		return this.transaction.execute((status) -> {
			Instant now = this.clock.instant();
			List<OutboxMessage> due = this.jdbc
				.sql("select " + MESSAGE_COLUMNS + " from " + TABLE + " where status in (:statuses) "
						+ "and next_attempt_at <= :now order by next_attempt_at, id limit :limit " + lock)
				.param("statuses", List.of(PENDING, SENDING))
				.param("now", timestamp(now))
				.param("limit", limit)
				.query(InvitationOutbox::message)
				.list();
			if (due.isEmpty()) {
				return due;
			}
			Set<UUID> stillPending = pendingInvitations(due, now);
			Map<Boolean, List<OutboxMessage>> split = due.stream()
				.collect(Collectors.partitioningBy((message) -> stillPending.contains(message.invitationId())));
			List<OutboxMessage> claimed = split.get(true);
			update(split.get(false), "status = :discarded, link = null, last_error = :reason, updated_at = :now", Map
				.of("discarded", DISCARDED, "reason", "the invitation is no longer pending", "now", timestamp(now)));
			update(claimed, "status = :sending, attempts = attempts + 1, next_attempt_at = :until, updated_at = :now",
					Map.of("sending", SENDING, "until", timestamp(until), "now", timestamp(now)));
			return claimed.stream().map(OutboxMessage::claimed).toList();
		});
	}

	/** The e-mail went out: its link, which holds the token, is cleared. */
	void markSent(UUID id) {
		Instant now = this.clock.instant();
		update(id, "status = :sent, link = null, sent_at = :now, updated_at = :now",
				Map.of("sent", SENT, "now", timestamp(now)));
	}

	/**
	 * The attempt failed: due again at {@code nextAttemptAt}, or given up
	 * ({@code failed}) when it is null.
	 */
	void markFailed(UUID id, String error, Instant nextAttemptAt) {
		Instant now = this.clock.instant();
		Map<String, Object> values = Map.of("status", (nextAttemptAt != null) ? PENDING : FAILED, "error",
				truncate(error), "next", timestamp((nextAttemptAt != null) ? nextAttemptAt : now), "now",
				timestamp(now));
		update(id, "status = :status, last_error = :error, next_attempt_at = :next, updated_at = :now", values);
	}

	/**
	 * Gives back claimed e-mails that this instance did not try (it is stopping), due
	 * now.
	 */
	void release(List<OutboxMessage> messages) {
		Instant now = this.clock.instant();
		update(messages, "status = :pending, attempts = attempts - 1, next_attempt_at = :now, updated_at = :now",
				Map.of("pending", PENDING, "now", timestamp(now)), true);
	}

	private void update(UUID id, String assignments, Map<String, Object> values) {
		updateRows(List.of(id), assignments, values, true);
	}

	private void update(List<OutboxMessage> messages, String assignments, Map<String, Object> values) {
		update(messages, assignments, values, false);
	}

	/**
	 * @param onlyIfClaimed whether to leave rows that are no longer {@code sending}: once
	 * claimed, a row may have been discarded by a resend meanwhile
	 */
	private void update(List<OutboxMessage> messages, String assignments, Map<String, Object> values,
			boolean onlyIfClaimed) {
		if (!messages.isEmpty()) {
			updateRows(messages.stream().map(OutboxMessage::id).toList(), assignments, values, onlyIfClaimed);
		}
	}

	private void updateRows(Collection<UUID> ids, String assignments, Map<String, Object> values,
			boolean onlyIfClaimed) {
		this.jdbc
			.sql("update " + TABLE + " set " + assignments + " where id in (:ids)"
					+ (onlyIfClaimed ? " and status = :claimed" : ""))
			.params(values)
			.param("ids", ids)
			.param("claimed", SENDING)
			.update();
	}

	private static String truncate(String error) {
		return (error != null && error.length() > MAX_ERROR_LENGTH) ? error.substring(0, MAX_ERROR_LENGTH) : error;
	}

	private Set<UUID> pendingInvitations(List<OutboxMessage> messages, Instant now) {
		List<UUID> ids = messages.stream()
			.filter((message) -> message.email().invitation().expiresAt().isAfter(now))
			.map((message) -> message.email().invitation().id())
			.toList();
		if (ids.isEmpty()) {
			return Set.of();
		}
		return this.jdbc.sql("select id from belgie_invitation where id in (:ids) and status = :pending")
			.param("ids", ids)
			.param("pending", PENDING)
			.query((rs, row) -> uuid(rs, "id"))
			.set();
	}

	private void discard(UUID invitationId, String reason, Instant now) {
		this.jdbc
			.sql("update " + TABLE + " set status = :discarded, link = null, last_error = :reason, updated_at = :now "
					+ "where invitation_id = :invitationId and status in (:statuses)")
			.param("discarded", DISCARDED)
			.param("reason", reason)
			.param("now", timestamp(now))
			.param("invitationId", invitationId)
			.param("statuses", List.of(PENDING, SENDING, FAILED))
			.update();
	}

	static Object value(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return (value != null) ? value : row.get(column.toUpperCase(Locale.ROOT));
	}

	static OffsetDateTime timestamp(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	static UUID uuid(ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return (value != null) ? UUID.fromString(value) : null;
	}

	private static InvitationOutboxEntry entry(ResultSet rs, int row) throws SQLException {
		return new InvitationOutboxEntry(uuid(rs, "id"), uuid(rs, "invitation_id"), rs.getString("recipient"),
				rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"),
				instant(rs, "next_attempt_at"), instant(rs, "sent_at"), instant(rs, "created_at"));
	}

	private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
		Invitation invitation = new Invitation(uuid(rs, "invitation_id"), uuid(rs, "organization_id"),
				rs.getString("organization_name"), rs.getString("recipient"), rs.getString("role"), PENDING,
				rs.getString("inviter_id"), uuid(rs, "team_id"), instant(rs, "expires_at"),
				instant(rs, "invitation_created_at"));
		OrganizationUser inviter = new OrganizationUser(rs.getString("inviter_id"), rs.getString("inviter_email"),
				rs.getString("inviter_name"), rs.getBoolean("inviter_email_verified"));
		InvitationEmail email = new InvitationEmail(invitation, inviter, rs.getString("link"), rs.getBoolean("resent"));
		return new OutboxMessage(uuid(rs, "id"), rs.getInt("attempts"), email);
	}

	/**
	 * {@code FOR UPDATE SKIP LOCKED} where the database has it, a plain
	 * {@code FOR UPDATE} elsewhere.
	 */
	private String lockClause() {
		String clause = this.lockClause;
		if (clause == null) {
			clause = supportsSkipLocked() ? "for update skip locked" : "for update";
			this.lockClause = clause;
		}
		return clause;
	}

	private boolean supportsSkipLocked() {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			DatabaseMetaData metaData = connection.getMetaData();
			String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
			int major = metaData.getDatabaseMajorVersion();
			int minor = metaData.getDatabaseMinorVersion();
			return product.contains("postgresql") || (product.contains("h2") && major >= 2)
					|| (product.contains("mariadb") && (major > 10 || (major == 10 && minor >= 6)))
					|| (product.contains("mysql") && major >= 8);
		}
		catch (SQLException ex) {
			return false;
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/** An e-mail claimed for sending. */
	record OutboxMessage(UUID id, int attempts, InvitationEmail email) {

		UUID invitationId() {
			return this.email.invitation().id();
		}

		/** This message as claimed: one more attempt. */
		OutboxMessage claimed() {
			return new OutboxMessage(this.id, this.attempts + 1, this.email);
		}

	}

}
